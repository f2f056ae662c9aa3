import { isoDate } from '../calendar-date';
import { dateProblem } from './date-problems';
import { Outcome, ReadContext, dated, quoted } from './mention';
import { writtenYear } from './month-names';
import { placeDayMonth } from './place-in-year';

/**
 * A written day, month and year. A two-digit year ("31-AUG-23", "31/08/23") that puts the date before
 * the meeting is flagged `before-meeting`: it is the form where a typist most often slips a year, so the
 * secretariat is shown it. A four-digit year is taken as meant ("By 13 May 2021" stays unflagged).
 */
export function fullDate(match: RegExpExecArray, year: string, m: number, d: number, context: ReadContext): Outcome {
  const y = writtenYear(year);
  const problem = dateProblem(quoted(match), y, m, d);
  if (problem) return { problem };
  const due = isoDate(y, m, d);
  return dated(due, 'exact', { beforeMeeting: year.length <= 2 && due < context.meetingDate });
}

/** A day and month, with the year if written; without it, the 31-day rule decides the year. */
export function dayMonth(match: RegExpExecArray, year: string | undefined, m: number, d: number, context: ReadContext): Outcome {
  if (year !== undefined) return fullDate(match, year, m, d, context);
  const problem = dateProblem(quoted(match), null, m, d);
  if (problem) return { problem };
  const placed = placeDayMonth(d, m, context.meetingDate);
  return dated(placed.due, 'exact', { beforeMeeting: placed.beforeMeeting });
}
