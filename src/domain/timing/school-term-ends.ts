import { IsoDate, addDays, dayOfWeek, isoDate } from '../calendar-date';

/** English school terms and their halves: "autumn 1" is the first half of the autumn term. */
export type Term = 'autumn' | 'spring' | 'summer';
export type Half = 1 | 2 | null;

const FRIDAY = 5;
const MONDAY = 1;

/** The last Friday on or before `date`. */
function fridayOnOrBefore(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) - FRIDAY + 7) % 7));
}

/** The last Monday on or before `date`. */
function mondayOnOrBefore(date: IsoDate): IsoDate {
  return addDays(date, -((dayOfWeek(date) - MONDAY + 7) % 7));
}

/** Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm, Meeus "Astronomical Algorithms"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * The last school day of an English school term (or half term) in calendar year `year`, as a Friday.
 * Term dates differ by local authority and academy trust, so these are the usual pattern, read `inferred`
 * (docs/product-rules.md "Reading timings"):
 * - autumn term: the last Friday on or before 22 December (a Friday 23 or 24 December is Christmas: schools
 *   break up the week before, as on 17 December 2021); autumn 1: the Friday before October half term (the
 *   week of the last Monday in October);
 * - spring term: the Friday before Good Friday (Easter Sunday less 9 days: schools break up for Easter);
 *   spring 1: the Friday before February half term (taken as the week of the third Monday of February);
 * - summer term: the last Friday before 24 July; summer 1: the Friday before May half term (the week of
 *   the late May bank holiday, the last Monday in May).
 * The second half of a term ends when the term does.
 */
export function termEnd(term: Term, half: Half, year: number): IsoDate {
  if (half === 1) {
    if (term === 'autumn') return addDays(mondayOnOrBefore(isoDate(year, 10, 31)), -3);
    if (term === 'spring') return addDays(mondayOnOrBefore(isoDate(year, 2, 21)), -3);
    return addDays(mondayOnOrBefore(isoDate(year, 5, 31)), -3);
  }
  if (term === 'autumn') return fridayOnOrBefore(isoDate(year, 12, 22));
  if (term === 'spring') return addDays(easterSunday(year), -9);
  return fridayOnOrBefore(isoDate(year, 7, 23));
}
