import { MONTHS_LONG, MONTHS_SHORT } from '../domain/calendar-date';

/** "November 2025", "Nov 2025", "Sept 2025": a month and a four-digit year, nothing else of a date. */
const MONTH_YEAR = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{4})\b/i;

/**
 * The month a heading gives for its meeting when it gives no day ("Audit and Risk Committee - November
 * 2025", "Board actions, May 2024"), as "YYYY-MM"; null when it gives none, or a whole date (that is the
 * meeting date). `heading` has its list dates ("as at …", "compiled …") already cut out.
 */
export function headingMonth(heading: string): string | null {
  const m = MONTH_YEAR.exec(heading);
  if (!m) return null;
  const word = m[1]!.toLowerCase().slice(0, 3);
  const month = MONTHS_SHORT.findIndex((s) => s.toLowerCase() === word) + 1;
  // "12 November 2025": a day before the month is a whole date, read elsewhere.
  if (month < 1 || /\d\s*(?:st|nd|rd|th)?\s*(?:of\s+)?$/i.test(heading.slice(0, m.index))) return null;
  return `${m[2]}-${String(month).padStart(2, '0')}`;
}

/** "2025-11" → "November 2025". */
export function monthInWords(month: string): string {
  const [year, m] = month.split('-');
  return `${MONTHS_LONG[Number(m) - 1] ?? m} ${year}`;
}
