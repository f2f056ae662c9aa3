import { IsoDate, addDays, mondayOf, parts } from '../calendar-date';
import { londonTime } from '../clock';

/** The weekly digest goes at 08:00 London on Mondays (CHASER_DIGEST_SCHEDULE can move the job, not this baseline). */
export const DIGEST_HOUR = 8;

/**
 * The instant London's wall clock reads `hour:minute` on `date`, in BST or GMT as that day has it.
 * London is UTC or UTC+1, so reading the wall clock at the UTC guess gives the offset to take off.
 */
export function londonInstant(date: IsoDate, hour: number, minute = 0): Date {
  const { y, m, d } = parts(date);
  const guess = Date.UTC(y, m - 1, d, hour, minute);
  const seen = londonTime(new Date(guess));
  const s = parts(seen.date);
  const seenAsUtc = Date.UTC(s.y, s.m - 1, s.d, seen.hour, seen.minute);
  return new Date(guess - (seenAsUtc - guess));
}

/**
 * The Monday before `asOf` — a week earlier when `asOf` is itself a Monday — when last week's digest
 * would have gone: the baseline of "since the last digest" when none was ever sent.
 */
export function previousMonday(asOf: IsoDate): IsoDate {
  return mondayOf(addDays(asOf, -1));
}

/** The ledger stage that makes the digest go once per week and recipient: `week:2022-05-09`. */
export function digestWeekKey(asOf: IsoDate): string {
  return `week:${mondayOf(asOf)}`;
}
