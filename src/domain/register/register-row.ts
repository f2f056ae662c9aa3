import type { BusinessCalendar } from '../business-days';
import { Action, Status, actionReference, isOpen } from '../action';
import { IsoDate, daysBetween } from '../calendar-date';

/**
 * One line of the register grid: what the secretariat reads about an action without opening it.
 * `key` is the action's storage key (`OB_2022-04-21_005`), which the detail and update routes take.
 */
export interface RegisterRow {
  key: string;
  reference: string;
  /** `OB 2022-04-21`: the board's code and the meeting's date. */
  meeting: string;
  meetingDate: IsoDate;
  action: string;
  lead: string;
  /** The timing exactly as written ("By 13 May"). */
  timing: string;
  due: IsoDate | null;
  status: Status;
  /** The latest update's words and when it was made (ISO instant), or null before any update. */
  lastUpdate: { text: string; at: string; byName: string } | null;
  /** Business days past due for an open action (0 when not overdue or undated): as chat, the digest and the exports count them. */
  daysOverdue: number;
  /** The action's version: the client sends it back with an edit, and a stale edit is refused. */
  updatedAt: string;
}

/** Calendar days an open action is past its due date on `today`; 0 when it is not overdue. */
export function daysOverdue(action: Pick<Action, 'status' | 'due'>, today: IsoDate): number {
  if (!isOpen(action) || !action.due || action.due >= today) return 0;
  return daysBetween(action.due, today);
}

export function registerRow(action: Action, key: string, today: IsoDate, calendar: Pick<BusinessCalendar, 'businessDaysAfter'>): RegisterRow {
  return {
    key,
    reference: actionReference(action),
    meeting: `${action.boardCode} ${action.meetingDate}`,
    meetingDate: action.meetingDate,
    action: action.text,
    lead: action.lead,
    timing: action.timing,
    due: action.due,
    status: action.status,
    lastUpdate: action.latest ? { text: action.latest.text, at: action.latest.at, byName: action.latest.byName } : null,
    daysOverdue: daysOverdue(action, today) ? calendar.businessDaysAfter(action.due!, today) : 0,
    updatedAt: action.updatedAt,
  };
}
