import { IsoDate, daysBetween, isRealDate, isoDate, parts } from '../calendar-date';

/** docs/product-rules.md: a day-month with no year that fell within this many days before the meeting is that earlier date. */
export const BEFORE_MEETING_DAYS = 31;

export interface Placed {
  due: IsoDate;
  beforeMeeting: boolean;
}

/**
 * A day and month with no year: the next occurrence on or after the meeting, unless it fell within
 * the 31 days before the meeting (the board often minutes a date that has just passed), in which case
 * that earlier date, flagged. 29 February goes to the next year that has it.
 * The caller has already checked the day can exist in that month in some year.
 */
export function placeDayMonth(d: number, m: number, meetingDate: IsoDate): Placed {
  const { y } = parts(meetingDate);
  for (const year of [y, y - 1]) {
    if (!isRealDate(year, m, d)) continue;
    const candidate = isoDate(year, m, d);
    const daysBefore = daysBetween(candidate, meetingDate);
    if (daysBefore > 0 && daysBefore <= BEFORE_MEETING_DAYS) return { due: candidate, beforeMeeting: true };
  }
  // At most eight years on: 29 February recurs within that span even across a skipped century leap year.
  for (let year = y; year <= y + 8; year++) {
    if (isRealDate(year, m, d) && isoDate(year, m, d) >= meetingDate) return { due: isoDate(year, m, d), beforeMeeting: false };
  }
  throw new RangeError(`no ${d}/${m} after ${meetingDate}`);
}

/** A month with no year: the month of the meeting counts, an earlier month means next year. */
export function yearForMonth(m: number, meetingDate: IsoDate): number {
  const r = parts(meetingDate);
  return m >= r.m ? r.y : r.y + 1;
}

/** The first of `candidates(year)` on or after the meeting, trying the meeting's year and the next two. */
export function firstOnOrAfter(meetingDate: IsoDate, candidate: (year: number) => IsoDate): IsoDate {
  const { y } = parts(meetingDate);
  for (let year = y - 1; year <= y + 2; year++) {
    const date = candidate(year);
    if (date >= meetingDate) return date;
  }
  return candidate(y + 2);
}

