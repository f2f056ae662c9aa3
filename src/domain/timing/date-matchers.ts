import { lastDayOfMonth, parts } from '../calendar-date';
import { timestampDate } from '../timestamp';
import { Matcher, dated, group } from './mention';
import { SHORT_YEAR_AHEAD } from './month-and-number';
import { DAY, MONTH, MONTH_WORD, NOT_A_YEAR_AFTER, OPTIONAL_YEAR, monthNumber, writtenYear } from './month-names';
import { dayMonth, fullDate } from './read-date';

/** Not part of a longer run of digits such as "2022/23/1" or a version number. */
const NO_DIGIT_BEFORE = String.raw`(?<!\d|\d[/.-])`;
const NO_DIGIT_AFTER = String.raw`(?!\d|[/.-]\d)`;

/**
 * "2025-06-30T23:00:00Z", "2025-07-01T00:00:00+01:00": a timestamp pasted from a SharePoint or Power Automate
 * export is its Europe/London date (1 July 2025 here; ../timestamp.ts), not the UTC date it starts with.
 */
export const timestampMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\d:])`, 'gi'),
  read(match) {
    const date = timestampDate(match[0])?.date;
    return date ? dated(date, 'exact') : { problem: `"${match[0]}" is not a date` };
  },
  deadline: false,
  day: true,
};

/** "2022-06-30". */
export const isoDateMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{4})-(\d{1,2})-(\d{1,2})${NO_DIGIT_AFTER}`, 'gi'),
  read: (match, context) => fullDate(match, match[1]!, Number(match[2]), Number(match[3]), context),
  deadline: false,
  day: true,
};

/** "30/06/2022", "30.06.22", "30-06-2022": always UK order, day first. Two-digit years are this century. */
export const numericDateMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})${NO_DIGIT_AFTER}`, 'gi'),
  read: (match, context) => fullDate(match, match[4]!, Number(match[3]), Number(match[1]), context),
  deadline: false,
  day: true,
};

/** "30/06" with no year (slash only: "30.06" is more likely a number). */
export const numericDayMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{1,2})\/(\d{1,2})${NO_DIGIT_AFTER}`, 'gi'),
  read: (match, context) => dayMonth(match, undefined, Number(match[2]), Number(match[1]), context),
  deadline: false,
  day: true,
};

/**
 * "11/2023", "06/24": a month and year in numbers, a month alone (its last day, inferred). Two digits after
 * the slash are a year only when they cannot be a month ("11/12" is 11 December) and the year is near the
 * meeting (see SHORT_YEAR_AHEAD); otherwise the text is left to numericDayMonthMatcher.
 */
export const numericMonthYearMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(0?[1-9]|1[0-2])\/(\d{4}|\d{2})${NO_DIGIT_AFTER}`, 'gi'),
  read(match, context) {
    const year = match[2]!;
    const y = writtenYear(year);
    const meetingYear = parts(context.meetingDate).y;
    if (year.length === 2 && (Number(year) <= 12 || y < meetingYear - 1 || y > meetingYear + SHORT_YEAR_AHEAD)) return null;
    return dated(lastDayOfMonth(y, Number(match[1])), 'inferred');
  },
  deadline: false,
};

/** "13-Nov-23", "09-JAN-2024", "13-Nov" (spreadsheet exports): day, month name and year joined by hyphens. */
export const hyphenDateMatcher: Matcher = {
  pattern: new RegExp(String.raw`${NO_DIGIT_BEFORE}(\d{1,2})\s*-\s*${MONTH}(?:\.?\s*-\s*(\d{4}|\d{2}))?(?!\d)`, 'gi'),
  read: (match, context) => dayMonth(match, group(match, 3), monthNumber(match[2]!), Number(match[1]), context),
  deadline: false,
  day: true,
};

/**
 * "13 Nov 23", "13th Nov '23": a day-month with a two-digit year. Not when a month follows the number
 * ("16 June 21 July" is two day-months) or it reads as a time ("13 May 10:00").
 */
export const dayMonthShortYearMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`${DAY}\s+(?:of\s+)?${MONTH}\.?(?:\s+'?|\s*')(\d{2})(?!\d|[:.]\d|(?:st|nd|rd|th)\b|\s+(?:of\s+)?${MONTH_WORD})${NOT_A_YEAR_AFTER}`,
    'gi',
  ),
  read: (match, context) => dayMonth(match, match[3]!, monthNumber(match[2]!), Number(match[1]), context),
  deadline: false,
  day: true,
};

/** "13 May", "13th May 2022", "the 1st of June". */
export const dayMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`${DAY}\s+(?:of\s+)?${MONTH}${OPTIONAL_YEAR}`, 'gi'),
  read: (match, context) => dayMonth(match, group(match, 3), monthNumber(match[2]!), Number(match[1]), context),
  deadline: false,
  day: true,
};

/** "May 13", "June 30, 2022" (runs after dayMonthMatcher so "1 June 13 July" reads as two day-months). */
export const monthDayMatcher: Matcher = {
  pattern: new RegExp(String.raw`${MONTH}\.?\s+${DAY}${OPTIONAL_YEAR}`, 'gi'),
  read: (match, context) => dayMonth(match, group(match, 3), monthNumber(match[1]!), Number(match[2]), context),
  deadline: false,
  day: true,
};
