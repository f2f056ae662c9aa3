import type { Actor } from '../../domain/actor';
import { longDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';
import { InvalidInputError } from '../../errors';
import { requireSecretariat } from '../access/require-secretariat';
import { CalendarFollowed, followCalendar } from './follow-calendar';
import type { MeetingDeps } from './meeting-deps';
import { MeetingRequest, findMeeting, meetingDate } from './meeting-request';

/**
 * `chaser meetings move 2022-06-14 2022-06-28 --board OB`: a meeting moved or postponed → the due dates
 * tied to it follow the new date (never one set by hand) → their leads are told.
 * @throws NotFoundError when the calendar has no such meeting; InvalidInputError when the new date is taken
 */
export async function moveMeeting(request: MeetingRequest & { to: string }, actor: Actor, deps: MeetingDeps): Promise<{ meeting: Meeting } & CalendarFollowed> {
  await requireSecretariat(actor, deps, 'change the meeting calendar');
  const before = await findMeeting(request, deps.store);
  const to = meetingDate(request.to, 'the new date');
  if (to === before.date) throw new InvalidInputError(`The meeting is already on ${longDate(to)}. Nothing was changed.`);
  if (await deps.store.meetings.get(before.boardCode, to)) {
    throw new InvalidInputError(`${before.board} already has a meeting on ${longDate(to)}: remove one of them first. Nothing was changed.`);
  }
  const meeting: Meeting = { ...before, date: to };
  await deps.store.meetings.save(meeting);
  await deps.store.meetings.remove(before.boardCode, before.date);
  return { meeting, ...(await followCalendar(deps)) };
}
