import { ActionDraft, ImportProblem } from './draft';
import { Piece, appendLine, splitSentences } from './split-sentences';

/**
 * Minutes that mark actions without numbers:
 * - "ACTION: Councillor Rowe" on its own line after a paragraph: the paragraph's agreed sentence is the action;
 * - "Action: Treasurer to circulate … by the end of April" / "ACTION: RM to chase …" (bold markers are gone
 *   by now): the lead is the words before "to", the action the whole line.
 * - "… The Chair agreed to write to the Minister. ACTION: Chair" at the end of a paragraph's line: likewise.
 * "Action 3: …" lines (numbered) are read by `readInlineActions`.
 */
const OWNER_LINE = /^(?:[-*+•]\s+)?action(?:s)?\s*(?:by)?\s*[:-]\s*(\S.*)$/i;
/** "Treasurer to circulate …": up to six words before "to", the first capitalised. */
const LEAD_TO = /^([A-Z][\w&/.'’-]*(?:\s+(?!to\b)[\w&/.'’-]+){0,5})\s+to\s+\S/;
/** An owner alone: a few words, no sentence ("all members" too; "none" is not an owner). */
const OWNER_ONLY = /^(?!(?:none|n\/a|nil|noted)\b)[A-Za-z][\w&/.,'’ -]{0,58}$/i;
/** A paragraph ending in its owner: "… by March. ACTION: Chair" (capitalised, after a sentence's end). */
const TRAILING = /^(.*[.)])\s+(?:ACTION|Action)S?\s*(?:by)?\s*[:-]\s*([A-Za-z][\w&/,'’ -]{0,40}?)\.?$/;
/** Sentences that carry a decision; the last of them in the paragraph is the action. */
const AGREED = /\b(?:agreed|to be|will|would|undertook|asked|requested|should|to (?:write|provide|circulate|report|share|bring|arrange))\b/i;
/** A heading or a numbered item title ("181. WORK PROGRAMME") ends a paragraph. */
const HEADING = /^\s*(?:#|\d+\.\s+[A-Z0-9 &,'-]+$)/;

export interface OwnerActions {
  drafts: ActionDraft[];
  problems: ImportProblem[];
  /** 0-based indexes of the action lines and of the paragraphs they take their text from. */
  actionLines: Set<number>;
  firstLine: number | null;
}

export function readOwnerActions(lines: string[], skip: Set<number>): OwnerActions {
  const result: OwnerActions = { drafts: [], problems: [], actionLines: new Set(), firstLine: null };
  for (let i = 0; i < lines.length; i += 1) {
    if (skip.has(i)) continue;
    const trailing = TRAILING.exec(lines[i]!.trim());
    if (trailing && !OWNER_LINE.test(lines[i]!.trim())) {
      const paragraph = paragraphAbove([...lines.slice(0, i), trailing[1]!, ''], i + 1, skip);
      if (!paragraph) continue;
      result.drafts.push({ number: 0, ref: '', text: paragraph.sentence, timing: '', lead: trailing[2]!.trim(), place: { line: i + 1 } });
      paragraph.lines.forEach((k) => result.actionLines.add(k));
      result.firstLine ??= i;
      continue;
    }
    const m = OWNER_LINE.exec(lines[i]!.trim());
    if (!m || /^\d/.test(m[1]!)) continue;
    const rest = m[1]!.trim();
    const place = { line: i + 1 };
    const lead = LEAD_TO.exec(rest);
    if (lead) {
      result.drafts.push({ number: 0, ref: '', text: rest, timing: '', lead: lead[1]!, place });
    } else if (OWNER_ONLY.test(rest)) {
      const paragraph = paragraphAbove(lines, i, skip);
      if (!paragraph) {
        result.problems.push({ place, field: 'action', message: `Line ${place.line}: "ACTION: ${rest}" names a lead but no paragraph above it says what was agreed (expected the decision in the paragraph just above the ACTION line).` });
        continue;
      }
      paragraph.lines.forEach((k) => result.actionLines.add(k));
      result.drafts.push({ number: 0, ref: '', text: paragraph.sentence, timing: '', lead: rest.replace(/[.;]$/, ''), place });
    } else continue;
    result.firstLine ??= i;
    result.actionLines.add(i);
  }
  return result;
}

/** The paragraph just above line `i` (blank lines between allowed) and its agreed sentence. */
function paragraphAbove(lines: string[], i: number, skip: Set<number>): { sentence: string; lines: number[] } | null {
  let k = i - 1;
  while (k >= 0 && !lines[k]!.trim()) k -= 1;
  const taken: number[] = [];
  for (; k >= 0 && lines[k]!.trim() && !HEADING.test(lines[k]!) && !skip.has(k) && !OWNER_LINE.test(lines[k]!.trim()); k -= 1) taken.unshift(k);
  if (taken.length === 0) return null;
  let piece: Piece | null = null;
  for (const n of taken) piece = appendLine(piece, lines[n]!.trim(), n);
  const sentences = splitSentences(piece!);
  const agreed = sentences.filter((s) => AGREED.test(s.text));
  const chosen = agreed[agreed.length - 1] ?? sentences[sentences.length - 1];
  return chosen ? { sentence: chosen.text, lines: taken } : null;
}
