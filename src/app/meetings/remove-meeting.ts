import type { Actor } from '../../domain/actor';
import type { Meeting } from '../../domain/meeting';
import { requireSecretariat } from '../access/require-secretariat';
import { CalendarFollowed, followCalendar } from './follow-calendar';
import type { MeetingDeps } from './meeting-deps';
import { MeetingRequest, findMeeting } from './meeting-request';

/** `chaser meetings remove 2022-06-14 --board OB`: a meeting entered by mistake goes; the due dates tied to it follow. */
export async function removeMeeting(request: MeetingRequest, actor: Actor, deps: MeetingDeps): Promise<{ meeting: Meeting } & CalendarFollowed> {
  await requireSecretariat(actor, deps, 'change the meeting calendar');
  const meeting = await findMeeting(request, deps.store);
  await deps.store.meetings.remove(meeting.boardCode, meeting.date);
  return { meeting, ...(await followCalendar(deps)) };
}
