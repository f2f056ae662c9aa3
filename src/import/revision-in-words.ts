import { REVISED_TO_WORDS } from '../domain/timing/revisions';
import { parseDateCell } from './parse-date-cell';

/**
 * "Deadline extended to 31 January 2024", "Item deferred to the March meeting", "Revised due date
 * 15/12/2023", "new date: end of June", "revised from 30 Nov 2025 to 31 January 2026": a revised due date
 * written in words, where trackers often put it instead of a Revised date column. The words after the
 * revision, up to the end of the clause, when they are a date or name a month, a quarter or a next meeting;
 * null otherwise ("extended to 1,000 residents", "deferred to the board").
 */
const REVISED_TO = new RegExp(String.raw`${REVISED_TO_WORDS}\s+([^.;,()\n]{3,40})`, 'i');
const FROM_TO = /\b(?:revised|extended|deferred|postponed|moved|changed|amended|slipped|rescheduled|re-scheduled|put\s+back|pushed\s+back)\s+from\s+[^.;()\n]{3,40}?\s+(?:to|until|till)\s+([^.;,()\n]{3,40})/i;
const NEW_DATE = /\b(?:new|revised)\s+(?:(?:due|target)\s+)?(?:date|deadline)\s*(?:is|of|:|-|–)?\s*([^.;,()\n]{3,40})/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/** A meeting counts only when the words say which one: "the next meeting", "Q3"; "the board" alone does not. */
const WHICH_MEETING = /\b(?:next|following|subsequent|future)\s+(?:[a-z]+\s+)?(?:meeting|board|committee|panel)\b|\b(?:quarter|q[1-4])\b/i;

export function revisionInWords(text: string): string | null {
  const m = REVISED_TO.exec(text) ?? FROM_TO.exec(text) ?? NEW_DATE.exec(text);
  const words = m?.[1]?.trim().replace(/\s+(?:and|but|as|because|due|following|pending|while)\b.*$/i, '');
  if (!words) return null;
  if (parseDateCell(words).kind === 'date') return words;
  return MONTH.test(words) || WHICH_MEETING.test(words) ? words : null;
}

/**
 * In an action cell a revision is a clause of its own, after a comma, bracket or dash ("…, deferred to
 * February 2026"): "Circulate the items deferred to the next meeting" is the action, not a revision.
 */
const ACTION_CLAUSE = new RegExp(
  String.raw`(?:[,;(]|\s-)\s*(?:now\s+|(?:due\s+)?date\s+|deadline\s+)?(?=${REVISED_TO_WORDS}|\b(?:revised|extended|deferred|postponed|moved|rescheduled)\s+from\b|\b(?:new|revised)\s+(?:(?:due|target)\s+)?(?:date|deadline)\b)`,
  'i',
);

/** A revision in words in a table row, and the cell it was read from (for the preview's warning). */
export interface RowRevision {
  words: string;
  from: 'update' | 'action';
}

/**
 * The row's revision in words: the update and status cells first; then the action cell itself ("Review the
 * risk appetite statement, deferred to February 2026"), where some trackers write it.
 */
export function rowRevisionInWords(cells: { update: string; status: string; action: string }): RowRevision | null {
  const inUpdate = revisionInWords(`${cells.update}\n${cells.status}`);
  if (inUpdate) return { words: inUpdate, from: 'update' };
  const clause = ACTION_CLAUSE.exec(cells.action);
  const inAction = clause ? revisionInWords(cells.action.slice(clause.index)) : null;
  return inAction ? { words: inAction, from: 'action' } : null;
}
