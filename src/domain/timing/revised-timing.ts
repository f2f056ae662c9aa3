import { BusinessCalendar } from '../business-days';
import { IsoDate } from '../calendar-date';
import { TimingFlag } from '../action';
import { ExplainedTiming } from './combine-mentions';
import { explainTiming } from './read-timing';

/**
 * A timing with a revised date beside it, as trackers with a "Revised date" / "New date" column write it
 * ("June" and "14 Aug"): the revised date wins, read as it reads (docs/product-rules.md: "as the revised date reads");
 * the original's dates are kept as `superseded` and the reading is flagged `revised`. An empty or
 * unreadable revision leaves the original reading as it is, and the same date copied across is no revision; an impossible revised date ("31 June") is
 * reported as such, never replaced by the original.
 */
export function explainRevisedTiming(original: string, revised: string, meetingDate: IsoDate, calendar: BusinessCalendar): ExplainedTiming {
  const before = explainTiming(original, meetingDate, calendar);
  if (revised.trim() === '') return before;
  const after = explainTiming(revised, meetingDate, calendar);
  if (after.invalidDate) return after;
  if (after.reading.due === null) return before;
  const due = after.reading.due;
  if (due === before.reading.due) return after; // the same date copied across is no revision
  const replaced = [before.reading.due, ...before.reading.superseded, ...before.reading.milestones, ...after.reading.superseded];
  const superseded = [...new Set(replaced.filter((d): d is IsoDate => d !== null && d !== due))].sort();
  const flags: TimingFlag[] = [...after.reading.flags.filter((f) => f !== 'revised'), 'revised'];
  return { reading: { ...after.reading, flags, superseded }, problem: null, invalidDate: false };
}
