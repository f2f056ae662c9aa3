import { Suggestion } from './draft';
import { decisionLead } from './decision-label';
import { wordOverlap } from '../domain/word-overlap';
import { leadInSentence } from './find-lead';
import { isHeadingLine } from './paragraph-near';
import { Piece, appendLine, splitSentences } from './split-sentences';

/** What a decision sounds like in minutes. */
const DECISION = [
  /\bit was (?:also |further )?agreed that\b/i,
  /\bagreed to\b/i,
  /\bundert(?:ook|akes|aken) to\b/i,
  /\bwould (?:provide|update|report|share|advise|write|circulate|send|present|confirm|keep|bring|arrange|follow up)\b/i,
  /\b(?:asked|requested) that\b/i,
];

/** A numbered paragraph ("4.3.", "- 1.2.") starts a new paragraph group. */
const NUMBERED = /^\s*(?:[-*•]\s+)?\d+(?:\.\d+)*\.?\s+(?=\S)/;
const BULLET = /^\s*[-*+•·▪]\s+/;
const HEADING = /^\s*#/;
/** "4.3.<tab>The DMPC ...": a tab after a paragraph number is layout, not a table cell. */
const LABEL_TAB = /^(\s*(?:[-*•]\s+)?\d+(?:\.\d+)*\.?)\t+/;

interface Group {
  pieces: Piece[];
  hasAction: boolean;
  /** Leads of the actions on the group's action lines. */
  leads: Set<string>;
}

export interface SuggestionContext {
  /** Lines that are not prose (table rows, action lines); any tab-separated line is skipped too. */
  skip: Set<number>;
  /** Lines holding an "Action N:" line: their paragraph yields no suggestions about the same thing (see `readSuggestions`). */
  actionLines: Set<number>;
  /** The lead of the action read on each 0-based line, to tell a decision about something else from it. */
  actionLeads?: Map<number, string>;
  /** Texts of the actions read, to drop a suggestion that repeats one. */
  actionTexts: string[];
}

/**
 * Finds decisions agreed in prose; they are offered to the secretariat, never imported by themselves. In a
 * paragraph that holds an action, a decision is offered only when it names a lead other than the action's and
 * does not restate an action's text ("It was agreed that the Secretary would arrange a skills audit." above
 * "Action - KB to circulate the revised policy"): a decision naming no lead there is taken to be the action's.
 */
export function readSuggestions(lines: string[], context: SuggestionContext): Suggestion[] {
  const suggestions: Suggestion[] = [];
  for (const group of groupParagraphs(lines, context)) {
    for (const piece of group.pieces) {
      for (const sentence of splitSentences(piece)) {
        if (!DECISION.some((re) => re.test(sentence.text))) continue;
        if (context.actionTexts.some((t) => similar(t, sentence.text))) continue;
        const lead = leadInSentence(sentence.text) ?? leadAfterThat(sentence.text);
        if (group.hasAction && (!lead || group.leads.has(lead))) continue;
        suggestions.push({ text: sentence.text, lead, place: { line: sentence.line + 1 } });
      }
    }
  }
  return suggestions;
}

/** "It was agreed that the Secretary would arrange …" → "Secretary" (`decisionLead` on the words after "that"). */
function leadAfterThat(sentence: string): string | null {
  const m = /\bthat\s+(.*)$/i.exec(sentence);
  return m ? decisionLead(m[1]!, true) : null;
}

/**
 * Paragraph groups: a numbered paragraph runs until the next numbered paragraph or heading (its
 * bullets and "Action N:" lines belong to it); unnumbered prose is grouped by blank lines.
 * Each bullet item and each wrapped paragraph becomes one piece.
 */
function groupParagraphs(lines: string[], context: SuggestionContext): Group[] {
  const groups: Group[] = [];
  let group: Group | null = null;
  let numbered = false;
  let piece: Piece | null = null;
  const closePiece = (): void => {
    if (piece && group) group.pieces.push(piece);
    piece = null;
  };
  const open = (isNumbered: boolean): void => {
    closePiece();
    group = { pieces: [], hasAction: false, leads: new Set() };
    groups.push(group);
    numbered = isNumbered;
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(LABEL_TAB, '$1 ');
    if (context.actionLines.has(i)) {
      if (!group) open(false);
      group!.hasAction = true;
      const lead = context.actionLeads?.get(i);
      if (lead) group!.leads.add(lead);
      closePiece();
      return;
    }
    if (context.skip.has(i) || line.includes('\t') || HEADING.test(line)) return void open(false);
    if (!line.trim()) return void (numbered ? closePiece() : open(false));
    // An item's title on a line of its own ("25/17 Allotments", "Matters arising") heads the prose below it, never part of a decision.
    if (!piece && isHeadingLine(line) && !/[.!?]$/.test(line.trim()) && lines[i + 1]?.trim()) return void open(false);
    if (NUMBERED.test(line)) open(true);
    else if (!group) open(false);
    else if (BULLET.test(line)) closePiece();
    piece = appendLine(piece, line.replace(NUMBERED, '').replace(BULLET, '').trim(), i);
  });
  closePiece();
  return groups;
}

const STOP = new Set(['that', 'this', 'with', 'from', 'have', 'been', 'were', 'would', 'will', 'which', 'their', 'they', 'there', 'about', 'into', 'mopac']);

/** True when most of the shorter text's words are in the other (a sentence that restates an action). */
function similar(a: string, b: string): boolean {
  const { share, words } = wordOverlap(a, b, STOP);
  return words >= 3 && share >= 0.6;
}
