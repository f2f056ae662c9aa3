import { actionReference } from '../../domain/action';
import { mayFollowMeetings, retimeAction } from '../../domain/meetings/retime';
import { StaleRecordError } from '../../errors';
import type { MeetingDeps } from './meeting-deps';
import { MovedDue, tellLeads } from './tell-leads';

/** What a change to the calendar did to the register. */
export interface CalendarFollowed {
  moved: MovedDue[];
  /** People told of the moves (0 when nobody could be reached, or no way out was given). */
  told: number;
}

/**
 * After the calendar changed: every open action whose timing names a meeting is read again against the
 * calendar → its due date follows the meeting (with an `edited` history entry by Chaser) unless someone set
 * it by hand → the leads are told. A write that lost a race with a lead's update is left alone (the lead's
 * update came later, so it stands) and logged.
 */
export async function followCalendar(deps: MeetingDeps): Promise<CalendarFollowed> {
  const meetings = await deps.store.meetings.list();
  const moved: MovedDue[] = [];
  for (const action of (await deps.store.actions.listOpen()).filter(mayFollowMeetings)) {
    const stored = await deps.store.actions.get(action);
    if (!stored) continue;
    const history = await deps.store.actions.history(action);
    const next = retimeAction(stored.action, history, meetings, deps.paperDeadlineDays, deps.calendar, deps.clock.now());
    if (!next) continue;
    try {
      await deps.store.actions.record(stored, next.action, next.entry);
    } catch (err) {
      if (!(err instanceof StaleRecordError)) throw err;
      deps.log.warn({ action: actionReference(action) }, 'calendar change not applied: the action changed meanwhile');
      continue;
    }
    if (next.action.due !== stored.action.due) moved.push({ action: next.action, from: stored.action.due, meeting: next.meeting });
  }
  const told = await tellLeads(moved, deps);
  if (moved.length) deps.log.info({ moved: moved.map((m) => actionReference(m.action)), told }, 'due dates follow the meeting calendar');
  return { moved, told };
}
