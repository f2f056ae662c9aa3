import { isoDate, lastDayOfMonth, parts } from '../calendar-date';
import { financialYearStart } from './financial-year';
import { Matcher, dated, group, quoted } from './mention';
import { PERIOD_YEAR, writtenYear } from './month-names';
import { firstOnOrAfter } from './place-in-year';

/** A financial year written after "financial year end": "2022-23", "2023/24", "FY2023/2024", "FY23/24". */
const FY_YEARS = String.raw`(?:fy\s*)?(\d{4}|\d{2})\s*[-/]\s*(\d{4}|\d{2})(?!\d)`;

/** "23" in "FY23/24" is 2023. */
function century(first: string): string {
  return first.length === 2 ? `20${first}` : first;
}

/** The end of financial year `start`-(`start`+1) is 31 March of the second year. */
function fyEnd(start: number): string {
  return isoDate(start + 1, 3, 31);
}

const SEASON_END: Record<string, (y: number) => string> = {
  spring: (y) => isoDate(y, 5, 31),
  summer: (y) => isoDate(y, 8, 31),
  autumn: (y) => isoDate(y, 11, 30),
  // Winter YYYY starts in December YYYY, so it ends in February of the next year.
  winter: (y) => lastDayOfMonth(y + 1, 2),
};

/** "Summer 2021", "Summer '24", "by autumn": the season's last day, inferred ("fall" is left out: it is a verb far more often). */
export const seasonMatcher: Matcher = {
  pattern: new RegExp(String.raw`\b(spring|summer|autumn|winter)\b${PERIOD_YEAR}`, 'gi'),
  read(match, context) {
    const end = SEASON_END[match[1]!.toLowerCase()]!;
    const year = group(match, 2);
    return dated(year ? end(writtenYear(year)) : firstOnOrAfter(context.meetingDate, end), 'inferred');
  },
  deadline: false,
};

/** "end of the financial year", "financial year end 2022/23", "FY end": 31 March, exact. */
export const financialYearEndMatcher: Matcher = {
  pattern: new RegExp(
    String.raw`\b(?:end\s+of\s+(?:the\s+)?(?:financial|fiscal)\s+year|(?:financial|fiscal)\s+year[\s-]*end|end\s+of\s+(?:the\s+)?fy|fy[\s-]*end)(?:\s*${FY_YEARS})?`,
    'gi',
  ),
  read(match, context) {
    const first = group(match, 1);
    if (first === undefined) return dated(firstOnOrAfter(context.meetingDate, (y) => isoDate(y, 3, 31)), 'exact');
    const start = financialYearStart(quoted(match), century(first), match[2]!);
    return typeof start === 'number' ? dated(fyEnd(start), 'exact') : start;
  },
  deadline: true,
};

/** "end of 2022-23": the financial year by its years alone (four digits first: "end of 10/11" is not one). */
export const financialYearsEndMatcher: Matcher = {
  pattern: /\bend\s+of\s+(?:the\s+)?(?:fy\s*)?(\d{4})\s*[-/]\s*(\d{4}|\d{2})(?!\d)/gi,
  read(match) {
    const start = financialYearStart(quoted(match), match[1]!, match[2]!);
    return typeof start === 'number' ? dated(fyEnd(start), 'exact') : start;
  },
  deadline: true,
};

/** "end of year", "year-end 2022", "end of the calendar year": 31 December (of the meeting's year when none). */
export const yearEndMatcher: Matcher = {
  pattern: /\b(?:end\s+of\s+(?:the\s+)?(?:calendar\s+)?year|(?:calendar\s+)?year[\s-]*end)(?:\s+(\d{4})(?!\d))?/gi,
  read(match, context) {
    const year = group(match, 1);
    return dated(isoDate(year ? Number(year) : parts(context.meetingDate).y, 12, 31), 'exact');
  },
  deadline: true,
};

/** "end of 2022". */
export const endOfYearNumberMatcher: Matcher = {
  pattern: /\bend\s+of\s+(\d{4})(?!\d|\s*[-/]\s*\d)/gi,
  read: (match) => dated(isoDate(Number(match[1]), 12, 31), 'exact'),
  deadline: true,
};

const PART_OF_YEAR_END: Record<string, (y: number) => string> = {
  early: (y) => isoDate(y, 3, 31),
  mid: (y) => isoDate(y, 6, 30),
  middle: (y) => isoDate(y, 6, 30),
  late: (y) => isoDate(y, 12, 31),
};

/** "early 2024", "mid-2024", "late 2024": 31 March, 30 June, 31 December of that year, inferred. */
export const partOfYearMatcher: Matcher = {
  pattern: /\b(early|mid|middle|late)(?:\s*-\s*|\s+)(?:of\s+)?(?:in\s+)?(\d{4})(?!\d|\s*[-/]\s*\d)/gi,
  read: (match) => dated(PART_OF_YEAR_END[match[1]!.toLowerCase()]!(Number(match[2])), 'inferred'),
  deadline: false,
};
