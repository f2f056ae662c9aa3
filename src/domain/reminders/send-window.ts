import type { BusinessCalendar } from '../business-days';
import { londonTime } from '../london-time';
import { DEFAULT_REMINDER_POLICY, ReminderPolicy } from './policy';

/**
 * True when `instant` is at or after the send time on a London business day. The sweep may run at
 * any time after 09:00 (a late or restarted run still sends); before it, nothing is due yet.
 * London wall-clock time, so 09:00 is 08:00Z in summer (BST) and 09:00Z in winter (GMT).
 */
export function isSendWindowOpen(
  instant: Date,
  calendar: BusinessCalendar,
  policy: ReminderPolicy = DEFAULT_REMINDER_POLICY,
): boolean {
  const { date, hour, minute } = londonTime(instant);
  if (!calendar.isBusinessDay(date)) return false;
  return hour * 60 + minute >= policy.sendHour * 60 + policy.sendMinute;
}
