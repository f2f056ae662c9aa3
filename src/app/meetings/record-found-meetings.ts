import type { Actor } from '../../domain/actor';
import type { BusinessCalendar } from '../../domain/business-days';
import type { Meeting } from '../../domain/meeting';
import { silentLogger } from '../../log';
import type { Store } from '../ports';
import { followCalendar } from './follow-calendar';
import { DEFAULT_PAPER_DEADLINE_DAYS } from './meeting-deps';

/**
 * After an import: the meetings the document told of (its own date, "Date of next meeting") that the
 * calendar does not know yet are added (source `import`; a meeting the secretariat entered or cancelled is
 * never replaced) → with a business calendar, the open actions elsewhere in the register whose timings name
 * them follow ("by the next meeting"). The imported actions were already read with these meetings.
 * @returns the meetings added
 */
export async function recordFoundMeetings(
  found: Meeting[], actor: Actor, deps: { store: Store; now: Date; calendar?: BusinessCalendar; paperDeadlineDays?: number },
): Promise<Meeting[]> {
  const added: Meeting[] = [];
  for (const meeting of found) {
    if (await deps.store.meetings.get(meeting.boardCode, meeting.date)) continue;
    await deps.store.meetings.save({ ...meeting, addedBy: actor.id });
    added.push(meeting);
  }
  if (added.length && deps.calendar) {
    await followCalendar({
      store: deps.store, clock: { now: () => deps.now }, calendar: deps.calendar, log: silentLogger,
      paperDeadlineDays: deps.paperDeadlineDays ?? DEFAULT_PAPER_DEADLINE_DAYS,
    });
  }
  return added;
}
