import type { Action, ActionFlag } from '../action';
import type { ActionUpdate } from '../action-update';
import type { BusinessCalendar } from '../business-days';
import type { Meeting } from '../meeting';
import { meetingName } from '../meeting';
import { explainTimingWithMeetings } from '../timing';

/** Chaser itself, as the author of the history entries the calendar causes. */
export const CALENDAR_AUTHOR = { id: 'chaser', name: 'Chaser (meeting calendar)' };

/**
 * True when a person set this action's due date: a lead's revised date (any status update with one), a
 * correction by hand (an `edited` entry changing the due date that neither an import nor Chaser wrote),
 * a date set explicitly (`date-set`) or a revision the document gave (`revised`). The calendar never
 * overrides those.
 */
export function dueSetByHand(action: Pick<Action, 'flags'>, history: ActionUpdate[]): boolean {
  if (action.flags.includes('date-set') || action.flags.includes('revised')) return true;
  return history.some((e) => e.revisedDue !== null
    || (e.kind === 'edited' && e.source !== 'system' && e.source !== 'import' && e.changes.some((c) => c.field === 'due')));
}

/** True when the action's timing may follow the calendar (it names a meeting, known or not, or did). */
export function mayFollowMeetings(action: Pick<Action, 'timing' | 'flags' | 'status'>): boolean {
  return action.status !== 'complete' && (action.flags.includes('meeting') || /\b(?:meetings?|boards?|committees?|panels?|forums?|sessions?)\b/i.test(action.timing));
}

/**
 * What the calendar as it now stands does to one open action whose timing names a meeting: its due date
 * becomes that meeting's date less the paper deadline, or, when the meeting is no longer known (cancelled,
 * removed), what the timing says by today's rules. Null when nothing changes, the action is complete, or
 * someone set its date by hand (`history` is the action's, any order). The entry is an `edited` one by
 * Chaser (source `system`), naming the meeting.
 */
export function retimeAction(
  action: Action, history: ActionUpdate[], meetings: Meeting[], paperDeadlineDays: number, calendar: BusinessCalendar, at: Date,
): { action: Action; entry: ActionUpdate; meeting: Meeting | null } | null {
  if (!mayFollowMeetings(action) || dueSetByHand(action, history)) return null;
  const read = explainTimingWithMeetings(action.timing, action, meetings, paperDeadlineDays, calendar);
  if (!read.meeting && !action.flags.includes('meeting')) return null;
  if (read.invalidDate) return null;
  const kept: ActionFlag[] = action.flags.filter((f) => f === 'proposed-for-closure');
  const flags: ActionFlag[] = [...read.reading.flags, ...kept];
  if (read.reading.due === action.due && sameFlags(flags, action.flags)) return null;
  const stamp = at.toISOString();
  const next: Action = { ...action, due: read.reading.due, resolution: read.reading.resolution, flags, milestones: read.reading.milestones, superseded: action.superseded, updatedAt: stamp };
  const text = read.meeting
    ? `Due date follows the meeting calendar: ${meetingName(read.meeting)}, papers due ${paperDeadlineDays} days before.`
    : `The meeting this timing names is no longer in the calendar (cancelled or removed): the due date is read from the timing again.`;
  const entry: ActionUpdate = {
    kind: 'edited', at: stamp, by: CALENDAR_AUTHOR.id, byName: CALENDAR_AUTHOR.name, source: 'system', status: null, text, revisedDue: null,
    changes: action.due === next.due ? [] : [{ field: 'due', from: action.due, to: next.due }],
  };
  return { action: next, entry, meeting: read.meeting };
}

function sameFlags(a: ActionFlag[], b: ActionFlag[]): boolean {
  return a.length === b.length && a.every((f) => b.includes(f));
}
