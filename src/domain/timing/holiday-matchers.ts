import { IsoDate, addDays, isoDate } from '../calendar-date';
import { Matcher, dated, group } from './mention';
import { PERIOD_YEAR, writtenYear } from './month-names';
import { firstOnOrAfter } from './place-in-year';
import { easterSunday } from './school-term-ends';

/**
 * The working day a holiday deadline means, for year `y`: work is wanted before the break begins.
 * - Christmas (and its recess, break or holidays): 24 December, the eve of the holiday;
 * - Easter: the Thursday before Good Friday (Easter Sunday less 3 days), Good Friday being a bank holiday;
 * - the summer recess, break or holidays: 31 July, by when councils, Parliament and schools have stopped.
 */
const HOLIDAY_DAY: Record<'christmas' | 'easter' | 'summer', (y: number) => IsoDate> = {
  christmas: (y) => isoDate(y, 12, 24),
  easter: (y) => addDays(easterSunday(y), -3),
  summer: (y) => isoDate(y, 7, 31),
};

/**
 * "By Christmas", "before Xmas 2025", "by Easter", "the Easter break", "by the summer recess", "before the
 * summer holidays". docs/product-rules.md has no rule for a holiday: it reads like a season (the next one on
 * or after the meeting unless a year is written, `inferred`), on the day before the break as above, and is
 * flagged `ambiguous` (a board may mean the last meeting or working day before it), so no reminder goes until
 * the secretariat confirms the date. A plain "summer" is a season (period-matchers.ts), not a recess.
 */
export const holidayMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`\b(?:(christmas|xmas|easter)(?:\s+(?:recess|break|holidays?|hols))?|(summer)\s+(?:recess|break|holidays?|hols))\b${PERIOD_YEAR}`,
    'gi',
  ),
  read(match, context) {
    const name = (group(match, 1) ?? group(match, 2) ?? '').toLowerCase();
    const day = HOLIDAY_DAY[name === 'xmas' ? 'christmas' : (name as 'christmas' | 'easter' | 'summer')];
    const year = group(match, 3);
    const due = year ? day(writtenYear(year)) : firstOnOrAfter(context.meetingDate, day);
    return dated(due, 'inferred', { ambiguous: true, beforeMeeting: due < context.meetingDate });
  },
  deadline: false,
};
