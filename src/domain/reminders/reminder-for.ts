import type { Action } from '../action';
import type { BusinessCalendar } from '../business-days';
import { IsoDate, daysBetween } from '../calendar-date';
import { DEFAULT_REMINDER_POLICY, ReminderPolicy } from './policy';
import { latestStage } from './schedule';
import type { ReminderStage } from './stage';

/**
 * The reminder to send for `action` on `today`, or null.
 *
 * Returns the latest stage scheduled on or before today, so a missed sweep still sends it on the
 * next business day; the caller's ledger sends each key once, so asking again the same day (or the
 * day after a stage, before the next) is harmless. The key names the scheduled stage; the facts are
 * today's: on the Monday after a Friday due date the key is still `…:due-today` (already sent on
 * Friday) but the facts say overdue by 1 business day.
 *
 * Nothing on non-business days (reminders go at 09:00 on business days only), nothing for complete
 * actions, nothing for actions without a due date, and nothing while the due date is `ambiguous` (two
 * readings; the secretariat confirms it first) — those are reported to the secretariat elsewhere.
 */
export function reminderFor(
  action: Pick<Action, 'due' | 'status'> & { flags?: Action['flags'] },
  today: IsoDate,
  calendar: BusinessCalendar,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): ReminderStage | null {
  const { due } = action;
  if (action.status === 'complete' || due === null || action.flags?.includes('ambiguous') || !calendar.isBusinessDay(today)) return null;
  const stage = latestStage(due, today, calendar, policy);
  if (!stage) return null;
  return {
    ...stage,
    businessDaysUntilDue: calendar.businessDaysAfter(today, due),
    businessDaysOverdue: calendar.businessDaysAfter(due, today),
    calendarDaysOverdue: Math.max(0, daysBetween(due, today)),
  };
}
