import type { Action } from './action';
import type { ActionUpdate } from './action-update';
import type { IsoDate } from './calendar-date';
import { londonDate } from './london-time';

/**
 * The board's rules for a chase by the secretariat ("chase MPS on action 19"): what may be chased, when a
 * lead is late, and the one-a-day limit (the use case is src/app/reach/chase-now.ts).
 */

/** The secretariat's line on a chase card, in characters (a sentence or two; longer is refused, not cut). */
export const MAX_CHASE_NOTE = 500;

/** An action may be chased while it is open: a complete one (proposed for closure or closed) has nothing to chase. */
export function mayBeChased(action: Pick<Action, 'status'>): boolean {
  return action.status !== 'complete';
}

/** The lead is late: the action is open and its due date has passed (London `today`). */
export function leadIsLate(action: Pick<Action, 'status' | 'due'>, today: IsoDate): boolean {
  return mayBeChased(action) && action.due !== null && action.due < today;
}

/** The chase of this action on London day `day`, if there was one (history newest first: the latest). */
export function chaseOn(history: readonly ActionUpdate[], day: IsoDate): ActionUpdate | null {
  return history.find((h) => h.kind === 'chased' && londonDate(h.at) === day) ?? null;
}
