import { IsoDate, isoDate, lastDayOfMonth } from '../calendar-date';
import { financialYearStart } from './financial-year';
import { Matcher, Outcome, dated, group, quoted } from './mention';
import { firstOnOrAfter } from './place-in-year';

/**
 * A financial year by its two years: "2022-23", "2023/24", "2023/2024", and with "FY" in front also the
 * short form "FY23/24", "FY 23-24". Captures the first and second year.
 */
const FY_PAIR = String.raw`(?:fy\s*(\d{4}|\d{2})|(\d{4}))\s*[-/]\s*(\d{4}|\d{2})(?!\d)`;
const QUARTER = String.raw`\b(?:q|quarter\s*)([1-4])\b`;

/** The last day of quarter `q` (Q1 = April-June) of the financial year written `first`-`second`. */
function fyQuarterEnd(match: RegExpExecArray, q: number, first: string, second: string): Outcome {
  const start = financialYearStart(quoted(match), first.length === 2 ? `20${first}` : first, second);
  if (typeof start !== 'number') return start;
  return dated(q === 4 ? lastDayOfMonth(start + 1, 3) : lastDayOfMonth(start, q * 3 + 3), 'exact');
}

/**
 * "Q3 2022" is a calendar quarter; "Q3 2022-23", "Q3 23/24", "Q4 FY 2023/24" a financial-year quarter
 * (UK, Q1 = Apr-Jun); all exact (docs/product-rules.md "Reading timings"). A bare "Q3" has no rule of its
 * own and reads two ways: a board's tracker most likely means its financial year (UK public sector,
 * April-March), so it is the financial quarter ending on or after the meeting (the meeting's quarter counts,
 * as a month alone does), read `inferred` and flagged `ambiguous` (the calendar quarter is the other
 * reading): no reminder goes until the secretariat confirms it.
 */
export const quarterMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`${QUARTER}(?:\s+(?:(?:fy\s*)?(\d{4}|\d{2})\s*[-/]\s*(\d{4}|\d{2})|(\d{4})))?(?!\d|\s*[-/]\s*\d)`,
    'gi',
  ),
  read(match, context): Outcome {
    const q = Number(match[1]);
    const first = group(match, 2);
    const second = group(match, 3);
    const calendarYear = group(match, 4);
    if (first !== undefined && second !== undefined) return fyQuarterEnd(match, q, first, second);
    if (calendarYear !== undefined) return dated(lastDayOfMonth(Number(calendarYear), q * 3), 'exact');
    const due = firstOnOrAfter(context.meetingDate, (y): IsoDate => (q === 4 ? lastDayOfMonth(y + 1, 3) : lastDayOfMonth(y, q * 3 + 3)));
    return dated(due, 'inferred', { ambiguous: true });
  },
  deadline: false,
};

/** "FY 2023/24 Q4", "2023-24 Q1": the financial year written before its quarter. */
export const yearThenQuarterMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b${FY_PAIR}\s*,?\s*${QUARTER}`, 'gi'),
  read: (match) => fyQuarterEnd(match, Number(match[4]), group(match, 1) ?? match[2]!, match[3]!),
  deadline: false,
};

/** "FY23/24", "FY 2023/24", "financial year 2023-24": the whole financial year, so its end, 31 March (exact). */
export const financialYearMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b(?:fy\s*|(?:financial|fiscal)\s+year\s+)(\d{4}|\d{2})\s*[-/]\s*(\d{4}|\d{2})(?!\d)`, 'gi'),
  read(match): Outcome {
    const first = match[1]!;
    const start = financialYearStart(quoted(match), first.length === 2 ? `20${first}` : first, match[2]!);
    return typeof start === 'number' ? dated(isoDate(start + 1, 3, 31), 'exact') : start;
  },
  deadline: false,
};

/**
 * "H1 2024", "H2 2024" are calendar halves (30 June, 31 December); "H1 2024/25", "H2 23/24", "second half
 * of 2024-25" financial halves (30 September, 31 March). Exact, like quarters.
 */
export const halfYearMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`\b(?:h([12])|(first|second)\s+half\s+of)\s+(?:(?:fy\s*)?(\d{4}|\d{2})\s*[-/]\s*(\d{4}|\d{2})|(?:the\s+)?(\d{4}))(?!\d|\s*[-/]\s*\d)`,
    'gi',
  ),
  read(match): Outcome {
    const half = group(match, 1) === '2' || group(match, 2)?.toLowerCase() === 'second' ? 2 : 1;
    const first = group(match, 3);
    if (first === undefined) return dated(lastDayOfMonth(Number(match[5]), half * 6), 'exact');
    const start = financialYearStart(quoted(match), first.length === 2 ? `20${first}` : first, match[4]!);
    if (typeof start !== 'number') return start;
    return dated(half === 1 ? lastDayOfMonth(start, 9) : lastDayOfMonth(start + 1, 3), 'exact');
  },
  deadline: false,
};
