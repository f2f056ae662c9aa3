import { IsoDate } from '../domain/calendar-date';
import { ActionDraft, ImportProblem } from './draft';
import { qualifyGroupedRefs } from './group-refs';
import { describePlace, placeInSentence } from './place';

/**
 * Keeps the first draft of each reference (per meeting, when a register names the meeting per row or a
 * workbook has a sheet per meeting; a month-only meeting, "Jan-24", counts as its own); each later one
 * becomes a problem naming both places. Drafts without a reference are all kept. `meetingDate` is the
 * document's, where drafts without their own meeting are filed. A reference restarted under each group
 * (audit, section: "R1" under every audit) is first made unique with its group (`qualifyGroupedRefs`).
 */
export function dropDuplicateNumbers(found: ActionDraft[], meetingDate: IsoDate | null = null): { drafts: ActionDraft[]; problems: ImportProblem[] } {
  const { drafts, problems } = qualifyGroupedRefs(found, meetingDate);
  const seen = new Map<string, ActionDraft>();
  const kept: ActionDraft[] = [];
  for (const draft of drafts) {
    const ref = draft.ref ?? (draft.number > 0 ? String(draft.number) : '');
    const month = draft.meetingMonth && !meetingDate?.startsWith(draft.meetingMonth) ? draft.meetingMonth : undefined;
    const key = `${draft.board ?? ''}|${draft.meetingDate ?? month ?? meetingDate ?? ''}|${ref}`;
    const first = ref ? seen.get(key) : undefined;
    if (!first) {
      if (ref) seen.set(key, draft);
      kept.push(draft);
      continue;
    }
    const what = /^\d+$/.test(ref) ? 'number' : 'reference';
    problems.push({
      place: draft.place,
      field: 'number',
      message:
        `${describePlace(draft.place)}: action ${ref} has the same ${what} as ${placeInSentence(first.place)} ` +
        `(expected each action to have its own ${what}); only ${placeInSentence(first.place)} was kept.`,
    });
  }
  return { drafts: kept, problems };
}
