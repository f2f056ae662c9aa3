import { ActionDraft, ImportProblem } from './draft';
import { describePlace, placeInSentence } from './place';

/**
 * Keeps the first draft of each number (per meeting, when a register names the meeting per row);
 * each later one becomes a problem naming both places.
 */
export function dropDuplicateNumbers(drafts: ActionDraft[]): { drafts: ActionDraft[]; problems: ImportProblem[] } {
  const seen = new Map<string, ActionDraft>();
  const kept: ActionDraft[] = [];
  const problems: ImportProblem[] = [];
  for (const draft of drafts) {
    const key = `${draft.board ?? ''}|${draft.meetingDate ?? ''}|${draft.number}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, draft);
      kept.push(draft);
      continue;
    }
    problems.push({
      place: draft.place,
      field: 'number',
      message:
        `${describePlace(draft.place)}: action ${draft.number} has the same number as ${placeInSentence(first.place)} ` +
        `(expected each action to have its own number); only ${placeInSentence(first.place)} was kept.`,
    });
  }
  return { drafts: kept, problems };
}
