import type { Actor } from '../../domain/actor';
import type { Meeting } from '../../domain/meeting';
import { requireSecretariat } from '../access/require-secretariat';
import { CalendarFollowed, followCalendar } from './follow-calendar';
import type { MeetingDeps } from './meeting-deps';
import { boardCodeOf, meetingDate } from './meeting-request';

/**
 * `chaser meetings add 2022-06-14 --board "DMPC-AC Met Operations"`: the secretariat adds (or renames, or
 * un-cancels) a meeting → the due dates tied to it follow (papers due before it) → their leads are told.
 * @throws NotAllowedError outside the secretariat; InvalidInputError for a date that is not one or no board
 */
export async function addMeeting(
  request: { date: string; board: string; title?: string; source?: Meeting['source'] }, actor: Actor, deps: MeetingDeps,
): Promise<{ meeting: Meeting; existed: boolean } & CalendarFollowed> {
  await requireSecretariat(actor, deps, 'change the meeting calendar');
  const date = meetingDate(request.date);
  const code = boardCodeOf(request.board);
  const existing = await deps.store.meetings.get(code, date);
  // Given as a code ("OB"), the board keeps the name the calendar already has for it.
  const named = code === request.board.trim() ? (existing ?? (await deps.store.meetings.list()).find((m) => m.boardCode === code))?.board : undefined;
  const meeting: Meeting = {
    boardCode: code, board: named ?? request.board.trim(), date,
    title: request.title?.trim() ?? existing?.title ?? '', cancelled: false, source: request.source ?? 'cli',
    addedBy: existing?.addedBy ?? actor.id, addedAt: existing?.addedAt ?? deps.clock.now().toISOString(),
  };
  await deps.store.meetings.save(meeting);
  return { meeting, existed: existing !== null, ...(await followCalendar(deps)) };
}
