import { ActionDraft, ImportProblem } from './draft';
import { describePlace, placeInSentence } from './place';

/**
 * Keeps the first draft of each reference (per meeting, when a register names the meeting per row);
 * each later one becomes a problem naming both places. Drafts without a reference are all kept.
 */
export function dropDuplicateNumbers(drafts: ActionDraft[]): { drafts: ActionDraft[]; problems: ImportProblem[] } {
  const seen = new Map<string, ActionDraft>();
  const kept: ActionDraft[] = [];
  const problems: ImportProblem[] = [];
  for (const draft of drafts) {
    const ref = draft.ref ?? (draft.number > 0 ? String(draft.number) : '');
    const key = `${draft.board ?? ''}|${draft.meetingDate ?? ''}|${ref}`;
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
