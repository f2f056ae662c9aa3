import { IsoDate, isoDate, lastDayOfMonth, parts } from '../calendar-date';
import { dateProblem } from './date-problems';
import { meetingNounFollows } from './meeting-context';
import { Matcher, Outcome, ReadContext, dated, quoted } from './mention';
import { MONTH, NOT_A_YEAR_AFTER, monthNumber } from './month-names';
import { placeDayMonth } from './place-in-year';

/**
 * A two-digit number after a month reads as a year up to this many years after the meeting's: trackers
 * plan a few years ahead.
 */
export const SHORT_YEAR_AHEAD = 3;

/**
 * A two-digit number after a month may be a year up to this many before the meeting's: a cumulative tracker
 * keeps actions of earlier years, so "Dec 22" in a 2025 tracker may be December 2022 (then it is flagged
 * `ambiguous`, the day reading taken). Further back it is a day ("May 13" at a 2022 meeting).
 */
const SHORT_YEAR_BEHIND = 3;

/** True when a two-digit number after a month may be a year: 20NN within the window around the meeting's year. */
export function isShortYearNear(n: number, meetingDate: IsoDate): boolean {
  const meetingYear = parts(meetingDate).y;
  return 2000 + n >= meetingYear - SHORT_YEAR_BEHIND && 2000 + n <= meetingYear + SHORT_YEAR_AHEAD;
}

/**
 * The year reading of "Jun 25": June 2025, a month alone (its last day) or, before a meeting noun
 * ("Dec-23 Board"), its 1st; null when 20NN is implausible for a deadline ("May 13" at a 2022 meeting).
 */
function asYear(match: RegExpExecArray, n: number, context: ReadContext): { due: IsoDate; monthEnd: IsoDate } | null {
  const y = 2000 + n;
  if (!isShortYearNear(n, context.meetingDate)) return null;
  const m = monthNumber(match[1]!);
  const tied = meetingNounFollows(context.text, match.index + match[0].length);
  return { due: tied ? isoDate(y, m, 1) : lastDayOfMonth(y, m), monthEnd: lastDayOfMonth(y, m) };
}

/**
 * "Jun 25", "Dec 22", "Jan-24", "Dec-23 Board": a month then a two-digit number, which trackers use both
 * for a day and for a year. The year reading (inferred) is taken unless that month has ended before the
 * meeting ("Dec 22" at an October 2023 meeting), when the day reading is (exact). Flagged `ambiguous` when
 * the reading not taken would fall earlier, so a reminder could come too late ("Jun 25": 25 June 2024 is
 * before 30 June 2025); not when it falls later ("Dec-23 Board": 1 December is before 23 December). Before a
 * meeting noun the year reading is always taken, also for a meeting already held ("Dec-23 Board" at January's).
 */
export const monthAndNumberMatcher: Matcher = {
  pattern: new RegExp(String.raw`${MONTH}(?:\.?\s+|\s*-\s*)(\d{2})(?!\d|[:.]\d|(?:st|nd|rd|th)\b|,?\s+\d{4}(?!\d))${NOT_A_YEAR_AFTER}`, 'gi'),
  read(match, context): Outcome | null {
    const n = Number(match[2]);
    const m = monthNumber(match[1]!);
    const year = asYear(match, n, context);
    const day = dateProblem(quoted(match), null, m, n) === null ? placeDayMonth(n, m, context.meetingDate) : null;
    if (!year) return day ? dated(day.due, 'exact', { beforeMeeting: day.beforeMeeting }) : null;
    if (!day) return dated(year.due, 'inferred', { beforeMeeting: year.due < context.meetingDate });
    if (year.monthEnd < context.meetingDate) {
      // "Dec-23 Board" at January's meeting names a meeting already held (an action held over from it):
      // December 2023's Board, not 23 December.
      if (meetingNounFollows(context.text, match.index + match[0].length)) return dated(year.due, 'inferred', { beforeMeeting: true });
      return dated(day.due, 'exact', { beforeMeeting: day.beforeMeeting, ambiguous: true });
    }
    return dated(year.due, 'inferred', { beforeMeeting: year.due < context.meetingDate, ambiguous: day.due < year.due });
  },
  deadline: false,
};
