import { IsoDate, addDays, mondayOf } from '../calendar-date';

/** The weekly digest goes at 08:00 London on Mondays (CHASER_DIGEST_SCHEDULE can move the job, not this baseline). */
export const DIGEST_HOUR = 8;

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
