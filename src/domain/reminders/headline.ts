import { IsoDate, MONTHS_SHORT, dayOfWeek, daysBetween, parts } from '../calendar-date';
import type { ReminderStage } from './stage';

const WEEKDAYS_SHORT = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Fri 13 May": the weekday matters when the due date is next to a weekend or bank holiday. */
export function dayAndMonth(date: IsoDate): string {
  const { m, d } = parts(date);
  return `${WEEKDAYS_SHORT[dayOfWeek(date)]} ${d} ${MONTHS_SHORT[m - 1]}`;
}

function businessDays(n: number): string {
  return n === 1 ? '1 business day' : `${n} business days`;
}

/**
 * The wording for a stage, from today's facts (not the stage kind), so a caught-up stage reads
 * truly: the Monday after a Friday due date says "overdue by 1 business day".
 *
 * "Tomorrow" and "today" are only said when literally true. For the stages that can be that close
 * (due-tomorrow, due-today) `scheduledFor` is today, because the next business day always brings
 * a later stage; so a due date on a weekend or bank holiday is named instead:
 * "due Sat 30 Apr: today is the last business day before it".
 */
export function stageHeadline(stage: ReminderStage, due: IsoDate): string {
  const when = dayAndMonth(due);
  if (stage.businessDaysOverdue > 0) return `overdue by ${businessDays(stage.businessDaysOverdue)}`;
  // Past the date but no business day since (a weekend after a Friday due date).
  if (stage.calendarDaysOverdue > 0) return `overdue since ${when}`;
  const calendarDaysLeft = daysBetween(stage.scheduledFor, due);
  if (stage.businessDaysUntilDue === 0) {
    return calendarDaysLeft === 0 ? 'due today' : `due ${when}: today is the last business day before it`;
  }
  if (stage.businessDaysUntilDue === 1) {
    return stage.kind === 'due-tomorrow' && calendarDaysLeft === 1 ? `due tomorrow (${when})` : `due in 1 business day (${when})`;
  }
  return `coming up: due in ${businessDays(stage.businessDaysUntilDue)} (${when})`;
}
