import { addMonths, lastDayOfMonth, parts } from '../calendar-date';
import { Matcher, dated, group } from './mention';

/**
 * "end of the month", "end of this month", "end of month", "month end", "month-end": the meeting's month; "by the
 * end of next month", "next month end": the one after. Exact. Never "end of month 3" (a project's third month).
 */
export const endOfRelativeMonthMatcher: Matcher = {
  pattern: /\b(?:(?:end|close)\s+of\s+(?:(?:the|this|the\s+current)\s+|(next|the\s+next|the\s+following)\s+)?month\b(?!\s+of\b|\s*\d)|(?:(?:the|this)\s+|(next|the\s+following)\s+)?month[\s-]*end\b(?!\s+of\b))/gi,
  read(match, c) {
    const next = group(match, 1) !== undefined || group(match, 2) !== undefined;
    const month = parts(next ? addMonths(c.meetingDate, 1) : c.meetingDate);
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
