import type { Actor } from '../../domain/actor';
import type { LeadUser } from '../../domain/lead';
import { InvalidInputError } from '../../errors';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';

/** A lead's name and a user id become storage keys: Azure Tables keys hold 1 KiB; names stay far shorter. */
const MAX_NAME = 200;

/**
 * `leads set MPS cmdr@met.example`: who answers for a lead, and their delegates (staff officers who may
 * reply for them). Replaces the lead's list. Secretariat only; every value is checked before anything is written.
 * @throws NotAllowedError; InvalidInputError naming the value and the limit
 */
export async function mapLead(entry: { lead: string; users: LeadUser[]; delegates: LeadUser[] }, actor: Actor, deps: { store: Store; clock: { now(): Date } }): Promise<void> {
  await requireSecretariat(actor, deps, 'say who answers for a lead');
  const lead = entry.lead.trim();
  if (!lead) throw new InvalidInputError('Give the lead as written in the register, e.g. MPS. Nothing was changed.');
  for (const [what, value] of [['lead', lead], ...[...entry.users, ...entry.delegates].map((u) => ['user', u.id] as const)] as const) {
    if (value.length > MAX_NAME) throw new InvalidInputError(`The ${what} "${value.slice(0, 40)}…" is ${value.length} characters; the limit is ${MAX_NAME}. Nothing was changed.`);
    if (!value.trim()) throw new InvalidInputError(`A ${what} is empty. Nothing was changed.`);
  }
  await deps.store.leads.save({ lead, users: entry.users, delegates: entry.delegates, updatedAt: deps.clock.now().toISOString() });
}
