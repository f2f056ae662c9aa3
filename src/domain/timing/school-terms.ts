import { Matcher, dated, group } from './mention';
import { firstOnOrAfter } from './place-in-year';
import { Half, Term, termEnd } from './school-term-ends';

/** A half written as a digit that is not the start of a date or a year ("Autumn 1", not "Spring 2025"). */
const HALF = String.raw`([12])(?!\d|[/.-]\d)`;
/** A year after the term, or an academic year ("2025/26", "2025-26"). */
const YEAR = String.raw`(?:,?\s+(\d{4})(?:\s*[-/]\s*(\d{4}|\d{2}))?(?!\d))?`;

/**
 * English school terms, as school and academy boards write them: "Spring term 2025", "by the end of the
 * autumn term", "Summer Term 2", "Autumn 1", "spring half term", "autumn term 2025/26". The term's (or
 * half's) last school day, inferred (school-term-ends.ts has the rule). A year after the term is its
 * calendar year; an academic year gives the autumn term its first year and spring and summer the second.
 * With no year: the first such term end on or after the meeting. "end of" makes it a deadline in prose.
 * Seasons without "term" or a half digit ("Summer 2025") are left to the season matcher.
 */
export const schoolTermMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`(\bend\s+of\s+(?:the\s+)?)?\b(autumn|spring|summer)\s+(?:(half[\s-]*)?term(?:\s+${HALF})?|${HALF})${YEAR}`,
    'gi',
  ),
  read(match, context) {
    const term = match[2]!.toLowerCase() as Term;
    const digit = group(match, 4) ?? group(match, 5);
    const half: Half = digit ? (Number(digit) as 1 | 2) : group(match, 3) ? 1 : null;
    const first = group(match, 6);
    if (first === undefined) return dated(firstOnOrAfter(context.meetingDate, (y) => termEnd(term, half, y)), 'inferred');
    const academic = group(match, 7) !== undefined && term !== 'autumn';
    return dated(termEnd(term, half, Number(first) + (academic ? 1 : 0)), 'inferred');
  },
  deadline: (match) => group(match, 1) !== undefined,
};

const HALF_TERM_OF: Record<string, Term> = { october: 'autumn', oct: 'autumn', february: 'spring', feb: 'spring', may: 'summer' };

/**
 * "Half term", "before half term", "by October half term", "Feb half-term": the Friday before the next
 * half-term week on or after the meeting (October, February or May; school-term-ends.ts), inferred. A month
 * names which one. A term before it ("spring half term") is the school term matcher's.
 */
export const halfTermMatcher: Matcher = {
  pattern: /\b(?:(october|oct|february|feb|may)\s+)?half[\s-]*term\b/gi,
  read(match, context) {
    const named = group(match, 1);
    const terms: Term[] = named ? [HALF_TERM_OF[named.toLowerCase()]!] : ['autumn', 'spring', 'summer'];
    const ends = terms.map((term) => firstOnOrAfter(context.meetingDate, (y) => termEnd(term, 1, y)));
    return dated(ends.sort()[0]!, 'inferred');
  },
  deadline: false,
};
