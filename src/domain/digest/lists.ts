import { Action, Status, isOpen } from '../action';
import { IsoDate, addDays } from '../calendar-date';
import type { BusinessCalendar } from '../business-days';
import { ActionRef, byRegisterOrder, refOf } from './action-ref';

/** One action in a digest list. */
export interface DigestLine {
  ref: ActionRef;
  due: IsoDate | null;
  status: Status;
  /** Business days after the due date up to `asOf` (0 unless open and past due). */
  businessDaysOverdue: number;
  lastUpdate: string | null;
  lastUpdateAt: string | null;
}

/** "Due soon" runs from `asOf` to this many calendar days after it, both included. */
export const DUE_SOON_DAYS = 14;

export interface DigestLists {
  overdue: DigestLine[];
  dueSoon: DigestLine[];
  awaitingUpdate: DigestLine[];
  needsDate: DigestLine[];
}

function lineOf(a: Action, asOf: IsoDate, calendar: BusinessCalendar): DigestLine {
  const pastDue = isOpen(a) && a.due !== null && a.due < asOf;
  return {
    ref: refOf(a),
    due: a.due,
    status: a.status,
    businessDaysOverdue: pastDue && a.due !== null ? calendar.businessDaysAfter(a.due, asOf) : 0,
    lastUpdate: a.latest?.text ?? null,
    lastUpdateAt: a.latest?.at ?? null,
  };
}

function byDue(a: Action, b: Action): number {
  const x = a.due ?? '';
  const y = b.due ?? '';
  return x === y ? byRegisterOrder(a, b) : x < y ? -1 : 1;
}

/**
 * Overdue: open and due before `asOf` (even when no business day has passed yet, as on a Saturday after
 * a Friday due date), most overdue first. Due soon: open, `asOf` ≤ due ≤ `asOf` + 14 days, soonest first.
 * Awaiting update and needs a date (open, no due date): register order. An action can be in several lists.
 */
export function digestLists(actions: Action[], asOf: IsoDate, calendar: BusinessCalendar): DigestLists {
  const open = actions.filter(isOpen);
  const horizon = addDays(asOf, DUE_SOON_DAYS);
  const line = (a: Action): DigestLine => lineOf(a, asOf, calendar);
  const overdue = open
    .filter((a) => a.due !== null && a.due < asOf)
    .sort(byDue)
    .map(line);
  return {
    overdue: overdue.sort((x, y) => y.businessDaysOverdue - x.businessDaysOverdue),
    dueSoon: open.filter((a) => a.due !== null && a.due >= asOf && a.due <= horizon).sort(byDue).map(line),
    awaitingUpdate: open.filter((a) => a.status === 'awaiting_update').sort(byRegisterOrder).map(line),
    needsDate: open.filter((a) => a.due === null).sort(byRegisterOrder).map(line),
  };
}
