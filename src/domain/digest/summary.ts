import type { RagCounts } from './rag-counts';

/**
 * The DCDG's opening sentence(s), in its words:
 * "Of the 23 actions, all have been progressed: 13 are complete (dark green) …".
 *
 * Wording choices:
 * - one action reads "Of the 1 action, 1 has been progressed" (not "all have"), or "none has";
 * - when nothing has been progressed the RAG counts (all zero) are left out and the line ends with a full stop;
 * - complete and on-track counts are always given, even when 0; amber and red are given together
 *   ("1 is amber", "0 are red") unless both are 0, when "There are no actions that are amber or red";
 * - actions awaiting an update are not progressed; `summaryLines` adds "N are awaiting an update" last;
 * - complete actions proposed for closure still count as complete, marked as awaiting the board:
 *   "3 are complete (dark green; 1 proposed for closure, awaiting the board)".
 */

const EMPTY = 'There are no actions in the register yet.';
const NO_AMBER_OR_RED = 'There are no actions that are amber or red';

function are(n: number, rest: string): string {
  return `${n} ${n === 1 ? 'is' : 'are'} ${rest}`;
}

function opening(c: RagCounts): string {
  const nouns = c.total === 1 ? '1 action' : `${c.total} actions`;
  const has = (who: string, single: boolean): string => `${who} ${single ? 'has' : 'have'} been progressed`;
  if (c.progressed === 0) return `Of the ${nouns}, ${has('none', c.total === 1)}`;
  if (c.progressed === c.total && c.total > 1) return `Of the ${nouns}, ${has('all', false)}`;
  return `Of the ${nouns}, ${has(String(c.progressed), c.progressed === 1)}`;
}

function ragPhrases(c: RagCounts): string[] {
  const awaitingBoard = c.proposedForClosure ? `; ${c.proposedForClosure} proposed for closure, awaiting the board` : '';
  const phrases = [are(c.complete, `complete (dark green${awaitingBoard})`), are(c.onTrack, 'in progress and on track (pale green)')];
  if (c.amber + c.red > 0) phrases.push(are(c.amber, 'amber'), are(c.red, 'red'));
  return phrases;
}

/** The first line, then one line per bullet (without bullet marks: the caller renders them). */
export function summaryLines(counts: RagCounts): string[] {
  if (counts.total === 0) return [EMPTY];
  const lines: string[] = [];
  if (counts.progressed === 0) {
    lines.push(`${opening(counts)}.`);
  } else {
    lines.push(`${opening(counts)}:`, ...ragPhrases(counts));
    if (counts.amber + counts.red === 0) lines.push(NO_AMBER_OR_RED);
  }
  if (counts.awaitingUpdate > 0) lines.push(are(counts.awaitingUpdate, 'awaiting an update'));
  return lines;
}

function joinWithAnd(phrases: string[]): string {
  if (phrases.length <= 1) return phrases.join('');
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
}

/** The same as one paragraph; awaiting-update actions are not mentioned (see `summaryLines`). */
export function summarySentence(counts: RagCounts): string {
  if (counts.total === 0) return EMPTY;
  if (counts.progressed === 0) return `${opening(counts)}.`;
  const sentence = `${opening(counts)}: ${joinWithAnd(ragPhrases(counts))}.`;
  return counts.amber + counts.red === 0 ? `${sentence} ${NO_AMBER_OR_RED}.` : sentence;
}
