import type { TimingFlag, TimingReading } from '../../domain/action';
import type { BusinessCalendar } from '../../domain/business-days';
import type { IsoDate } from '../../domain/calendar-date';
import type { Meeting } from '../../domain/meeting';
import { MeetingReference, explainTimingWithMeetings, findTimingInText } from '../../domain/timing';
import type { ActionDraft } from '../../import/draft';

/** `unknownMeeting`: the timing names a meeting the calendar does not know (read by today's rules meanwhile). */
export type DraftTiming = { ok: true; reading: TimingReading; unknownMeeting?: MeetingReference } | { ok: false; message: string };

/** The calendar a timing is read with: the meetings known, the action's board, the paper deadline. */
export interface TimingCalendar {
  meetings: Meeting[];
  boardCode: string;
  paperDeadlineDays: number;
}

/**
 * A draft's due date: an explicit due column wins; then the timing as written; then a deadline inside
 * the action text ("… as soon as possible"). A date that does not exist is an error, never a guess.
 * A revision column (Revised / New date) has already replaced the original: the original date is kept
 * as superseded and the reading is flagged `revised`. A timing naming a meeting is read with the calendar
 * (`known`): the meeting's date less the paper deadline, or today's rules and `unknownMeeting` when the
 * calendar does not know it.
 */
export function resolveDraftTiming(draft: ActionDraft, meetingDate: IsoDate, calendar: BusinessCalendar, known: TimingCalendar = NO_MEETINGS): DraftTiming {
  const resolved = current(draft, meetingDate, calendar, known);
  const original = draft.originalDue ?? (draft.originalTiming ? read(draft.originalTiming, meetingDate, calendar, known).reading.due : null);
  if (!resolved.ok || !original || original === resolved.reading.due) return resolved;
  const { reading } = resolved;
  return { ok: true, reading: { ...reading, superseded: [...new Set([...reading.superseded, original])].sort(), flags: reading.flags.includes('revised') ? reading.flags : [...reading.flags, 'revised'] } };
}

const NO_MEETINGS: TimingCalendar = { meetings: [], boardCode: '', paperDeadlineDays: 0 };

function read(timing: string, meetingDate: IsoDate, calendar: BusinessCalendar, known: TimingCalendar) {
  return explainTimingWithMeetings(timing, { meetingDate, boardCode: known.boardCode }, known.meetings, known.paperDeadlineDays, calendar);
}

function current(draft: ActionDraft, meetingDate: IsoDate, calendar: BusinessCalendar, known: TimingCalendar): DraftTiming {
  if (draft.due) return { ok: true, reading: { due: draft.due, resolution: 'exact', flags: ['date-set'], milestones: [], superseded: [] } };
  const fromTiming = read(draft.timing, meetingDate, calendar, known);
  const unknownMeeting = fromTiming.unknownMeeting ? { unknownMeeting: fromTiming.unknownMeeting } : {};
  if (fromTiming.invalidDate) return { ok: false, message: `the timing "${draft.timing}" names a date that does not exist: ${fromTiming.problem}` };
  if (fromTiming.reading.due) return { ok: true, reading: fromTiming.reading, ...unknownMeeting };
  // A meeting the calendar knows, named in the action's own words ("… by the next meeting", "… report to
  // the Jan meeting"), is read as it would be in a Timing column: that meeting less the paper deadline.
  if (known.meetings.length && draft.text) {
    const meetingInText = read(draft.text, meetingDate, calendar, known);
    if (meetingInText.reading.due && meetingInText.reading.flags.includes('meeting') && !meetingInText.invalidDate) {
      return { ok: true, reading: { ...meetingInText.reading, flags: [...meetingInText.reading.flags, 'from-text'] } };
    }
  }
  const inText = findTimingInText(draft.text, meetingDate, calendar);
  if (inText?.reading.due) {
    const flags: TimingFlag[] = inText.reading.flags.includes('from-text') ? inText.reading.flags : [...inText.reading.flags, 'from-text'];
    return { ok: true, reading: { ...inText.reading, flags } };
  }
  return { ok: true, reading: fromTiming.reading, ...unknownMeeting };
}
