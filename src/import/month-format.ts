import { monthInWords } from './heading-month';
import { dateCellToIso } from './cell';

/**
 * True when an Excel number format shows a month and a year but no day ("mmm-yy", "mmmm yyyy", "mm/yyyy",
 * "[$-809]mmm-yy;@"): the board typed a month, and Excel stored the 1st. Quoted literals, escaped characters
 * and bracketed locale or colour codes are ignored; a format with hours or seconds is a time, not a month.
 */
export function showsMonthOnly(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const codes = (numFmt.split(';')[0] ?? '').replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  return /m/.test(codes) && /y/.test(codes) && !/[dhs]/.test(codes);
}

/**
 * A spreadsheet date whose format shows only the month and year: the 1st, as Excel stores it. A meeting
 * date column reads it as that date (as before); the due, revised and timing columns read the month
 * (`monthAsWritten`).
 */
export class MonthCell extends Date {}

/** A due, revised or timing cell as the timing to read: a `MonthCell` as its month in words, others unchanged. */
export function asMonthWhenShown<T>(value: T): T | string {
  return value instanceof MonthCell ? monthAsWritten(value) : value;
}

/**
 * A date cell shown as a month ("Jan-25") as the month in words ("January 2025"), which the timing reader
 * reads as the month's last day, inferred (docs/product-rules.md "a month alone"), and the preview shows as written.
 */
export function monthAsWritten(value: Date): string {
  return monthInWords(dateCellToIso(value).slice(0, 7));
}
