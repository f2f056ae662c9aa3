import type { Action } from '../../domain/action';
import { actionKey } from '../../domain/action';
import type { IsoDate } from '../../domain/calendar-date';
import { normaliseLead } from '../../domain/lead';
import type { Store } from '../ports';

/**
 * The open actions of these leads, as `listOpenByLead` gives them (with `range`, only those due in it):
 * one index partition per lead, read side by side, merged in the index's order (soonest due first, undated
 * last). Leads that match alike ("MPS", "the MPS") are read once; no leads, no read.
 */
export async function openActionsOf(leads: readonly string[], store: Store, range?: { from?: IsoDate; to?: IsoDate }): Promise<Action[]> {
  const distinct = [...new Map(leads.map((l) => [normaliseLead(l), l])).values()];
  const lists = await Promise.all(distinct.map((l) => store.actions.listOpenByLead(l, range)));
  if (lists.length <= 1) return lists[0] ?? [];
  const key = (a: Action) => `${a.due ?? '~'}|${actionKey(a)}`;
  return lists.flat().sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}
