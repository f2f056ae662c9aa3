import { IsoDate, addDays, addMonths } from '../calendar-date';
import { BusinessCalendar } from '../business-days';
import { Matcher, dated } from './mention';

/** docs/product-rules.md: "Immediately" is R + 2 business days and "as soon as possible" R + 10, both inferred. */
export const IMMEDIATE_BUSINESS_DAYS = 2;
export const ASAP_BUSINESS_DAYS = 10;

const NUMBER_WORDS = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty',
];

/** "two" → 2, "a"/"an" → 1, "10" → 10. */
export function countOf(word: string): number {
  const lower = word.toLowerCase();
  if (lower === 'a' || lower === 'an') return 1;
  const index = NUMBER_WORDS.indexOf(lower);
  return index >= 0 ? index + 1 : Number(lower);
}

/** R plus a span: days and weeks are calendar days, working/business days use the calendar, months clamp. */
export function addSpan(from: IsoDate, count: number, unit: string, working: boolean, calendar: BusinessCalendar): IsoDate {
  const u = unit.toLowerCase();
  if (u.startsWith('day')) return working ? calendar.addBusinessDays(from, count) : addDays(from, count);
  if (u.startsWith('week')) return addDays(from, 7 * count);
  if (u.startsWith('fortnight')) return addDays(from, 14 * count);
  if (u.startsWith('month')) return addMonths(from, count);
  return addMonths(from, 12 * count);
}

/** "Immediately", "with immediate effect", "forthwith". */
export const immediateMatcher: Matcher = {
  pattern: /\b(?:immediately|with\s+immediate\s+effect|forthwith)\b/gi,
  read: (_match, c) => dated(c.calendar.addBusinessDays(c.meetingDate, IMMEDIATE_BUSINESS_DAYS), 'inferred'),
  deadline: true,
};

/** A timing that is just "Immediate" (in prose the adjective is too common: "immediate family"). */
export const immediateAloneMatcher: Matcher = {
  pattern: /^\s*immediate[\s.]*$/gi,
  read: (_match, c) => dated(c.calendar.addBusinessDays(c.meetingDate, IMMEDIATE_BUSINESS_DAYS), 'inferred'),
  deadline: false,
};

/** "ASAP", "as soon as possible/practicable", and (our addition) "at the earliest opportunity". */
export const asapMatcher: Matcher = {
  pattern:
    /\b(?:asap|a\.s\.a\.p|as\s+soon\s+as\s+(?:is\s+)?(?:reasonably\s+)?(?:possible|practicable|practical)|at\s+the\s+earliest\s+opportunity)\b/gi,
  read: (_match, c) => dated(c.calendar.addBusinessDays(c.meetingDate, ASAP_BUSINESS_DAYS), 'inferred'),
  deadline: true,
};

const COUNT = String.raw`(\d{1,3}|${NUMBER_WORDS.join('|')}|an?)`;
const UNIT = String.raw`(?:(working|business|calendar|clear)\s+)?(days?|weeks?|fortnights?|months?|years?)\b`;

/**
 * "within two weeks", "within 10 working days", "in two weeks' time", "within the next month",
 * "within the next fortnight" (no count after "next" means one): exact.
 * In prose only "within ..." and "in ... time" count as deadlines; a bare "in 3 months" may describe the past.
 */
export const relativeSpanMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b(within|in)\s+(?:the\s+)?(next\s+)?(?:${COUNT}\s+)?${UNIT}(?:'s?)?(\s+time\b)?`, 'gi'),
  read(match, c) {
    const [, , next, count, kind, unit] = match;
    if (count === undefined && next === undefined) return null; // "within weeks" names no span
    const working = /^(?:working|business)$/i.test(kind ?? '');
    return dated(addSpan(c.meetingDate, count === undefined ? 1 : countOf(count), unit!, working, c.calendar), 'exact');
  },
  deadline: (match) => match[1]!.toLowerCase() === 'within' || match[6] !== undefined,
};

/**
 * A timing that is only a span: "3 months", "2 weeks", "28 days", "ten working days", "6 weeks' time".
 * R plus the span, exact. Only when it is the whole timing: inside other words a span is as often a
 * length ("3 months of data", "28 days after go-live") as a deadline.
 */
export const bareSpanMatcher: Matcher = {
  pattern: new RegExp(String.raw`^\s*${COUNT}\s+${UNIT}(?:'s?)?(?:\s+time)?[\s.]*$`, 'gi'),
  read(match, c) {
    const working = /^(?:working|business)$/i.test(match[2] ?? '');
    return dated(addSpan(c.meetingDate, countOf(match[1]!), match[3]!, working, c.calendar), 'exact');
  },
  deadline: false,
};
