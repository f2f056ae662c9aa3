import { longDate } from '../domain/calendar-date';
import type { DocumentReading, ImportProblem } from './draft';

/** What a "not a date" problem says of a month-first date: also how the meeting-date warning knows it was said. */
const MONTH_FIRST = ': it reads month first';

/** "05/15/2024", "4-30-24": a date written month first, as in the United States. */
const NUMERIC = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\s*$/;

/**
 * The day written where the month goes ("05/15/2024": there is no month 15) means the document writes dates month
 * first; Chaser reads them day first, as UK boards write them. Gives the words to add to a "not a date" problem
 * ("…, which is not a date: it reads month first (…)"), or '' for any other text. Never turns the date round
 * itself: "04/09/2024" in the same document could be either.
 */
export function monthFirstHint(text: string): string {
  const m = NUMERIC.exec(text);
  if (!m || Number(m[1]) > 12 || Number(m[2]) <= 12 || Number(m[2]) > 31) return '';
  const year = m[3]!.length === 2 ? `20${m[3]}` : m[3];
  return `${MONTH_FIRST}, as in the United States; Chaser reads the day first, so write ${Number(m[2])}/${m[1]!.padStart(2, '0')}/${year} or ${longDate(`${year}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`)} (and check any other date written with numbers, such as the meeting's)`;
}

/**
 * A warning when the document's dates are written month first (a problem says so) and its meeting date was read
 * day first from figures alone: "04/09/2024" may be 9 April. The meeting date is kept (never turned round on a
 * guess); the warning says how to give the right one. Empty otherwise.
 */
export function monthFirstMeetingWarning(reading: DocumentReading): ImportProblem[] {
  if (!reading.meetingDate || !reading.problems.some((p) => p.message.includes(MONTH_FIRST))) return [];
  return [{
    place: {}, field: 'meeting', severity: 'warning',
    message: `The dates of "${reading.fileName}" are written month first, but Chaser read its meeting date day first, as ${longDate(reading.meetingDate)}: if the meeting was on another day, give it with --meeting-date YYYY-MM-DD (the Meeting date box in Teams).`,
  }];
}
