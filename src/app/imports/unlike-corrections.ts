import type { Action } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { ImportProblem, SourcePlace } from '../../import/draft';
import { describePlace } from '../../import/place';
import { wordOverlap } from '../../domain/word-overlap';

/** Below this share of the shorter text's words in common, two texts are not one action reworded. */
const SAME_ACTION = 0.3;

/**
 * A correction whose new text shares almost no words with the action it corrects (less than 30% of the
 * shorter text's words) is more likely another action given the same reference, such as another
 * organisation's tracker whose board and meeting share this one's name and date, than a rewording. It is
 * still planned as a correction, and the preview warns, naming both texts, so the secretariat can stop.
 * `rows` are the planned corrections: the register's action (`before`), the document's (`after`), where read.
 */
export function unlikeCorrections(rows: ReadonlyArray<{ before: Action; after: Action; place: SourcePlace }>): ImportProblem[] {
  return rows.flatMap(({ before, after, place }) => {
    if (before.text === after.text) return [];
    const { share, words } = wordOverlap(before.text, after.text);
    if (words < 2 || share >= SAME_ACTION) return [];
    return [{
      place, field: 'action', severity: 'warning' as const,
      message: `${describePlace(place)}: ${actionReference(before)} would be corrected from "${clip(before.text)}" to "${clip(after.text)}", which shares almost none of its words. If this is another board's tracker (one named and meeting on the same day as this one), cancel and give its board's full name.`,
    }];
  });
}

function clip(text: string): string {
  return text.length > 70 ? `${text.slice(0, 67)}...` : text;
}
