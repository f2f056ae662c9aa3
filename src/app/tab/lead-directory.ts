import type { Actor } from '../../domain/actor';
import type { LeadEntry } from '../../domain/lead';
import { InvalidInputError } from '../../errors';
import { requireSecretariat } from '../access/require-secretariat';
import { listLeads } from '../people/list-leads';
import { mapLead } from '../people/map-lead';
import type { TabDeps } from './tab-deps';

/** The leads as the secretariat sees them in the tab: who answers for each, and the leads nobody can be reached for. */
export interface LeadsView {
  leads: LeadEntry[];
  /** Leads named in the register that nobody answers for: Chaser cannot remind anyone for them. */
  unmapped: string[];
}

/** The lead directory and the unmapped leads (the same use case as `chaser leads list`). Secretariat only. */
export async function viewLeads(actor: Actor, deps: TabDeps): Promise<LeadsView> {
  await requireSecretariat(actor, deps, 'see who answers for each lead');
  return listLeads(deps);
}

/**
 * Says who answers for a lead, from the tab: the same use case as `chaser leads set` (replaces the lead's
 * people; secretariat only). `users` are sign-in names (UPN) or AAD object ids.
 * @throws NotAllowedError, InvalidInputError
 */
export async function setLeadPeople(lead: string, users: string[], actor: Actor, deps: TabDeps): Promise<LeadsView> {
  const ids = users.map((u) => u.trim()).filter(Boolean);
  if (!ids.length) throw new InvalidInputError(`Give at least one person (a sign-in name such as jo.lead@met.example) for ${lead || 'the lead'}. Nothing was changed.`);
  const existing = await deps.store.leads.get(lead.trim());
  await mapLead({ lead, users: ids.map((id) => ({ id: id.toLowerCase(), name: id })), delegates: existing?.delegates ?? [] }, actor, deps);
  return viewLeads(actor, deps);
}
