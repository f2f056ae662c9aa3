import type { Status } from '../action';
import type { ActionUpdate } from '../action-update';
import { IsoDate, addDays, mondayOf } from '../calendar-date';
import { londonInstant } from '../london-time';
import { statusAt } from './status-at';

/** One week of the trend: how many actions stood at each status when the week ended. */
export interface TrendWeek {
  /** The Monday the week starts (London). */
  weekOf: IsoDate;
  /** The instant the counts are taken: the end of the week, or `now` for the current week (ISO). */
  asAt: string;
  counts: Record<Status, number>;
}

/**
 * An action as the trend reads it. `history` may be null when the action has not changed since before
 * the trend's first week (its `updatedAt` is earlier): its status was then `status` all along, and its
 * history need not be read.
 */
export interface ActionWithHistory {
  createdAt: string;
  status: Status;
  history: Pick<ActionUpdate, 'at' | 'status' | 'changes' | 'kind'>[] | null;
}

/** The instant the trend's first possible week starts (London Monday 00:00, `weeks` weeks back including this one). */
export function trendStart(today: IsoDate, weeks = TREND_WEEKS): Date {
  return londonInstant(addDays(mondayOf(today), -7 * (weeks - 1)), 0);
}

/** How many weeks the tab's trend shows at most. */
export const TREND_WEEKS = 12;

const zero = (): Record<Status, number> => ({ red: 0, amber: 0, on_track: 0, complete: 0, awaiting_update: 0 });

/**
 * The weekly RAG trend built from the update history, so a register has one from its first day: for
 * each London week (Monday to Sunday) from the week the first action entered the register — at most
 * `weeks` weeks back — up to the week of `now`, the status every action then in the register had at the
 * end of that week (for the current week: at `now`). Empty when the register is empty. Only the actions
 * changed since `trendStart` need their history.
 */
export function weeklyTrend(actions: ActionWithHistory[], now: Date, today: IsoDate, weeks = TREND_WEEKS): TrendWeek[] {
  if (!actions.length) return [];
  const first = Math.min(...actions.map((a) => Math.min(Date.parse(a.createdAt), ...(a.history ?? []).map((e) => Date.parse(e.at)))));
  const thisWeek = mondayOf(today);
  let start = addDays(thisWeek, -7 * (weeks - 1));
  while (start < thisWeek && londonInstant(addDays(start, 7), 0).getTime() <= first) start = addDays(start, 7);
  const result: TrendWeek[] = [];
  for (let weekOf = start; weekOf <= thisWeek; weekOf = addDays(weekOf, 7)) {
    const end = weekOf === thisWeek ? now : new Date(londonInstant(addDays(weekOf, 7), 0).getTime() - 1);
    const asAt = end.toISOString();
    const counts = zero();
    for (const a of actions) {
      const status = a.history ? statusAt(a.history, asAt, a.createdAt) : Date.parse(a.createdAt) <= end.getTime() ? a.status : null;
      if (status) counts[status]++;
    }
    result.push({ weekOf, asAt, counts });
  }
  return result;
}
