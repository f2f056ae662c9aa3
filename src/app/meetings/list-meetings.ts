import type { Actor } from '../../domain/actor';
import type { BusinessCalendar } from '../../domain/business-days';
import type { IsoDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';
import { packDueDate } from '../../domain/meetings/pack';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';

/** A meeting as listed: with the day its pack (the action log, matters arising) goes to the secretariat. */
export interface ListedMeeting extends Meeting {
  packDue: IsoDate | null;
}

/** `chaser meetings list`: every meeting Chaser knows, soonest first; a cancelled one has no pack. */
export async function listMeetings(
  actor: Actor, deps: { store: Store; calendar: BusinessCalendar; packBusinessDays: number },
): Promise<ListedMeeting[]> {
  await requireSecretariat(actor, deps, 'see the meeting calendar');
  return (await deps.store.meetings.list()).map((m) => ({ ...m, packDue: m.cancelled ? null : packDueDate(m.date, deps.calendar, deps.packBusinessDays) }));
}
