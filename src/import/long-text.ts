import { ActionDraft, ImportProblem } from './draft';
import { describePlace } from './place';

/**
 * The most UTF-16 characters one Azure Tables string property holds (64 KiB, less headroom for the
 * entity's other properties): longer text must be split across properties or refused by the writer.
 */
export const AZURE_PROPERTY_CHARS = 32_000;

/** The draft fields stored as table properties, with the names the user knows them by. */
const FIELDS: Array<[keyof ActionDraft, string]> = [
  ['text', 'action text'], ['update', 'update'], ['timing', 'timing'], ['lead', 'lead'], ['strand', 'strand'],
  ['item', 'paper'], ['section', 'section'], ['originalTiming', 'original timing'],
];

/** A warning for each field longer than one Azure Tables property, naming the row, the field and the limit. */
export function longTextWarnings(drafts: ActionDraft[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const draft of drafts) {
    for (const [field, name] of FIELDS) {
      const value = draft[field];
      if (typeof value !== 'string' || value.length <= AZURE_PROPERTY_CHARS) continue;
      problems.push({
        place: draft.place, field, severity: 'warning',
        message: `${describePlace(draft.place)}: the ${name} of action ${draft.ref ?? draft.number} is ${value.length.toLocaleString('en-GB')} characters, more than the ${AZURE_PROPERTY_CHARS.toLocaleString('en-GB')} characters one Azure Tables field holds (expected shorter text; it is kept whole only if the register splits it across fields).`,
      });
    }
  }
  return problems;
}
