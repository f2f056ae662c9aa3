import { addMonths, lastDayOfMonth, parts } from '../calendar-date';
import { Matcher, dated, group } from './mention';

/** "end of the month", "end of this month": the meeting's month; "by the end of next month": the one after. Exact. */
export const endOfRelativeMonthMatcher: Matcher = {
  pattern: /\b(?:end|close)\s+of\s+(?:(?:the|this|the\s+current)|(next|the\s+next|the\s+following))\s+month\b(?!\s+of\b)/gi,
  read(match, c) {
    const month = parts(group(match, 1) === undefined ? c.meetingDate : addMonths(c.meetingDate, 1));
    return dated(lastDayOfMonth(month.y, month.m), 'exact');
  },
  deadline: true,
};

/** "this month", "next month", "the following month" alone: a month alone, so its last day, inferred. */
export const relativeMonthMatcher: Matcher = {
  pattern: /\b(?:(this|the\s+current)|next|the\s+next|the\s+following)\s+month\b(?!\s+of\b|'s?\b)/gi,
  read(match, c) {
    const month = parts(group(match, 1) === undefined ? addMonths(c.meetingDate, 1) : c.meetingDate);
    return dated(lastDayOfMonth(month.y, month.m), 'inferred');
  },
  deadline: false,
};
