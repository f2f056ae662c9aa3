import { beforeMonthMatcher } from './before-month';
import {
  dayMonthMatcher, dayMonthShortYearMatcher, hyphenDateMatcher, isoDateMatcher, monthDayMatcher, numericDateMatcher,
  numericDayMonthMatcher, numericMonthYearMatcher, timestampMatcher,
} from './date-matchers';
import { financialYearMatcher, halfYearMatcher, quarterMatcher, yearThenQuarterMatcher } from './financial-year-matchers';
import { endOfRelativeMonthMatcher, relativeMonthMatcher } from './meeting-relative';
import { Matcher, Mention, ReadContext } from './mention';
import { monthAndNumberMatcher } from './month-and-number';
import { earlyMonthMatcher, endOfMonthMatcher, midMonthMatcher, monthMatcher } from './month-matchers';
import {
  endOfYearNumberMatcher, financialYearEndMatcher, financialYearsEndMatcher, partOfYearMatcher, seasonMatcher, yearEndMatcher,
} from './period-matchers';
import { holidayMatcher } from './holiday-matchers';
import { halfTermMatcher, schoolTermMatcher } from './school-terms';
import { asapMatcher, bareSpanMatcher, immediateAloneMatcher, immediateMatcher, relativeSpanMatcher } from './relative-spans';
import { nextWeekMatcher, thisWeekMatcher, weekCommencingMatcher, weekOfMonthMatcher, weekdayMatcher } from './week-matchers';

/**
 * Most specific first: a matcher only gets text no earlier matcher claimed, so "Q3 2022-23" is a
 * quarter before anything sees "2022", "FY 2023/24 Q4" a quarter before "FY 2023/24" is a year,
 * "end May 2022" is a month end before "May 2022" is a month, "financial year end" is taken before
 * "year end", "13-Nov-23" is a date before "Nov-23" is a month and a year, and "1st week of November"
 * is a week before "November" is a month, and "Autumn term 2025/26" is a school term before "2025/26" is a
 * financial year or "Autumn" a season, and "summer recess" a holiday before "summer" is a season.
 */
const MATCHERS: Matcher[] = [
  timestampMatcher,
  isoDateMatcher,
  weekCommencingMatcher,
  numericDateMatcher,
  hyphenDateMatcher,
  schoolTermMatcher,
  halfTermMatcher,
  yearThenQuarterMatcher,
  quarterMatcher,
  halfYearMatcher,
  financialYearEndMatcher,
  financialYearsEndMatcher,
  financialYearMatcher,
  yearEndMatcher,
  endOfYearNumberMatcher,
  partOfYearMatcher,
  relativeSpanMatcher,
  bareSpanMatcher,
  endOfRelativeMonthMatcher,
  relativeMonthMatcher,
  nextWeekMatcher,
  thisWeekMatcher,
  weekOfMonthMatcher,
  beforeMonthMatcher,
  endOfMonthMatcher,
  midMonthMatcher,
  earlyMonthMatcher,
  dayMonthShortYearMatcher,
  dayMonthMatcher,
  monthAndNumberMatcher,
  monthDayMatcher,
  numericMonthYearMatcher,
  numericDayMonthMatcher,
  holidayMatcher,
  seasonMatcher,
  monthMatcher,
  weekdayMatcher,
  immediateMatcher,
  immediateAloneMatcher,
  asapMatcher,
];

/** Every timing phrase in `context.text` (already normalised), in reading order. */
export function scanMentions(context: ReadContext): Mention[] {
  const found: Mention[] = [];
  for (const matcher of MATCHERS) {
    for (const match of context.text.matchAll(matcher.pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      const outcome = matcher.read(match, context);
      if (outcome === null) continue;
      const deadline = typeof matcher.deadline === 'function' ? matcher.deadline(match) : matcher.deadline;
      found.push({ start, end, outcome, deadline, day: matcher.day ?? false });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
