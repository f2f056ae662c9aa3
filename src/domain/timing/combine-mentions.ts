import { TimingFlag, TimingReading } from '../action';
import { IsoDate } from '../calendar-date';
import { Firm, Mention, Outcome } from './mention';
import { findAppendedDates, findRevisions } from './revisions';

/** A reading and, when it has no due date, why (for the secretariat's "please set a date" prompt). */
export interface ExplainedTiming {
  reading: TimingReading;
  problem: string | null;
  /** True when the timing names a date that does not exist ("31 June"): an error, not just "needs a date". */
  invalidDate: boolean;
}

export function needsDate(problem: string, invalidDate = false): ExplainedTiming {
  return { reading: { due: null, resolution: 'none', flags: ['needs-date'], milestones: [], superseded: [] }, problem, invalidDate };
}

type Dated = Extract<Outcome, { due: IsoDate }>;

/** The dates a revision set aside, and what is left; nothing is set aside when that would leave no date. */
function splitRevised(mentions: Mention[], text: string): { current: Mention[]; superseded: Mention[]; revised: boolean; appended: boolean } {
  const revisions = findRevisions(text, mentions);
  const appended = findAppendedDates(text, mentions.filter((m) => !revisions.superseded.has(m)));
  const current = mentions.filter((m) => !revisions.superseded.has(m) && !appended.has(m));
  if (current.length === 0) return { current: mentions, superseded: [], revised: false, appended: false };
  return { current, superseded: [...revisions.superseded, ...appended], revised: revisions.revised, appended: appended.size > 0 };
}

/**
 * One phrase gives the due date. A revision first sets aside the dates it replaced ("31 Dec (revised
 * from 30 Nov)", two dates with no words between them): they are kept as `superseded`. Of what is left,
 * several give the earliest as due and keep the rest as milestones ("interim by 13 May; final by
 * 30 June"); the resolution is the weakest of them. A date that does not exist spoils the whole timing:
 * guessing around a typo could chase the wrong date. `text` is the normalised text the mentions index.
 * A due date before the meeting (an ISO date) is flagged `before-meeting` when it came from a period or a
 * month ("Mid 2025" at a July 2025 meeting, "Q3 23/24" in December 2024): the board cannot have meant a
 * deadline already gone. A written day decides its own flag (the 31-day rule, a two-digit year; a
 * four-digit year is kept as written), docs/product-rules.md "Reading timings".
 */
export function combineMentions(mentions: Mention[], nothingFound: string, text: string, meetingDate: IsoDate): ExplainedTiming {
  if (mentions.length === 0) return needsDate(nothingFound);
  for (const { outcome } of mentions) if ('problem' in outcome) return needsDate(outcome.problem, true);
  const split = splitRevised(mentions, text);
  const current = split.current.map((m) => m.outcome as Dated);
  const resolution: Firm = current.some((o) => o.resolution === 'inferred') ? 'inferred' : 'exact';
  const [due, ...milestones] = [...new Set(current.map((o) => o.due))].sort();
  const superseded = [...new Set(split.superseded.map((m) => (m.outcome as Dated).due))].filter((d) => d !== due).sort();
  const flags: TimingFlag[] = [];
  const periodPast = due! < meetingDate && split.current.some((m) => !m.day && (m.outcome as Dated).due === due);
  if (periodPast || current.some((o) => o.beforeMeeting)) flags.push('before-meeting');
  if (milestones.length > 0) flags.push('milestones');
  if (split.appended || current.some((o) => o.ambiguous)) flags.push('ambiguous');
  if (split.revised) flags.push('revised');
  return { reading: { due: due!, resolution, flags, milestones, superseded }, problem: null, invalidDate: false };
}
