import { addDays, dayOfWeek, isoDate, mondayOf } from '../calendar-date';
import { Matcher, dated, group } from './mention';
import { DAY, MONTH, MONTH_WORD, OPTIONAL_YEAR, PERIOD_YEAR, monthNumber, writtenYear } from './month-names';
import { yearForMonth } from './place-in-year';
import { dayMonth } from './read-date';

/** Friday is the end of a working week: "next week" and "the 1st week of November" are due on their Friday. */
const FRIDAY_AFTER_MONDAY = 4;

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
 * "1st week of November", "second week in March 2024": the Friday of the month's first working week (the
 * week, Monday-Sunday, that holds its first weekday), or of the 2nd, 3rd, 4th week after it; inferred. With
 * no year the month of the meeting counts, and a Friday already past is flagged `before-meeting`. When the
 * 1st is a Saturday or Sunday the first week starts on the Monday after ("1st week of November 2025" is
 * 3–7 November): nobody means a Friday in October by it.
 */
export const weekOfMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b(1st|first|2nd|second|3rd|third|4th|fourth)\s+week\s+(?:of|in)\s+(?:the\s+month\s+of\s+)?${MONTH}${PERIOD_YEAR}`, 'gi'),
  read(match, c) {
    const week = ORDINAL_WEEK[match[1]!.toLowerCase()]!;
    const m = monthNumber(match[2]!);
    const year = group(match, 3);
    const first = isoDate(year ? writtenYear(year) : yearForMonth(m, c.meetingDate), m, 1);
    // Saturday the 1st → Monday the 3rd; Sunday → Monday the 2nd (dayOfWeek: 0 Sunday … 6 Saturday).
    const firstWeekday = addDays(first, dayOfWeek(first) === 6 ? 2 : dayOfWeek(first) === 0 ? 1 : 0);
    const day = addDays(firstWeekday, 7 * (week - 1));
    const due = addDays(mondayOf(day), FRIDAY_AFTER_MONDAY);
    return dated(due, 'inferred', { beforeMeeting: year === undefined && due < c.meetingDate });
  },
  deadline: false,
};

/** "this week", "by the end of the week": the first Friday on or after the meeting, inferred. */
export const thisWeekMatcher: Matcher = {
  pattern: /\b(?:(?:the\s+)?end\s+of\s+(?:the|this)\s+week|this\s+week)\b(?!'s?\b)/gi,
  read: (_match, c) => dated(addDays(c.meetingDate, (5 - dayOfWeek(c.meetingDate) + 7) % 7), 'inferred'),
  deadline: false,
};

const WEEK_COMMENCING = String.raw`\b(?:w\/c|w\/b|wc|week\s+(?:commencing|beginning|starting|of))\.?\s+(?:the\s+)?`;

/**
 * "w/c 13 November", "week commencing 13/11/2023", "week of the 4th March 2024": the Friday of the week
 * (Monday-Sunday) holding that day, inferred. The day is read as any day-month (the 31-day rule applies).
 */
export const weekCommencingMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`${WEEK_COMMENCING}(?:${DAY}\s+(?:of\s+)?${MONTH}${OPTIONAL_YEAR}|(\d{1,2})[/.](\d{1,2})(?:[/.](\d{4}|\d{2}))?(?!\d))`,
    'gi',
  ),
  read(match, c) {
    const words = group(match, 1) !== undefined;
    const day = words
      ? dayMonth(match, group(match, 3), monthNumber(match[2]!), Number(match[1]), c)
      : dayMonth(match, group(match, 6), Number(match[5]), Number(match[4]), c);
    if (!('due' in day)) return day;
    const friday = addDays(mondayOf(day.due), FRIDAY_AFTER_MONDAY);
    return dated(friday, 'inferred', { beforeMeeting: friday < c.meetingDate });
  },
  deadline: false,
};
