import { isoDate } from '../calendar-date';
import { dateProblem } from './date-problems';
import { Matcher, Outcome, ReadContext, dated, group, quoted } from './mention';
import { DAY, MONTH, OPTIONAL_YEAR, monthNumber } from './month-names';
import { placeDayMonth } from './place-in-year';

/** Not part of a longer run of digits such as "2022/23/1" or a version number. */
const NO_DIGIT_BEFORE = String.raw`(?<!\d|\d[/.-])`;
const NO_DIGIT_AFTER = String.raw`(?!\d|[/.-]\d)`;

function fullDate(match: RegExpExecArray, y: number, m: number, d: number): Outcome {
  const problem = dateProblem(quoted(match), y, m, d);
  return problem ? { problem } : dated(isoDate(y, m, d), 'exact');
}

/** A day and month, with the year if written; without it, the 31-day rule decides the year. */
function dayMonth(match: RegExpExecArray, year: string | undefined, m: number, d: number, context: ReadContext): Outcome {
  if (year !== undefined) return fullDate(match, Number(year), m, d);
  const problem = dateProblem(quoted(match), null, m, d);
  if (problem) return { problem };
  const placed = placeDayMonth(d, m, context.meetingDate);
  return dated(placed.due, 'exact', placed.beforeMeeting);
}

/** "2022-06-30". */
export const isoDateMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{4})-(\d{1,2})-(\d{1,2})${NO_DIGIT_AFTER}`, 'gi'),
  read: (match) => fullDate(match, Number(match[1]), Number(match[2]), Number(match[3])),
  deadline: false,
};

/** "30/06/2022", "30.06.22", "30-06-2022": always UK order, day first. Two-digit years are this century. */
export const numericDateMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${NO_DIGIT_AFTER}`, 'gi'),
  read(match) {
    const year = Number(match[4]);
    return fullDate(match, year < 100 ? 2000 + year : year, Number(match[3]), Number(match[1]));
  },
  deadline: false,
};

/** "30/06" with no year (slash only: "30.06" is more likely a number). */
export const numericDayMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{1,2})\/(\d{1,2})${NO_DIGIT_AFTER}`, 'gi'),
  read: (match, context) => dayMonth(match, undefined, Number(match[2]), Number(match[1]), context),
  deadline: false,
};

/** "13 May", "13th May 2022", "the 1st of June". */
export const dayMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`${DAY}\s+(?:of\s+)?${MONTH}${OPTIONAL_YEAR}`, 'gi'),
  read: (match, context) => dayMonth(match, group(match, 3), monthNumber(match[2]!), Number(match[1]), context),
  deadline: false,
};

/** "May 13", "June 30, 2022" (runs after dayMonthMatcher so "1 June 13 July" reads as two day-months). */
export const monthDayMatcher: Matcher = {
  pattern: new RegExp(String.raw`${MONTH}\.?\s+${DAY}${OPTIONAL_YEAR}`, 'gi'),
  read: (match, context) => dayMonth(match, group(match, 3), monthNumber(match[1]!), Number(match[2]), context),
  deadline: false,
};
