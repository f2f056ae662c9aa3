import { addDays, addMonths, dayOfWeek, isoDate, lastDayOfMonth, mondayOf, parts } from '../calendar-date';
import { Matcher, dated, group } from './mention';
import { MONTH, MONTH_WORD, OPTIONAL_YEAR, monthNumber, writtenYear } from './month-names';
import { yearForMonth } from './place-in-year';

/** Friday is the end of a working week: "next week" and "the 1st week of November" are due on their Friday. */
const FRIDAY_AFTER_MONDAY = 4;

/** "end of the month", "end of this month": the meeting's month; "by the end of next month": the one after. Exact. */
export const endOfRelativeMonthMatcher: Matcher = {
  pattern: /\b(?:end|close)\s+of\s+(?:(?:the|this|the\s+current)|(next|the\s+next|the\s+following))\s+month\b(?!\s+of\b)/gi,
  read(match, c) {
    const month = parts(group(match, 1) === undefined ? c.meetingDate : addMonths(c.meetingDate, 1));
    return dated(lastDayOfMonth(month.y, month.m), 'exact');
  },
  deadline: true,
};

/** "next week": the Friday of the week (Monday-Sunday) after the meeting's, inferred. */
export const nextWeekMatcher: Matcher = {
  pattern: /\b(?:(?:the\s+)?end\s+of\s+)?next\s+week\b/gi,
  read: (_match, c) => dated(addDays(mondayOf(c.meetingDate), 7 + FRIDAY_AFTER_MONDAY), 'inferred'),
  deadline: false,
};

const WEEKDAYS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

/**
 * "by Friday", "Tuesday": the first such day after the meeting, inferred. Not a weekday that opens a
 * date ("Friday 13 October", read by the date), nor "next Friday" or "last Friday", which people read
 * differently; nor one that follows a date ("13 October (Friday)").
 */
export const weekdayMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`(?<!\b(?:next|last|every|each)\s+|(?:\d|${MONTH_WORD}\.?)\s*[,(]?\s*)\b(?:this\s+)?(${WEEKDAYS.join('|')})day\b(?!,?\s+(?:the\s+)?\d)`,
    'gi',
  ),
  read(match, c) {
    const wanted = WEEKDAYS.indexOf(match[1]!.toLowerCase());
    const ahead = ((wanted - dayOfWeek(c.meetingDate) + 6) % 7) + 1;
    return dated(addDays(c.meetingDate, ahead), 'inferred');
  },
  deadline: false,
};

const ORDINAL_WEEK: Record<string, number> = { '1st': 1, first: 1, '2nd': 2, second: 2, '3rd': 3, third: 3, '4th': 4, fourth: 4 };

/**
 * "1st week of November", "second week in March 2024": the Friday of the week (Monday-Sunday) that
 * contains the 1st (8th, 15th, 22nd) of that month, inferred; with no year the month of the meeting
 * counts, and a Friday already past is flagged `before-meeting`. When the 1st is a Saturday or Sunday
 * that Friday is in the month before: the rule is the week that contains the day, as the board reads it.
 */
export const weekOfMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b(1st|first|2nd|second|3rd|third|4th|fourth)\s+week\s+(?:of|in)\s+(?:the\s+month\s+of\s+)?${MONTH}${OPTIONAL_YEAR}`, 'gi'),
  read(match, c) {
    const week = ORDINAL_WEEK[match[1]!.toLowerCase()]!;
    const m = monthNumber(match[2]!);
    const year = group(match, 3);
    const day = isoDate(year ? writtenYear(year) : yearForMonth(m, c.meetingDate), m, 1 + 7 * (week - 1));
    const due = addDays(mondayOf(day), FRIDAY_AFTER_MONDAY);
    return dated(due, 'inferred', { beforeMeeting: year === undefined && due < c.meetingDate });
  },
  deadline: false,
};
