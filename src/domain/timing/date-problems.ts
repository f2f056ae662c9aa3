import { MONTHS_LONG, daysInMonth, isRealDate } from '../calendar-date';

/**
 * Why a written date does not exist, in words the secretariat can act on:
 * `"31 June" is not a date (June has 30 days)`. Null when the date is fine.
 * `year` is null for a day-month with no year, which only has to exist in some year (29 February does).
 */
export function dateProblem(quoted: string, year: number | null, m: number, d: number): string | null {
  const notADate = `"${quoted}" is not a date`;
  if (m < 1 || m > 12) return `${notADate} (there is no month ${m})`;
  if (d < 1) return `${notADate} (there is no day ${d})`;
  const name = MONTHS_LONG[m - 1]!;
  if (year === null) {
    if (m === 2) return d > 29 ? `${notADate} (February has at most 29 days)` : null;
    const max = daysInMonth(2001, m);
    return d > max ? `${notADate} (${name} has ${max} days)` : null;
  }
  if (isRealDate(year, m, d)) return null;
  if (m === 2) return `${notADate} (February ${year} has ${daysInMonth(year, 2)} days)`;
  return `${notADate} (${name} has ${daysInMonth(year, m)} days)`;
}
