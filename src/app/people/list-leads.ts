import type { LeadEntry } from '../../domain/lead';
import { normaliseLead } from '../../domain/lead';
import type { Store } from '../ports';

/** The lead directory, and the leads in the register that nobody answers for yet. */
export async function listLeads(deps: { store: Store }): Promise<{ leads: LeadEntry[]; unmapped: string[] }> {
  const [leads, actions] = await Promise.all([deps.store.leads.list(), deps.store.actions.listAll()]);
  const known = new Set(leads.map((e) => normaliseLead(e.lead)));
  const unmapped = [...new Set(actions.map((a) => a.lead))].filter((l) => l && !known.has(normaliseLead(l)));
  return { leads, unmapped };
}
