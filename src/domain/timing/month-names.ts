import { MONTHS_LONG } from '../calendar-date';

/**
 * A month name, full or abbreviated ("Sept", "Sep", "Jan"), as capture group 1 of whatever pattern
 * embeds it. No trailing dot is consumed: patterns that continue after the month allow `\.?` themselves,
 * so "by 9 Jan." does not swallow the full stop of a sentence.
 */
export const MONTH = String.raw`\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`;

/** An optional four-digit year after a month ("May 2022", "Sept. 2022", "June 30, 2022"). */
export const OPTIONAL_YEAR = String.raw`(?:\.?,?\s+(\d{4})(?!\d))?`;

/** A day of the month with an optional ordinal suffix ("1st", "13th"), as one capture group. */
export const DAY = String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\b`;

const FULL_NAMES = new Set(MONTHS_LONG.map((m) => m.toLowerCase()));

/** 1-12 for any accepted spelling (the first three letters are unique). */
export function monthNumber(name: string): number {
  const prefix = name.slice(0, 3).toLowerCase();
  return MONTHS_LONG.findIndex((m) => m.slice(0, 3).toLowerCase() === prefix) + 1;
}

/**
 * "May" is also a verb and "Jan", "Mar", "Dec" are names or words, so a bare month that is an
 * abbreviation or "May" needs something else (a year, a day, "by") before we believe it is a month.
 */
export function isAmbiguousMonthName(name: string): boolean {
  const lower = name.toLowerCase();
  return lower === 'may' || !FULL_NAMES.has(lower);
}
