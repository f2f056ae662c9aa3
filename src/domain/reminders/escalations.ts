import type { Action } from '../action';
import type { BusinessCalendar } from '../business-days';
import type { IsoDate } from '../calendar-date';
import { DEFAULT_REMINDER_POLICY, ReminderPolicy, overdueStep } from './policy';

/** Something the secretariat must be told about one action (once per key, via the ledger). */
export interface EscalationStage {
  /** `${due}:escalate-overdue-${n}` or `red:${latest.at}` (`red:initial` when red with no update yet). */
  key: string;
  reason: 'overdue' | 'red';
  /** Today's business days overdue (0 when not overdue or without a due date). */
  businessDaysOverdue: number;
}

/**
 * The escalation step reached: escalateAfter, then every overdue step after it (10, 15, 20 … by
 * default), or 0 when none. Only the latest is returned, so a missed sweep catches up with one message.
 */
function escalationStepReached(overdueDays: number, policy: ReminderPolicy): number {
  const first = policy.escalateAfterBusinessDays;
  if (overdueDays <= 0 || overdueDays < first) return 0;
  const every = overdueStep(policy);
  return first + Math.floor((overdueDays - first) / every) * every;
}

/**
 * What the secretariat must be told about `action` today: red first (fresh news from the lead),
 * then the overdue step. Empty on non-business days (like reminders, these go out in the 09:00
 * business-day sweep; the ledger catches up on the next business day) and for complete actions.
 * A red action without a due date still escalates: red does not depend on a date.
 */
export function escalationsFor(
  action: Pick<Action, 'due' | 'status' | 'latest'>,
  today: IsoDate,
  calendar: BusinessCalendar,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): EscalationStage[] {
  if (action.status === 'complete' || !calendar.isBusinessDay(today)) return [];
  const { due } = action;
  const businessDaysOverdue = due === null ? 0 : calendar.businessDaysAfter(due, today);
  const found: EscalationStage[] = [];
  if (action.status === 'red') {
    // One escalation per red report: a new update (even red again) has a new instant, so a new key.
    found.push({ key: `red:${action.latest?.at ?? 'initial'}`, reason: 'red', businessDaysOverdue });
  }
  const step = escalationStepReached(businessDaysOverdue, policy);
  if (step > 0) found.push({ key: `${due}:escalate-overdue-${step}`, reason: 'overdue', businessDaysOverdue });
  return found;
}
