import { isoDate, lastDayOfMonth } from '../calendar-date';
import { isTiedToMeeting, meetingNounFollows } from './meeting-context';
import { Firm, Matcher, Outcome, ReadContext, dated, group } from './mention';
import { MONTH, OPTIONAL_YEAR, PERIOD_YEAR, isAmbiguousMonthName, monthNumber, writtenYear } from './month-names';
import { placeDayMonth, yearForMonth } from './place-in-year';

/** Words allowed between a lead-in and the month: "end of the month of May", "mid-May". */
const JOIN = String.raw`(?:\s*-\s*|\s+)(?:of\s+)?(?:the\s+)?(?:month\s+of\s+)?`;

/**
 * A fixed day inside a month. With a year, that date; without, it behaves like a written day-month
 * ("mid-May" is "15 May"), so the 31-day rule and the `before-meeting` flag apply.
 */
function dayInMonth(match: RegExpExecArray, d: number, resolution: Firm, context: ReadContext): Outcome {
  const m = monthNumber(match[1]!);
  const year = group(match, 2);
  if (year !== undefined) return dated(isoDate(writtenYear(year), m, d), resolution);
  const placed = placeDayMonth(d, m, context.meetingDate);
  return dated(placed.due, resolution, { beforeMeeting: placed.beforeMeeting });
}

/** "End April", "by end May 2022", "by the end of July", "close of May": last day, the month of the meeting counts. */
export const endOfMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b(?:end|close)${JOIN}${MONTH}${PERIOD_YEAR}`, 'gi'),
  read(match, context) {
    const m = monthNumber(match[1]!);
    const year = group(match, 2);
    return dated(lastDayOfMonth(year ? writtenYear(year) : yearForMonth(m, context.meetingDate), m), 'exact');
  },
  deadline: true,
};

/** "By mid-May", "mid May", "middle of June 2023": the 15th. */
export const midMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`\bmid(?:dle)?${JOIN}${MONTH}${PERIOD_YEAR}`, 'gi'),
  read: (match, context) => dayInMonth(match, 15, 'exact', context),
  deadline: false,
};

/**
 * "early June", "beginning of June", "start of June": a reading of our own (docs/product-rules.md lists it). We read the 7th,
 * inferred: the end of the first week is the latest date that is still plainly "early".
 */
export const earlyMonthMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b(?:early|beginning\s+of|start\s+of)${JOIN}${MONTH}${PERIOD_YEAR}`, 'gi'),
  read: (match, context) => dayInMonth(match, 7, 'inferred', context),
  deadline: false,
};

/** Words that make a bare "May" or "Sept" read as a month (so does a meeting noun after it: "Jan Board"). */
const MONTH_LEAD_IN = /\b(?:by|in|during|before|until|for|from|the|of|at|to|late)\s+$/i;

function believableMonth(match: RegExpExecArray, context: ReadContext): boolean {
  if (!isAmbiguousMonthName(match[1]!) || group(match, 2) !== undefined) return true;
  if (MONTH_LEAD_IN.test(context.text.slice(0, match.index))) return true;
  if (meetingNounFollows(context.text, match.index + match[0].length)) return true;
  return context.text.trim().replace(/\.$/, '').toLowerCase() === match[0].toLowerCase();
}

/**
 * A month alone ("June", "in July", "July 2022") is its last day; a month tied to a meeting or report
 * is its 1st. Both inferred. With no year the month of the meeting counts; a 1st that is then already
 * past (an April meeting naming "the April board") is flagged `before-meeting`.
 */
export const monthMatcher: Matcher = {
  pattern: new RegExp(String.raw`${MONTH}${OPTIONAL_YEAR}`, 'gi'),
  read(match, context) {
    if (!believableMonth(match, context)) return null;
    const m = monthNumber(match[1]!);
    const year = group(match, 2);
    const y = year ? writtenYear(year) : yearForMonth(m, context.meetingDate);
    if (!isTiedToMeeting(context.text, match.index, match.index + match[0].length)) {
      return dated(lastDayOfMonth(y, m), 'inferred');
    }
    const first = isoDate(y, m, 1);
    return dated(first, 'inferred', { beforeMeeting: year === undefined && first < context.meetingDate });
  },
  deadline: false,
};
