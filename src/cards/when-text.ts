import type { Action } from '../domain/action';
import type { BusinessCalendar } from '../domain/business-days';
import { longDate } from '../domain/calendar-date';

/** "due 13 May 2022", "due 3 May 2022, overdue by 4 business days", "needs a date". */
export function whenText(a: Action, today: string, calendar: BusinessCalendar): string {
  if (!a.due) return 'needs a date';
  if (a.status !== 'complete' && a.due < today) {
    const days = calendar.businessDaysAfter(a.due, today);
    return `due ${longDate(a.due)}, overdue by ${days} business day${days === 1 ? '' : 's'}`;
  }
  return `due ${longDate(a.due)}`;
}
