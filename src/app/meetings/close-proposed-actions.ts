import type { Action } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import type { BusinessCalendar } from '../../domain/business-days';
import { longDate } from '../../domain/calendar-date';
import type { Clock } from '../../domain/clock';
import { londonToday } from '../../domain/london-time';
import { closeAtMeeting, closureState, proposedBy } from '../../domain/closure';
import type { Meeting } from '../../domain/meeting';
import { packActions } from '../../domain/meetings/pack';
import { InvalidInputError, StaleRecordError } from '../../errors';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';
import { meetingOn } from './build-meeting-pack';

export interface CloseDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  paperDeadlineDays: number;
}

export interface ClosedAtMeeting {
  meeting: Meeting;
  closed: Action[];
  /** Proposed for closure after the meeting sat: not in its pack, so left for the next meeting. */
  leftForNext: Action[];
}

/**
 * `chaser close --meeting 2022-06-14`: after the meeting, the secretariat closes in one step the actions its
 * pack proposed for closure (those of its matters arising proposed by the day it sat) — not the actions
 * agreed at it. Each gets a history entry naming the meeting. Refused before the meeting has sat.
 */
export async function closeProposedActions(request: { date: string; board?: string }, actor: Actor, deps: CloseDeps): Promise<ClosedAtMeeting> {
  await requireSecretariat(actor, deps, 'close actions for the board');
  const meeting = await meetingOn(request, deps.store);
  if (londonToday(deps.clock) < meeting.date) {
    throw new InvalidInputError(`The meeting of ${longDate(meeting.date)} has not sat yet: the board closes actions at it. Nothing was changed.`);
  }
  const [actions, meetings] = await Promise.all([deps.store.actions.listAll(), deps.store.meetings.list()]);
  const inPack = packActions({ meeting, actions, meetings, calendar: deps.calendar, paperDeadlineDays: deps.paperDeadlineDays })
    .filter((a) => closureState(a) === 'proposed');
  const closed: Action[] = [];
  for (const action of inPack.filter((a) => proposedBy(a, meeting.date))) {
    const done = await closeOne(action, meeting, actor, deps);
    if (done) closed.push(done);
  }
  return { meeting, closed, leftForNext: inPack.filter((a) => !proposedBy(a, meeting.date)) };
}

/** Closes one action, reloading once if it changed meanwhile (then only if it is still proposed). */
async function closeOne(action: Action, meeting: Meeting, actor: Actor, deps: CloseDeps): Promise<Action | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const stored = await deps.store.actions.get(action);
    const next = stored && closeAtMeeting(stored.action, meeting, actor, deps.clock.now());
    if (!stored || !next) return null;
    try {
      return (await deps.store.actions.record(stored, next.action, next.entry)).action;
    } catch (err) {
      if (!(err instanceof StaleRecordError) || attempt > 0) throw err;
    }
  }
  throw new StaleRecordError(`Action ${actionReference(action)}`);
}
