import { readBracketOwners, unbracketed } from './bracket-owner';
import { ActionDraft, ImportProblem, Suggestion } from './draft';
import { isRole, leadBeforeDash, leadWords } from './find-lead';
import { labelSide } from './label-side';
import { ownerAndTiming } from './label-timing';
import { leadBesideTask } from './lead-beside-task';
import { NearParagraph, nextFilledLine, paragraphAbove } from './paragraph-near';
import { quoteCell } from './place';
import { splitSentences } from './split-sentences';

/**
 * Minutes that mark actions without numbers:
 * - "ACTION: Councillor Rowe" on its own line after a paragraph: the paragraph's agreed sentence is the action;
 *   under a heading ("3. Finance") with the paragraph below it instead, the paragraph below's agreed sentence;
 * - "Action: Treasurer to circulate … by the end of April", "ACTION - Clerk to …", "Action – JB (Safeguarding
 *   Governor) to check …" (bold markers are gone, dashes read as '-'): the lead is the words before "to"
 *   (without a role in brackets), the action the whole line; "ACTION: Clerk – circulate …": the lead before
 *   the dash, the action the task after it; "ACTION: Renew the insurance (Treasurer) - June": `leadBesideTask`;
 * - "(Action: Clerk)" closing a sentence: `readBracketOwners`;
 * - the same after a sentence in a paragraph ("The Board approved the strategy. ACTION: EM to confirm …"):
 *   the action is the sentence after the label;
 * - "… The Chair agreed to write to the Minister. ACTION: Chair" at the end of a paragraph's line: its agreed sentence.
 * "Action 3: …" lines (numbered) are read by `readInlineActions`.
 */
const SEPARATOR = String.raw`\s*(?:by)?\s*(?::|-(?=\s)|(?<=\s)-)\s*`;
/** "Action:", "Action point:", "AP:" (an action point). */
const OWNER_LINE = new RegExp(String.raw`^(?:[-*+•]\s+)?(?:actions?(?:\s+points?)?|AP)${SEPARATOR}(\S.*)$`, 'i');
/** The label as written in a paragraph: capitalised ("ACTION", "Action point", "AP"). */
const LABEL_WORD = String.raw`(?:(?:ACTION|Action)S?(?:\s+(?:POINTS?|[Pp]oints?))?|AP)`;
/** "… County Highways. ACTION CLERK": the label and its owner in capitals, without a colon, closing the line. */
const CAPS_LABEL = String.raw`ACTION\s+[A-Z][A-Z/&]+(?:\s+[A-Z][A-Z/&]+){0,3}\s*$`;
/** A label after a sentence's end, in the same line: capitalised, so prose that says "action" is not one. */
const LABEL_IN_LINE = new RegExp(String.raw`(?<=[.!?)]["')\]]?)\s+(?=${LABEL_WORD}${SEPARATOR}\S|${CAPS_LABEL})`);
const LABEL = new RegExp(String.raw`^(?:${LABEL_WORD}${SEPARATOR}|ACTION\s+(?=[A-Z]{2}))`);
/** "Treasurer to circulate …", "JB (Safeguarding Governor) to check …": up to six words before "to", the first capitalised. */
const LEAD_TO = /^([A-Z][\w&/.'’-]*(?:\s+(?!to\b)[\w&/.'’-]+){0,5})(?:\s*\([^()]{1,40}\))?\s+to\s+\S/;
/**
 * An owner starts with a capital ("Chair", "DP", "Councillor Rowe") or "all/each/every/both" ("all trustees"):
 * "review the policy in the spring" is an action without a lead, not an owner.
 */
const OWNER_START = String.raw`(?=[A-Z]|(?:all|each|every|both)\s)`;
/** "Action: none", "Action: noted": nothing to do. */
const NOTHING = /^(?:none|n\/a|nil|noted)\b/i;
/** An owner alone: a few words, no sentence; a role in brackets is dropped. */
const OWNER_ONLY = new RegExp(String.raw`^${OWNER_START}([A-Za-z][\w&/.,'’ -]{0,58}?)(?:\s*\([^()]{1,40}\))?[.;]?$`);
/** The owner closing a paragraph's line ("… by March. ACTION: Chair"). */
const TRAILING_OWNER = new RegExp(String.raw`^${OWNER_START}([A-Za-z][\w&/,'’ -]{0,40}?)\.?$`);

export interface OwnerActions {
  drafts: ActionDraft[];
  problems: ImportProblem[];
  /** An ACTION line whose action could not be told for sure: offered, not imported. */
  suggestions: Suggestion[];
  /** 0-based indexes of the action lines and of the paragraphs they take their text from. */
  actionLines: Set<number>;
  firstLine: number | null;
}

/** Reads the "ACTION: owner" and "Action: owner to …" lines of minutes (lines in `skip` are someone else's). */
export function readOwnerActions(raw: string[], skip: Set<number>): OwnerActions {
  const lines = raw.map(withoutEmphasis);
  const result: OwnerActions = { drafts: [], problems: [], suggestions: [], actionLines: new Set(), firstLine: null };
  const stops = (k: number): boolean => skip.has(k) || result.actionLines.has(k) || OWNER_LINE.test(unbracketed(lines[k]!.trim()));
  const draft = (i: number, text: string, lead: string, timing = ''): void => {
    result.drafts.push({ number: 0, ref: '', text, timing, lead, place: { line: i + 1 } });
  };
  for (let i = 0; i < lines.length; i += 1) {
    if (skip.has(i) || result.actionLines.has(i)) continue;
    const m = OWNER_LINE.exec(unbracketed(lines[i]!.trim()));
    const read = m ? readOwnerLine(lines, i, m[1]!.trim(), result, stops, draft) : readBrackets(lines, i, result, stops) || readLabelsInLine(lines, i, result, stops, draft);
    if (!read) continue;
    result.firstLine ??= i;
    result.actionLines.add(i);
  }
  return result;
}

type Draft = (i: number, text: string, lead: string, timing?: string) => void;

/** "*Action – Treasurer, mid-April*", "_ACTION: Clerk_": emphasis around a label is layout (bold is already gone). */
function withoutEmphasis(line: string): string {
  return line.replace(/(^|\s)[*_]{1,3}((?:ACTION|Action|AP)\b[^*_]*?)[*_]{1,3}(?=\s|$)/g, '$1$2');
}

/** An ACTION line of its own; false when it is not one (a numbered "Action 3:" line, "Action: none"). */
function readOwnerLine(lines: string[], i: number, rest: string, result: OwnerActions, stops: (k: number) => boolean, draft: Draft): boolean {
  if (/^\d/.test(rest)) return false;
  const place = { line: i + 1 };
  const lead = LEAD_TO.exec(rest);
  if (lead) {
    draft(i, rest, lead[1]!);
    return true;
  }
  if (NOTHING.test(rest)) return false;
  const beside = leadBesideTask(rest);
  if (beside) {
    result.drafts.push({ number: 0, ref: '', text: beside.task, timing: beside.timing, lead: beside.lead, place });
    return true;
  }
  // "Director of Performance – 31 March", "CFO - by 28th February 2025", "Director of Operations (July)": the timing is the action's.
  const timed = ownerAndTiming(rest);
  if (timed.timing && OWNER_ONLY.test(timed.owner) && leadWords(timed.owner.replace(/\s*\([^()]*\)$/, ''))) {
    readAloneOwner(lines, i, OWNER_ONLY.exec(timed.owner)![1]!.trim(), result, stops, draft, timed.timing);
    return true;
  }
  const dashed = leadBeforeDash(rest);
  if (dashed) {
    draft(i, dashed.task, dashed.lead);
    return true;
  }
  const owner = OWNER_ONLY.exec(rest);
  if (!owner) {
    result.problems.push({ place, field: 'lead', message: `Line ${place.line}: ${quoteCell(lines[i]!.trim())} does not say who leads the action (expected a name before "to", as in "Action: Clerk to write to the auditors", or the lead alone on the line under the paragraph agreed).` });
    return true;
  }
  readAloneOwner(lines, i, owner[1]!.trim(), result, stops, draft);
  return true;
}

/** "ACTION: <owner>" alone on its line: the paragraph `labelSide` gives is the action; when unsure, both are offered. */
function readAloneOwner(lines: string[], i: number, name: string, result: OwnerActions, stops: (k: number) => boolean, draft: Draft, timing = ''): void {
  const place = { line: i + 1 };
  const read = labelSide(lines, i, stops, (p) => hasOwnLine(lines, p));
  if (!read) {
    result.problems.push({ place, field: 'action', message: `Line ${place.line}: "ACTION: ${name}" names a lead but no paragraph above it says what was agreed (expected the decision in the paragraph just above the ACTION line).` });
    return;
  }
  const offer = (p: NearParagraph): void => void result.suggestions.push({ text: p.sentence, lead: name, place: { line: p.lines[0]! + 1 } });
  if (read.side === 'unsure') {
    [read.above, read.below].forEach((p) => { p.lines.forEach((k) => result.actionLines.add(k)); offer(p); });
    result.problems.push({ place, field: 'action', severity: 'warning', message: `Line ${place.line}: "ACTION: ${name}" stands between two paragraphs and either could be its action, so both are offered as suggestions, not imported (expected the label directly under the paragraph agreed, or directly above it under the item's heading).` });
    return;
  }
  read.paragraph.lines.forEach((k) => result.actionLines.add(k));
  if (read.side === 'carried') draft(i, `${name} ${read.text}`, name, timing);
  // A paragraph that says nothing agreed (under a heading, or against a paragraph that does) is offered, not imported.
  else if (read.sure) draft(i, read.paragraph.sentence, name, timing);
  else offer(read.paragraph);
}

/** "… agreed. (Action: Clerk)": owners in brackets after a sentence (`readBracketOwners`); false when there are none. */
function readBrackets(lines: string[], i: number, result: OwnerActions, stops: (k: number) => boolean): boolean {
  const read = readBracketOwners(lines, i, stops);
  if (!read) return false;
  result.drafts.push(...read.drafts);
  result.problems.push(...read.problems);
  read.lines.forEach((k) => result.actionLines.add(k));
  return true;
}

/** "CLERK" → "Clerk": a role written in capitals reads as the role; initials and acronyms ("ACFO") stay. */
function roleCase(owner: string): string {
  return owner === owner.toUpperCase() && isRole(owner) ? owner.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : owner;
}

/** True when an "ACTION: owner" line stands under the paragraph: the paragraph is that line's action. */
function hasOwnLine(lines: string[], paragraph: NearParagraph): boolean {
  const next = nextFilledLine(lines, paragraph.lines[paragraph.lines.length - 1]!);
  const m = next === null ? null : OWNER_LINE.exec(unbracketed(lines[next]!.trim()));
  return !!m && !LEAD_TO.test(m[1]!) && OWNER_ONLY.test(m[1]!);
}

/**
 * Labels after a sentence in a line: "… strategy. ACTION: EM to confirm … by mid-November." (the sentence
 * after the label) or "… by March. ACTION: Chair" (the paragraph's agreed sentence). False when there are none.
 */
function readLabelsInLine(lines: string[], i: number, result: OwnerActions, stops: (k: number) => boolean, draft: Draft): boolean {
  const parts = lines[i]!.trim().split(LABEL_IN_LINE);
  if (parts.length < 2) return false;
  let read = false;
  parts.slice(1).forEach((part, n) => {
    const rest = part.replace(LABEL, '').trim();
    if (/^\d/.test(rest) || NOTHING.test(rest)) return;
    read = true;
    const lead = LEAD_TO.exec(rest);
    const timed = ownerAndTiming(rest);
    const dashed = lead || timed.timing ? null : leadBeforeDash(rest);
    const trailing = n === parts.length - 2 && !dashed ? TRAILING_OWNER.exec(timed.owner) : null;
    if (lead) {
      draft(i, splitSentences({ text: rest, starts: [[0, i]] })[0]!.text, lead[1]!);
    } else if (dashed) {
      draft(i, splitSentences({ text: dashed.task, starts: [[0, i]] })[0]!.text, dashed.lead);
    } else if (trailing) {
      const prose = parts.slice(0, n + 1).join(' ');
      const paragraph = paragraphAbove([...lines.slice(0, i), prose, ''], i + 1, stops);
      if (!paragraph) return;
      paragraph.lines.forEach((k) => result.actionLines.add(k));
      draft(i, paragraph.sentence, roleCase(trailing[1]!.trim()), timed.timing);
    } else {
      result.problems.push({ place: { line: i + 1 }, field: 'lead', message: `Line ${i + 1}: ${quoteCell(part)} does not say who leads the action (expected a name before "to", as in "ACTION: RM to confirm the figures", or the lead alone at the end of the paragraph).` });
    }
  });
  return read;
}
