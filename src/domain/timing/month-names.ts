import { MONTHS_LONG } from '../calendar-date';

/**
 * A month name, full or abbreviated ("Sept", "Sep", "Jan"), as capture group 1 of whatever pattern
 * embeds it. No trailing dot is consumed: patterns that continue after the month allow `\.?` themselves,
 * so "by 9 Jan." does not swallow the full stop of a sentence.
 */
export const MONTH = String.raw`\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`;

/** A month name as above, without a capture group, for lookaheads. */
export const MONTH_WORD = MONTH.replace('\\b(', '\\b(?:');

/**
 * An optional written year after a month, as one capture group: four digits after a space or hyphen
 * ("May 2022", "Sept. 2022", "June 30, 2022", "Jan-2024"), or two after an apostrophe ("March '25").
 * Read the group with `writtenYear`. A two-digit year without the apostrophe is not taken here:
 * "Jun 25" could be 25 June (see month-and-number.ts).
 */
export const OPTIONAL_YEAR = String.raw`(?:(?:(?:\.?,?\s+|\s*-\s*)(?=\d{4}(?!\d))|\.?\s*'\s*(?=\d{2}(?!\d)))(\d{4}|\d{2}))?`;

/**
 * A year after a part of a month or a season ("end Jun 25", "mid-Jan 24", "1st week of Nov 23", "Summer 24"):
 * as OPTIONAL_YEAR, and also two bare digits, which cannot be a day there.
 */
export const PERIOD_YEAR = String.raw`(?:(?:(?:\.?,?\s+|\s*-\s*)(?=\d{4}(?!\d))|\.?\s*'\s*(?=\d{2}(?!\d))|(?:\.?\s+|\s*-\s*)(?=\d{2}(?![\d:.]|st|nd|rd|th)))(\d{4}|\d{2}))?`;

/** After two digits that would be a year: words that make them a time or a count instead ("13 May 10 am", "Jun 25 days"). */
export const NOT_A_YEAR_AFTER = String.raw`(?!\s*(?:am|pm|a\.m|p\.m|hrs?|hours?|days?|weeks?|months?|years?|working|business|calendar)\b)`;

/** A written year as a number: two digits are this century ("'25" → 2025, "23" in "13-Nov-23" → 2023). */
export function writtenYear(text: string): number {
  return text.length <= 2 ? 2000 + Number(text) : Number(text);
}

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
