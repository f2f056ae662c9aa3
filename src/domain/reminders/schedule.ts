import type { BusinessCalendar } from '../business-days';
import type { IsoDate } from '../calendar-date';
import { ReminderPolicy, overdueStep } from './policy';
import type { ScheduledStage } from './stage';

/**
 * The last business day on or before `due`: the last day anyone can act before it passes.
 * "End April" 2022 is Saturday 30 April, so its due-today reminder goes on Friday 29 April.
 */
export function lastBusinessDayBy(due: IsoDate, calendar: BusinessCalendar): IsoDate {
  return calendar.isBusinessDay(due) ? due : calendar.subtractBusinessDays(due, 1);
}

/**
 * The stages before the due date passes, latest first. Each sits on the one business day on which
 * exactly N business days remain (5, 1, 0), counted back from the last business day by the due
 * date, so the wording ("due in 5 business days") is true on the day even for a weekend due date.
 * A coming-up lead of 1 or less would collide with due-tomorrow, so it is then left out.
 */
export function stagesBeforeDue(due: IsoDate, calendar: BusinessCalendar, policy: ReminderPolicy): ScheduledStage[] {
  const lastDay = lastBusinessDayBy(due, calendar);
  const stages: ScheduledStage[] = [
    { kind: 'due-today', key: `${due}:due-today`, scheduledFor: lastDay },
    { kind: 'due-tomorrow', key: `${due}:due-tomorrow`, scheduledFor: calendar.subtractBusinessDays(lastDay, 1) },
  ];
  if (policy.comingUpBusinessDays > 1) {
    const scheduledFor = calendar.subtractBusinessDays(lastDay, policy.comingUpBusinessDays);
    stages.push({ kind: 'coming-up', key: `${due}:coming-up`, scheduledFor });
  }
  return stages;
}

/** The highest multiple of the overdue step reached by `overdueDays` (0 when none yet). */
export function overdueStageReached(overdueDays: number, policy: ReminderPolicy): number {
  const every = overdueStep(policy);
  return Math.floor(overdueDays / every) * every;
}

/**
 * The latest stage scheduled on or before `today`, or null before the first one. Only the latest:
 * a sweep that missed days sends one catch-up reminder, not a flood of stale ones.
 */
export function latestStage(due: IsoDate, today: IsoDate, calendar: BusinessCalendar, policy: ReminderPolicy): ScheduledStage | null {
  const reached = overdueStageReached(calendar.businessDaysAfter(due, today), policy);
  if (reached > 0) {
    return { kind: 'overdue', key: `${due}:overdue-${reached}`, scheduledFor: calendar.addBusinessDays(due, reached) };
  }
  return stagesBeforeDue(due, calendar, policy).find((s) => s.scheduledFor <= today) ?? null;
}
