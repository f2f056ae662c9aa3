import { dayMonthMatcher, isoDateMatcher, monthDayMatcher, numericDateMatcher, numericDayMonthMatcher } from './date-matchers';
import { Matcher, Mention, ReadContext } from './mention';
import { earlyMonthMatcher, endOfMonthMatcher, midMonthMatcher, monthMatcher } from './month-matchers';
import {
  endOfYearNumberMatcher, financialYearEndMatcher, financialYearsEndMatcher, quarterMatcher, seasonMatcher, yearEndMatcher,
} from './period-matchers';
import { asapMatcher, immediateAloneMatcher, immediateMatcher, relativeSpanMatcher } from './relative-spans';

/**
 * Most specific first: a matcher only gets text no earlier matcher claimed, so "Q3 2022-23" is a
 * quarter before anything sees "2022", "end May 2022" is a month end before "May 2022" is a month,
 * and "financial year end" is taken before "year end".
 */
const MATCHERS: Matcher[] = [
  isoDateMatcher,
  numericDateMatcher,
  quarterMatcher,
  financialYearEndMatcher,
  financialYearsEndMatcher,
  yearEndMatcher,
  endOfYearNumberMatcher,
  relativeSpanMatcher,
  endOfMonthMatcher,
  midMonthMatcher,
  earlyMonthMatcher,
  dayMonthMatcher,
  monthDayMatcher,
  numericDayMonthMatcher,
  seasonMatcher,
  monthMatcher,
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
      found.push({ start, end, outcome, deadline });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
