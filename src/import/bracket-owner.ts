import { ActionDraft, ImportProblem } from './draft';
import { leadBeforeTo } from './find-lead';
import { closingDeadline, ownerAndTiming } from './label-timing';
import { isHeadingLine, saysAgreed, saysDecided } from './paragraph-near';
import { quoteCell } from './place';
import { Piece, appendLine, splitSentences } from './split-sentences';

/** "(Action: Clerk)", "(ACTION - Treasurer)", "[Action: JB]", "(Action point: DoP)": a label in brackets naming who leads. */
const BRACKET = /[([]\s*actions?(?:\s+points?)?\s*(?::|-)\s*([^()[\]]{1,60}?)\s*[)\]]/gi;
/** The label alone on its line, in brackets: read as the ACTION line it is ("(Action: Clerk)" → "Action: Clerk"). */
const WHOLE = /^[([]\s*(actions?(?:\s+points?)?\s*(?::|-)\s*[^()[\]]{1,60}?)\s*[)\]]\.?$/i;
/** An owner: a few words starting with a capital or "all/each" ("Clerk", "SH/PB", "All trustees"); "none" is nothing to do. */
const OWNER = /^(?=[A-Z]|(?:all|each|every|both)\s)[A-Za-z][\w&/.,'’ -]{0,58}$/;
const NOTHING = /^(?:none|n\/a|nil|noted)\b/i;
const SENTENCE_END = /[.!?]["')\]]?$/;

export interface BracketOwners {
  drafts: ActionDraft[];
  problems: ImportProblem[];
  /** 0-based lines the actions were read from (the label's line and the paragraph lines above it on). */
  lines: number[];
}

/** "(Action: Clerk)" alone on a line, as the plain label it stands for; any other line unchanged. */
export function unbracketed(line: string): string {
  return WHOLE.exec(line)?.[1] ?? line;
}

/**
 * Owners in brackets closing a sentence or a paragraph: "It was resolved to accept the quote. (Action: Clerk)",
 * "… by end of Q4 2024/25 (Action: DoP).". Inside a sentence, that whole sentence (the words after the label too) is the action; after a sentence's
 * end, that last sentence when it is itself an action ("Clerk to update …", "It was agreed …"), else the paragraph's last
 * resolution ("resolved", "agreed", "decided"), else its last agreed sentence, else its last. The lead is the bracket's owner
 * (a timing after it, "(Action: DoF – June)", is the action's timing, as is a "by <when>" closing the sentence);
 * "(Action: Clerk to write …)" is read as that action. Null when the line has no such label.
 */
export function readBracketOwners(lines: string[], i: number, stops: (k: number) => boolean): BracketOwners | null {
  const line = lines[i]!.trim();
  const labels = [...line.matchAll(BRACKET)];
  if (!labels.length) return null;
  const result: BracketOwners = { drafts: [], problems: [], lines: [i] };
  const above = linesAbove(lines, i, stops);
  let from = 0;
  labels.forEach((m, n) => {
    const { owner, timing } = ownerAndTiming(m[1]!);
    const before = line.slice(from, m.index).trim();
    from = m.index! + m[0].length;
    // "… replacing the swings [Action: Clerk] by the July meeting.": the sentence goes on after the label.
    const after = SENTENCE_END.test(before) ? '' : restOfSentence(line.slice(from), labels[n + 1]?.index === undefined ? undefined : labels[n + 1]!.index! - from);
    from += after.length;
    if (NOTHING.test(owner)) return;
    const place = { line: i + 1 };
    const led = leadBeforeTo(owner);
    if (led) return void result.drafts.push(draft(i, owner, led));
    const chosen = chooseSentence(lines, n === 0 ? above : [], before, i);
    const sentence = chosen && after.trim() ? `${chosen} ${after.trim()}` : chosen;
    if (!OWNER.test(owner) || !sentence) {
      result.problems.push({ place, field: 'lead', message: `Line ${place.line}: ${quoteCell(m[0])} does not say clearly who leads which action (expected a name, as in "(Action: Clerk)", closing the sentence agreed).` });
      return;
    }
    if (n === 0) result.lines.push(...above);
    // "… by the end of Q1 2025/26 (Action: Treasurer)": the deadline closing the sentence is the action's timing.
    result.drafts.push({ ...draft(i, sentence, owner), timing: timing || closingDeadline(sentence) });
  });
  return result;
}

function draft(i: number, text: string, lead: string): ActionDraft {
  return { number: 0, ref: '', text, timing: '', lead, place: { line: i + 1 } };
}

/**
 * The words after a label inside a sentence, up to that sentence's end (or the next label at `limit`):
 * "] by the July meeting. Next …" → " by the July meeting."; '' when a new sentence starts right after it.
 */
function restOfSentence(text: string, limit?: number): string {
  const part = text.slice(0, limit);
  if (!/^\s*[a-z(,;]/.test(part)) return '';
  const end = /[.!?](?=["')\]]?(?:\s|$))/.exec(part);
  return end ? part.slice(0, end.index + 1) : part;
}

/** The lines of the same paragraph above line `i` (no blank line, heading or other action between). */
function linesAbove(lines: string[], i: number, stops: (k: number) => boolean): number[] {
  const taken: number[] = [];
  for (let k = i - 1; k >= 0 && lines[k]!.trim() && !stops(k) && !isHeadingLine(lines[k]!); k -= 1) taken.unshift(k);
  return taken;
}

/** The sentence the label closes (inside a sentence), or the agreed one of the prose before it. */
function chooseSentence(lines: string[], above: number[], before: string, i: number): string | null {
  let piece: Piece | null = null;
  for (const k of above) piece = appendLine(piece, lines[k]!.trim(), k);
  if (before) piece = appendLine(piece, before, i);
  if (!piece) return null;
  const sentences = splitSentences(piece).map((s) => s.text);
  if (!sentences.length) return null;
  const last = sentences[sentences.length - 1]!;
  if (!SENTENCE_END.test(before)) return last;
  // "… approved the Pay Policy. Clerk to update the register by 31/01/25. (Action: Clerk)": the sentence the label closes.
  if (leadBeforeTo(last) || saysDecided(last) || saysAgreed(last)) return last;
  const resolved = sentences.filter((s) => saysDecided(s));
  const agreed = resolved.length ? resolved : sentences.filter(saysAgreed);
  return agreed[agreed.length - 1] ?? last;
}
