import type { Actor } from '../../domain/actor';
import type { BusinessCalendar } from '../../domain/business-days';
import { longDate } from '../../domain/calendar-date';
import type { Clock } from '../../domain/clock';
import { londonToday } from '../../domain/london-time';
import type { Meeting } from '../../domain/meeting';
import { Pack, buildPack, packActions } from '../../domain/meetings/pack';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { Action } from '../../domain/action';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';
import { findMeeting, meetingDate } from './meeting-request';

export interface PackDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  paperDeadlineDays: number;
  packBusinessDays: number;
}

/** The pack and the actions it lists (for the exporters' register). */
export interface BuiltPack {
  pack: Pack;
  actions: Action[];
}

/** A meeting's pack as of today in London, from the register and the calendar as they are. */
export async function packFor(meeting: Meeting, deps: PackDeps): Promise<BuiltPack> {
  const [actions, meetings] = await Promise.all([deps.store.actions.listAll(), deps.store.meetings.list()]);
  const input = { meeting, actions, meetings, asOf: londonToday(deps.clock), calendar: deps.calendar, paperDeadlineDays: deps.paperDeadlineDays, packBusinessDays: deps.packBusinessDays };
  return { pack: buildPack(input), actions: packActions(input) };
}

/**
 * `chaser pack --meeting 2022-06-14 [--board OB]`: the matters-arising action log for a meeting, on demand
 * (secretariat only). Without a board, the one meeting the calendar has on that date.
 * @throws NotFoundError when the calendar has no meeting then; InvalidInputError when several boards meet that day
 */
export async function buildMeetingPack(request: { date: string; board?: string }, actor: Actor, deps: PackDeps): Promise<BuiltPack> {
  await requireSecretariat(actor, deps, 'build a meeting pack');
  return packFor(await meetingOn(request, deps.store), deps);
}

/** The meeting asked for: by board and date, or the only one that date. */
export async function meetingOn(request: { date: string; board?: string }, store: Store): Promise<Meeting> {
  if (request.board?.trim()) return findMeeting({ date: request.date, board: request.board }, store);
  const date = meetingDate(request.date);
  const that = (await store.meetings.list()).filter((m) => m.date === date);
  if (that.length === 1) return that[0]!;
  if (that.length === 0) throw new NotFoundError(`No meeting on ${longDate(date)} is in the calendar. Add it first: chaser meetings add ${date} --board "NAME".`);
  throw new InvalidInputError(`Several boards meet on ${longDate(date)} (${that.map((m) => m.boardCode).join(', ')}): say which with --board.`);
}
