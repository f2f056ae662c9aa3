import { Piece, appendLine, splitSentences } from './split-sentences';

/** Sentences that carry a decision; the last of them in a paragraph is its action. */
const AGREED = /\b(?:agreed|to be|will|would|undertook|asked|requested|should|to (?:write|provide|circulate|report|share|bring|arrange))\b/i;
/** A heading or a numbered item title in capitals ("181. WORK PROGRAMME") ends a paragraph. */
const HEADING = /^\s*(?:#|\d+\.\s+[A-Z0-9 &,'-]+$)/;
/** A title: "3. Finance", "Any other business" — a few words, no sentence's end. */
const TITLE = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?[^.!?;:]{1,60}$/;
/** A sub-item inside an item: "(i) The pothole …", "(ii) …", "(a) RESOLVED …": each is its own paragraph. */
const SUB_ITEM = /^\s*\((?:[ivx]{1,5}|[a-z])\)\s+/;
/** An item number before a title ("46. Community Safety Partnership Annual Report"). */
const ITEM_NUMBER = /^\s*\d+(?:\.\d+)*\.?\s+\S/;

/** The paragraph an ACTION line takes its action from, and its agreed sentence (or its last, when none is). */
export interface NearParagraph {
  sentence: string;
  /** True when the sentence says something was agreed (or will be done); false when it is only the last one. */
  agreed: boolean;
  /** 0-based lines of the paragraph. */
  lines: number[];
}

/** A decision as minutes record one: "RESOLVED to approve …", "It was decided that …", "The precept was approved." */
const DECIDED = /\b(?:resolved|decided|approved|agreed)\b/i;

/** True when a sentence records a decision (see `DECIDED`); "found to be worn" says "to be" but decides nothing. */
export function saysDecided(sentence: string): boolean {
  return DECIDED.test(sentence);
}

/** True when a sentence says something was agreed or will be done ("It was agreed that …", "The Clerk will …"). */
export function saysAgreed(sentence: string): boolean {
  return AGREED.test(sentence);
}

/** A markdown heading, a numbered title in capitals, or a short title line such as "3. Finance". */
export function isHeadingLine(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  if (HEADING.test(line)) return true;
  return TITLE.test(text) && text.split(/\s+/).length <= 8 && !AGREED.test(text);
}

/** A heading, or an item's numbered title ("46. Community Safety Partnership Annual Report"): either ends a paragraph. */
function endsParagraph(line: string): boolean {
  return HEADING.test(line) || (ITEM_NUMBER.test(line) && isHeadingLine(line));
}

/**
 * The paragraph just above line `i` (blank lines between allowed), stopping at a heading, an item's numbered
 * title or a line `stops` says ends it. Null when there is none, or when the line nearest above is a title
 * ("3. Finance"): a heading is never an action, and a label under one belongs to what follows it.
 */
export function paragraphAbove(lines: string[], i: number, stops: (k: number) => boolean): NearParagraph | null {
  let k = i - 1;
  while (k >= 0 && !lines[k]!.trim()) k -= 1;
  if (k >= 0 && !stops(k) && isHeadingLine(lines[k]!)) return null;
  const taken: number[] = [];
  for (; k >= 0 && lines[k]!.trim() && !endsParagraph(lines[k]!) && !stops(k); k -= 1) {
    taken.unshift(k);
    if (SUB_ITEM.test(lines[k]!)) break;
  }
  return chooseSentence(lines, taken);
}

/**
 * The paragraph just below line `i` (blank lines between allowed), up to a blank line, a heading, an item's
 * numbered title or a line `stops` says ends it. Null when there is none, or when the next line is a title
 * (the next item's heading, as Word's bold titles arrive without a "#").
 */
export function paragraphBelow(lines: string[], i: number, stops: (k: number) => boolean): NearParagraph | null {
  let k = i + 1;
  while (k < lines.length && !lines[k]!.trim()) k += 1;
  if (k < lines.length && !stops(k) && isHeadingLine(lines[k]!)) return null;
  const taken: number[] = [];
  for (; k < lines.length && lines[k]!.trim() && !endsParagraph(lines[k]!) && !stops(k) && !(taken.length && SUB_ITEM.test(lines[k]!)); k += 1) taken.push(k);
  return chooseSentence(lines, taken);
}

/** The first sentence of a paragraph found by `paragraphAbove` or `paragraphBelow`. */
export function firstSentence(lines: string[], paragraph: NearParagraph): string {
  let piece: Piece | null = null;
  for (const n of paragraph.lines) piece = appendLine(piece, lines[n]!.trim(), n);
  return splitSentences(piece!)[0]?.text ?? paragraph.sentence;
}

/** The first non-blank line after `line`, or null at the end. */
export function nextFilledLine(lines: string[], line: number): number | null {
  for (let k = line + 1; k < lines.length; k += 1) if (lines[k]!.trim()) return k;
  return null;
}

function chooseSentence(lines: string[], taken: number[]): NearParagraph | null {
  if (taken.length === 0) return null;
  let piece: Piece | null = null;
  for (const n of taken) piece = appendLine(piece, lines[n]!.trim().replace(SUB_ITEM, ''), n);
  const sentences = splitSentences(piece!);
  const agreed = sentences.filter((s) => AGREED.test(s.text));
  const chosen = agreed[agreed.length - 1] ?? sentences[sentences.length - 1];
  return chosen ? { sentence: chosen.text, agreed: agreed.length > 0, lines: taken } : null;
}
