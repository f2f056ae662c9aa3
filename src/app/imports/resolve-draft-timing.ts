import type { TimingFlag, TimingReading } from '../../domain/action';
import type { BusinessCalendar } from '../../domain/business-days';
import type { IsoDate } from '../../domain/calendar-date';
import { explainTiming, findTimingInText } from '../../domain/timing';
import type { ActionDraft } from '../../import/draft';

export type DraftTiming = { ok: true; reading: TimingReading } | { ok: false; message: string };

/**
 * A draft's due date: an explicit due column wins; then the timing as written; then a deadline inside
 * the action text ("… as soon as possible"). A date that does not exist is an error, never a guess.
 * A revision column (Revised / New date) has already replaced the original: the original date is kept
 * as superseded and the reading is flagged `revised`.
 */
export function resolveDraftTiming(draft: ActionDraft, meetingDate: IsoDate, calendar: BusinessCalendar): DraftTiming {
  const resolved = current(draft, meetingDate, calendar);
  const original = draft.originalDue ?? (draft.originalTiming ? explainTiming(draft.originalTiming, meetingDate, calendar).reading.due : null);
  if (!resolved.ok || !original || original === resolved.reading.due) return resolved;
  const { reading } = resolved;
  return { ok: true, reading: { ...reading, superseded: [...new Set([...reading.superseded, original])].sort(), flags: reading.flags.includes('revised') ? reading.flags : [...reading.flags, 'revised'] } };
}

function current(draft: ActionDraft, meetingDate: IsoDate, calendar: BusinessCalendar): DraftTiming {
  if (draft.due) return { ok: true, reading: { due: draft.due, resolution: 'exact', flags: ['date-set'], milestones: [], superseded: [] } };
  const fromTiming = explainTiming(draft.timing, meetingDate, calendar);
  if (fromTiming.invalidDate) return { ok: false, message: `the timing "${draft.timing}" names a date that does not exist: ${fromTiming.problem}` };
  if (fromTiming.reading.due) return { ok: true, reading: fromTiming.reading };
  const inText = findTimingInText(draft.text, meetingDate, calendar);
  if (inText?.reading.due) {
    const flags: TimingFlag[] = inText.reading.flags.includes('from-text') ? inText.reading.flags : [...inText.reading.flags, 'from-text'];
    return { ok: true, reading: { ...inText.reading, flags } };
  }
  return { ok: true, reading: fromTiming.reading };
}
