import { addDays, isoDate } from '../calendar-date';
import { meetingNounFollows } from './meeting-context';
import { Matcher, dated, group } from './mention';
import { MONTH, OPTIONAL_YEAR, monthNumber, writtenYear } from './month-names';
import { yearForMonth } from './place-in-year';

/**
 * "before April", "prior to April 2014", "before the start of April": the last day of the month before,
 * exact (the board means the work is done once that month begins; "by April" is different, see
 * monthMatcher). With no year the month of the meeting counts, as for "End April"; a date then already
 * past is flagged `before-meeting`. A meeting noun after the month ("before the April Board") leaves it to
monthMatcher (the 1st of the month), and a day after the month ("before April 13") is left to the date matchers.
 */
export const beforeMonthMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+(?:start|beginning)\s+of\s+)?${MONTH}${OPTIONAL_YEAR}(?![\s.,-]*\d)`,
    'gi',
  ),
  read(match, context) {
    // "before April Board" names the meeting: the month-tied reading (the 1st) is monthMatcher's.
    if (meetingNounFollows(context.text, match.index + match[0].length)) return null;
    const m = monthNumber(match[1]!);
    const year = group(match, 2);
    const due = addDays(isoDate(year ? writtenYear(year) : yearForMonth(m, context.meetingDate), m, 1), -1);
    return dated(due, 'exact', { beforeMeeting: year === undefined && due < context.meetingDate });
  },
  deadline: true,
};
