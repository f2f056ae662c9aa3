import type { Action } from '../action';
import { actionReference } from '../action';
import type { BusinessCalendar } from '../business-days';
import { IsoDate } from '../calendar-date';
import { proposedBy } from '../closure';
import { Digest, buildDigest, byRegisterOrder } from '../digest';
import type { Meeting } from '../meeting';
import { meetingName } from '../meeting';
import { explainTimingWithMeetings } from '../timing';

/**
 * The action log for a meeting's pack ("matters arising"): goes to the secretariat `businessDays` business
 * days before the meeting (CHASER_PACK_BUSINESS_DAYS, default 10). 14 June 2022 → Friday 27 May 2022, since
 * 2 and 3 June 2022 were bank holidays.
 */
export function packDueDate(meetingDate: IsoDate, calendar: BusinessCalendar, businessDays: number): IsoDate {
  return calendar.subtractBusinessDays(meetingDate, businessDays);
}

/** The matters arising for one meeting, as of a day: the digest of its actions and those proposed for closure. */
export interface Pack {
  meeting: Meeting;
  /** The day the pack goes to the secretariat. */
  dueOn: IsoDate;
  /** The board paper's content (summary in the DCDG's words, overdue, due soon, the table of open actions and updates). */
  digest: Digest;
  /** Complete, proposed for closure by the day of the meeting: what the board is asked to close. */
  proposedForClosure: Action[];
  title: string;
}

export interface PackInput {
  meeting: Meeting;
  /** The whole register (the pack picks its actions). */
  actions: Action[];
  meetings: Meeting[];
  asOf: IsoDate;
  calendar: BusinessCalendar;
  paperDeadlineDays: number;
  packBusinessDays: number;
}

/**
 * The actions a meeting hears as matters arising: those its board agreed before it, and those whose timing
 * names it ("For discussion at the June DMPC-AC Met Operations meeting"), whichever board agreed them.
 * Closed actions stay out; open ones and those proposed for closure are in.
 */
export function packActions(input: Pick<PackInput, 'meeting' | 'actions' | 'meetings' | 'calendar' | 'paperDeadlineDays'>): Action[] {
  const { meeting } = input;
  return input.actions.filter((a) => {
    if (a.status === 'complete' && !a.flags.includes('proposed-for-closure')) return false;
    if (a.meetingDate >= meeting.date) return false;
    if (a.boardCode === meeting.boardCode) return true;
    const tied = explainTimingWithMeetings(a.timing, a, input.meetings, input.paperDeadlineDays, input.calendar).meeting;
    return tied !== null && tied.boardCode === meeting.boardCode && tied.date === meeting.date;
  }).sort(byRegisterOrder);
}

/**
 * The pack: the board paper's digest of the meeting's actions (no "changes since last week": a pack is not
 * weekly) with one more summary line naming the actions proposed for closure, awaiting the board.
 */
export function buildPack(input: PackInput): Pack {
  const actions = packActions(input);
  const digest = buildDigest({ asOf: input.asOf, actions, since: null, unreachableLeads: [], calendar: input.calendar });
  const proposedForClosure = actions.filter((a) => proposedBy(a, input.meeting.date));
  const closing = proposedForClosure.length
    ? `Proposed for closure, for the board to confirm: ${proposedForClosure.map(actionReference).join(', ')}`
    : 'No actions are proposed for closure';
  return {
    meeting: input.meeting,
    dueOn: packDueDate(input.meeting.date, input.calendar, input.packBusinessDays),
    digest: { ...digest, summary: [...digest.summary, closing] },
    proposedForClosure,
    title: `Matters arising: action log for ${meetingName(input.meeting)}`,
  };
}
