/** The reminder timetable (docs/product-rules.md "Reminders"); configurable, these are the defaults. */
export interface ReminderPolicy {
  /** "Coming up" goes on the business day when this many business days remain. */
  comingUpBusinessDays: number;
  /** Overdue reminders at every multiple of this many business days after the due date. */
  overdueEveryBusinessDays: number;
  /** The secretariat is told once an action is this many business days overdue, then at every further step. */
  escalateAfterBusinessDays: number;
  /** Wall-clock send time in Europe/London. */
  sendHour: number;
  sendMinute: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  comingUpBusinessDays: 5,
  overdueEveryBusinessDays: 5,
  escalateAfterBusinessDays: 10,
  sendHour: 9,
  sendMinute: 0,
};

/** A zero or negative step would make every day a stage (or divide by zero), so refuse it loudly. */
export function overdueStep(policy: ReminderPolicy): number {
  const every = policy.overdueEveryBusinessDays;
  if (!Number.isInteger(every) || every < 1) throw new RangeError(`overdueEveryBusinessDays must be a positive integer, got ${every}`);
  return every;
}
