import type { Actor } from '../../domain/actor';
import type { LeadUser } from '../../domain/lead';
import { InvalidInputError } from '../../errors';
import type { Directory, Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';

/** A lead's name and a user id become storage keys: Azure Tables keys hold 1 KiB; names stay far shorter. */
const MAX_NAME = 200;

/** What was stored for a lead: each person as mapped, and what the directory said. */
export interface MappedLead {
  users: LeadUser[];
  delegates: LeadUser[];
  /** Those stored as given because the directory could not be asked, and why (null: every address was checked or none needed it). */
  unverified: { ids: string[]; reason: string } | null;
}

/**
 * `leads set MPS cmdr@met.example`: who answers for a lead, and their delegates (staff officers who may
 * reply for them). Replaces the lead's list. Secretariat only; every value is checked before anything is written.
 * With a `directory` (Microsoft Graph), each person is looked up (issue #21): found → stored by their Entra
 * object id with their display name (unless a name was given) and UPN, `verified`; an address nobody has →
 * refused, nothing written; directory unavailable → stored as given, `verified: false`, and said so.
 * Without a directory, people are stored as given (unverified: no `verified` flag) and said so.
 * @throws NotAllowedError; InvalidInputError naming the value and the limit, or the addresses nobody has
 */
export async function mapLead(
  entry: { lead: string; users: LeadUser[]; delegates: LeadUser[] }, actor: Actor,
  deps: { store: Store; clock: { now(): Date }; directory?: Directory | null },
): Promise<MappedLead> {
  await requireSecretariat(actor, deps, 'say who answers for a lead');
  const lead = entry.lead.trim();
  if (!lead) throw new InvalidInputError('Give the lead as written in the register, e.g. MPS. Nothing was changed.');
  for (const [what, value] of [['lead', lead], ...[...entry.users, ...entry.delegates].map((u) => ['user', u.id] as const)] as const) {
    if (value.length > MAX_NAME) throw new InvalidInputError(`The ${what} "${value.slice(0, 40)}…" is ${value.length} characters; the limit is ${MAX_NAME}. Nothing was changed.`);
    if (!value.trim()) throw new InvalidInputError(`A ${what} is empty. Nothing was changed.`);
  }
  const check = await checkPeople([...entry.users, ...entry.delegates], deps.directory ?? null);
  if (check.nobody.length) {
    throw new InvalidInputError(`Nobody in the directory has ${check.nobody.map((a) => `"${a}"`).join(', ')}, so nothing was changed. Check the address (a UPN or e-mail address) and map ${lead} again.`);
  }
  const users = entry.users.map((u) => check.resolved.get(u)!);
  const delegates = entry.delegates.map((u) => check.resolved.get(u)!);
  await deps.store.leads.save({ lead, users, delegates, updatedAt: deps.clock.now().toISOString() });
  const unverified = [...users, ...delegates].filter((u) => !u.verified).map((u) => u.id);
  return { users, delegates, unverified: unverified.length ? { ids: unverified, reason: check.reason ?? 'the directory was not asked' } : null };
}

async function checkPeople(people: LeadUser[], directory: Directory | null): Promise<{ resolved: Map<LeadUser, LeadUser>; nobody: string[]; reason: string | null }> {
  const resolved = new Map<LeadUser, LeadUser>();
  const nobody: string[] = [];
  let reason: string | null = directory ? null : 'Microsoft Graph is not available to Chaser';
  for (const user of people) {
    const given = user.name && user.name !== user.id ? user.name : null;
    if (!directory) {
      resolved.set(user, user);
      continue;
    }
    const found = await directory.findPerson(user.id);
    if (found.kind === 'found') {
      const upn = found.person.userPrincipalName;
      resolved.set(user, { id: found.person.id, name: given ?? found.person.displayName, ...(upn ? { upn } : {}), verified: true, ...(found.person.guest ? { guest: true } : {}) });
    } else if (found.kind === 'none') {
      nobody.push(user.id);
    } else {
      reason ??= found.reason;
      resolved.set(user, { ...user, verified: false });
    }
  }
  return { resolved, nobody, reason };
}
