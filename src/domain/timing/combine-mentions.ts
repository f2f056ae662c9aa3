import { TimingFlag, TimingReading } from '../action';
import { IsoDate } from '../calendar-date';
import { Firm, Mention } from './mention';

/** A reading and, when it has no due date, why (for the secretariat's "please set a date" prompt). */
export interface ExplainedTiming {
  reading: TimingReading;
  problem: string | null;
  /** True when the timing names a date that does not exist ("31 June"): an error, not just "needs a date". */
  invalidDate: boolean;
}

export function needsDate(problem: string, invalidDate = false): ExplainedTiming {
  return { reading: { due: null, resolution: 'none', flags: ['needs-date'], milestones: [] }, problem, invalidDate };
}

/**
 * One phrase gives the due date. Several give the earliest as due and keep the rest as milestones
 * ("interim by 13 May; final by 30 June"); the resolution is the weakest of them. A date that does not
 * exist spoils the whole timing: guessing around a typo could chase the wrong date.
 */
export function combineMentions(mentions: Mention[], nothingFound: string): ExplainedTiming {
  if (mentions.length === 0) return needsDate(nothingFound);
  const dates: IsoDate[] = [];
  let resolution: Firm = 'exact';
  let beforeMeeting = false;
  for (const { outcome } of mentions) {
    if ('problem' in outcome) return needsDate(outcome.problem, true);
    dates.push(outcome.due);
    if (outcome.resolution === 'inferred') resolution = 'inferred';
    beforeMeeting ||= outcome.beforeMeeting;
  }
  const [due, ...milestones] = [...new Set(dates)].sort();
  const flags: TimingFlag[] = [];
  if (beforeMeeting) flags.push('before-meeting');
  if (milestones.length > 0) flags.push('milestones');
  return { reading: { due: due!, resolution, flags, milestones }, problem: null, invalidDate: false };
}
