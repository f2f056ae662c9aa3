import { NearParagraph, firstSentence, paragraphAbove, paragraphBelow } from './paragraph-near';

/** "To circulate the map …", "to write to …": the task carried on from the owner on the label's line. */
const CARRIED_ON = /^to\s+[a-z]/i;

/** Which paragraph an "ACTION: <owner>" line standing alone takes its action from. */
export type LabelSide =
  /** The paragraph above or below; `sure` false when it says nothing agreed, so it is only offered. */
  | { side: 'above' | 'below'; paragraph: NearParagraph; sure: boolean }
  /** "ACTION: Inspector Jones" then "To circulate the map …": the owner's own task, written on. */
  | { side: 'carried'; text: string; paragraph: NearParagraph }
  /** Both paragraphs could be the action and nothing tells them apart. */
  | { side: 'unsure'; above: NearParagraph; below: NearParagraph };

/**
 * The paragraph an "ACTION: <owner>" line standing alone belongs to (null when there is none). Shapes, from
 * councils', trusts' and charities' minutes (txt, md, and Word's paragraphs, each followed by a blank line):
 * - the paragraph below starts "To <verb> …": the label's task carried on ("Inspector Jones to circulate …");
 * - only one side has a paragraph (a heading or an item's numbered title, the start or end of the
 *   document, or another label's paragraph on the other side): that one;
 * - both have one: the side the label is written against (no blank line between, a blank line on the
 *   other side), else the one side whose paragraph says what was agreed ("agreed", "resolved … to",
 *   "will", "to provide"). When the two disagree, or neither tells, the line is `unsure`: never a guess.
 * `claimed` says a paragraph below is another label's (an owner line stands under it).
 */
export function labelSide(lines: string[], i: number, stops: (k: number) => boolean, claimed: (p: NearParagraph) => boolean): LabelSide | null {
  const above = paragraphAbove(lines, i, stops);
  const next = paragraphBelow(lines, i, stops);
  if (next && CARRIED_ON.test(lines[next.lines[0]!]!.trim())) {
    const task = firstSentence(lines, next).replace(/^to\b/i, 'to');
    return { side: 'carried', text: task, paragraph: next };
  }
  const below = next && !claimed(next) ? next : null;
  if (!above) return below ? { side: 'below', paragraph: below, sure: below.agreed } : null;
  if (!below) return { side: 'above', paragraph: above, sure: true };
  const layout = writtenAgainst(i, above, below);
  if (layout) {
    const [chosen, other] = layout === 'above' ? [above, below] : [below, above];
    if (chosen.agreed || !other.agreed) return { side: layout, paragraph: chosen, sure: chosen.agreed || layout === 'above' };
    return { side: 'unsure', above, below };
  }
  if (above.agreed !== below.agreed) return above.agreed ? { side: 'above', paragraph: above, sure: true } : { side: 'below', paragraph: below, sure: true };
  return { side: 'unsure', above, below };
}

/** The side a label is written against: no blank line between it and that paragraph, one on the other side. */
function writtenAgainst(i: number, above: NearParagraph, below: NearParagraph): 'above' | 'below' | null {
  const gapAbove = i - above.lines[above.lines.length - 1]! - 1;
  const gapBelow = below.lines[0]! - i - 1;
  if (gapAbove === 0 && gapBelow > 0) return 'above';
  if (gapBelow === 0 && gapAbove > 0) return 'below';
  return null;
}
