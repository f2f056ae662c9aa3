import type { Action } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { ImportProblem } from '../../import/draft';
import { normaliseLead } from '../../domain/lead';
import { wordOverlap } from '../../domain/word-overlap';

/** One draft filed under its meeting: `meeting` is `meetingKey` of the board's code and the meeting's date. */
export interface FiledDraft {
  meeting: string;
  ref: string;
  /** The draft's own number: the board's whole-number reference, or its position in the document. */
  number: number;
  /** The document gave no reference (`ref` is the position): matched by its text first. */
  byPosition?: boolean;
  text?: string;
  lead?: string;
}

/** Which action of the register a draft is: `before` when it is already there, and the number it is kept under. */
export interface RegisterMatch {
  number: number;
  before?: Action;
}

/** An action's words however they are cased, spaced or end: how minutes without references name an action again. */
function sameTextKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The action of the draft's meeting with the draft's lead whose text shares most of its words (60% or more), if any. */
function reworded(d: FiledDraft & { text: string }, open: readonly Action[]): Action | undefined {
  let best: { action: Action; share: number } | undefined;
  for (const a of open) {
    if (`${a.boardCode}_${a.meetingDate}` !== d.meeting || !d.lead || normaliseLead(a.lead) !== normaliseLead(d.lead)) continue;
    const { share, words } = wordOverlap(a.text, d.text);
    if (words >= 3 && share >= 0.6 && (!best || share > best.share)) best = { action: a, share };
  }
  return best?.action;
}

/** "BoD/24/062", "bod/24/062 ", "BoD / 24 / 062": one reference however it is spaced or cased. */
export function sameRefKey(ref: string): string {
  return ref.toLowerCase().replace(/\s+/g, '');
}

/**
 * Matches each draft to the register's action of the same meeting with the same reference (the board's
 * "BoD/24/062"), never by position alone: a tracker re-imported with its rows reordered, one row removed or
 * one added corrects each action it names and no other. Minutes with no references (`byPosition`) are matched
 * by the action's words first, then by its lead and most of its words, then by position among the actions left, so an action added above others does
 * not shift every later one onto its neighbour's record. A draft matched to nothing is new; it keeps its own
 * number when no action of the meeting (in the register or in this import) has it, otherwise it takes the
 * meeting's next free number. `existing` holds the register's actions of every meeting the drafts are filed
 * under. Returns one match per draft, in the drafts' order; null where the draft is null (a row that is not
 * filed). Pure.
 */
export function matchRegister(drafts: Array<FiledDraft | null>, existing: readonly Action[]): Array<RegisterMatch | null> {
  const byRef = new Map<string, Action>();
  const byText = new Map<string, Action>();
  const taken = new Map<string, Set<number>>();
  const numbers = (meeting: string): Set<number> => taken.get(meeting) ?? taken.set(meeting, new Set()).get(meeting)!;
  for (const a of existing) {
    const meeting = `${a.boardCode}_${a.meetingDate}`;
    byRef.set(`${meeting}#${sameRefKey(a.ref || String(a.number))}`, a);
    byText.set(`${meeting}#${sameTextKey(a.text)}`, a);
    numbers(meeting).add(a.number);
  }
  const claimed = new Set<Action>();
  const claim = (a: Action | undefined): RegisterMatch | null => {
    if (!a || claimed.has(a)) return null;
    claimed.add(a);
    return { number: a.number, before: a };
  };
  const matches: Array<RegisterMatch | null> = drafts.map((d) => (d?.byPosition && d.text ? claim(byText.get(`${d.meeting}#${sameTextKey(d.text)}`)) : null));
  // Then a reworded one: the same lead, most of the words ("by the end of the month" corrected to "by 15 April").
  drafts.forEach((d, i) => {
    if (d?.byPosition && d.text && !matches[i]) matches[i] = claim(reworded(d as FiledDraft & { text: string }, existing.filter((a) => !claimed.has(a))));
  });
  drafts.forEach((d, i) => {
    if (d && !matches[i]) matches[i] = claim(byRef.get(`${d.meeting}#${sameRefKey(d.ref)}`));
  });
  // New drafts last, so a matched action's number is never handed to a new one.
  return drafts.map((d, i) => {
    if (!d || matches[i]) return matches[i] ?? null;
    const used = numbers(d.meeting);
    const number = used.has(d.number) ? Math.max(0, ...used) + 1 : d.number;
    used.add(number);
    return { number };
  });
}

/**
 * The register's open actions of the meetings a re-import covers that the document no longer lists (none
 * matched them): left as they are, and named in one warning so a row deleted from the tracker (done, or
 * dropped) is seen. A closed action may leave a tracker without a word. Empty when every one is listed.
 */
export function missingFromDocument(existing: readonly Action[], matches: ReadonlyArray<RegisterMatch | null>): ImportProblem[] {
  const matched = new Set(matches.map((m) => m?.before).filter((a): a is Action => !!a));
  const missing = existing.filter((a) => !matched.has(a) && a.status !== 'complete');
  if (!missing.length) return [];
  const one = missing.length === 1;
  const named = missing.slice(0, 5).map((a) => actionReference(a)).join(', ') + (missing.length > 5 ? ` and ${missing.length - 5} more` : '');
  return [{
    place: {}, field: 'action', severity: 'warning',
    message: `${one ? 'An open action of these meetings is' : `${missing.length} open actions of these meetings are`} in the register but not in this document, and ${one ? 'is' : 'are'} left as ${one ? 'it is' : 'they are'}: ${named}. `
      + `If ${one ? 'it is' : 'they are'} done or dropped, record it (chaser update REF --status complete, or "REF complete" in chat).`,
  }];
}
