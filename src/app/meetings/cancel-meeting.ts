import type { Actor } from '../../domain/actor';
import type { Meeting } from '../../domain/meeting';
import { requireSecretariat } from '../access/require-secretariat';
import { CalendarFollowed, followCalendar } from './follow-calendar';
import type { MeetingDeps } from './meeting-deps';
import { MeetingRequest, findMeeting } from './meeting-request';

/**
 * `chaser meetings cancel 2022-07-21 --board OB`: the meeting stays in the calendar, marked cancelled →
 * timings tied to it move to the next meeting that sits ("by the next meeting") or back to today's rules
 * ("July Board") → their leads are told. Adding it again un-cancels it.
 */
export async function cancelMeeting(request: MeetingRequest, actor: Actor, deps: MeetingDeps): Promise<{ meeting: Meeting } & CalendarFollowed> {
  await requireSecretariat(actor, deps, 'change the meeting calendar');
  const meeting: Meeting = { ...(await findMeeting(request, deps.store)), cancelled: true };
  await deps.store.meetings.save(meeting);
  return { meeting, ...(await followCalendar(deps)) };
}
