import type { Action } from './action';
import { normaliseLead } from './lead';

/** What one person may see when they ask: everything, or only some leads' actions. */
export type Visibility = { kind: 'all' } | { kind: 'leads'; leads: string[] } | { kind: 'none'; reason: string };

/**
 * Admins and digest recipients see everything; leads see everything unless the admins restrict them to
 * their own actions; anyone else is refused unless the register is open to the whole tenant.
 */
export function visibilityFor(who: { isAdmin: boolean; isRecipient: boolean; ownLeads: string[] }, settings: { leadsSeeAll: boolean; openToTenant: boolean }): Visibility {
  if (who.isAdmin || who.isRecipient || settings.openToTenant) return { kind: 'all' };
  if (who.ownLeads.length) return settings.leadsSeeAll ? { kind: 'all' } : { kind: 'leads', leads: who.ownLeads };
  return { kind: 'none', reason: 'Chaser answers the secretariat, action leads and digest recipients, and you are not one of them yet. Ask the secretariat to add you.' };
}

export function canSee(visibility: Visibility, action: Pick<Action, 'lead'>): boolean {
  if (visibility.kind === 'all') return true;
  if (visibility.kind === 'none') return false;
  return visibility.leads.some((l) => normaliseLead(l) === normaliseLead(action.lead));
}
