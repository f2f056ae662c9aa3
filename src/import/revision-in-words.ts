import { NOW_DUE_WORDS, REVISED_TO_WORDS, SLIPPED_VERBS } from '../domain/timing/revisions';
import { parseDateCell } from './parse-date-cell';

/**
 * "Deadline extended to 31 January 2024", "Item deferred to the March meeting", "Revised due date
 * 15/12/2023", "new date: end of June", "revised from 30 Nov 2025 to 31 January 2026", "rescheduled for
 * May", "re-profiled to Q2", "new target 30/09/2025", "now due March 2025", "Delayed by a vacancy - now Sept
 * 2025": a revised due date written in words, where trackers often put it instead of a Revised date column.
 * The words after the revision, up to the end of the clause, when they are a date or name a month, a
 * quarter or a next meeting; null otherwise ("extended to 1,000 residents", "deferred to the board"). After
 * a bare "now" the words must begin with the date ("now Sept 2025"; not "now with the May team").
 */
const REVISED_TO = new RegExp(String.raw`${REVISED_TO_WORDS}\s+([^.;,()\n]{3,40})`, 'i');
const FROM_TO = new RegExp(String.raw`\b${SLIPPED_VERBS}\s+from\s+[^.;()\n]{3,40}?\s+(?:to|until|till)\s+([^.;,()\n]{3,40})`, 'i');
const NEW_DATE = /\b(?:new|revised)\s+(?:(?:(?:due|target)\s+)?(?:date|deadline)|target)\s*(?:is|of|:|-|–)?\s*([^.;,()\n]{3,40})/i;
const NOW = new RegExp(String.raw`${NOW_DUE_WORDS}\s*(?::|-|–)?\s*(?:(?:by|in|for|on|to)\s+)?([^.;,()\n]{3,40})`, 'gi');
/** How a date begins: "Sept 2025", "30/09/2025", "end of June", "Q2", "the next meeting". */
const STARTS_AS_DATE = /^(?:\d|(?:the\s+)?(?:end|mid|middle|start|beginning|early|late)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|q[1-4]\b|(?:the\s+)?next\b)/i;
const MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;
/** A meeting counts only when the words say which one: "the next meeting", "Q3"; "the board" alone does not. */
const WHICH_MEETING = /\b(?:next|following|subsequent|future)\s+(?:[a-z]+\s+)?(?:meeting|board|committee|panel)\b|\b(?:quarter|q[1-4])\b/i;

export function revisionInWords(text: string): string | null {
  const m = REVISED_TO.exec(text) ?? FROM_TO.exec(text) ?? NEW_DATE.exec(text);
  const words = m ? clause(m[1]) : [...text.matchAll(NOW)].map((n) => clause(n[1])).find((w) => STARTS_AS_DATE.test(w));
  if (!words) return null;
  if (parseDateCell(words).kind === 'date') return words;
  return MONTH.test(words) || WHICH_MEETING.test(words) ? words : null;
}

/** The revision's words up to the next clause: "March 2025 pending the audit" → "March 2025". */
function clause(words: string | undefined): string {
  return (words ?? '').trim().replace(/\s+(?:and|but|as|because|due|following|pending|while)\b.*$/i, '');
}

/**
 * In an action cell a revision is a clause of its own, after a comma, bracket or dash ("…, deferred to
 * February 2026"): "Circulate the items deferred to the next meeting" is the action, not a revision.
 */
const ACTION_CLAUSE = new RegExp(
  String.raw`(?:[,;(]|\s-)\s*(?:now\s+|(?:due\s+)?date\s+|deadline\s+)?(?=${REVISED_TO_WORDS}|\b${SLIPPED_VERBS}\s+from\b|\b(?:new|revised)\s+(?:(?:(?:due|target)\s+)?(?:date|deadline)|target)\b|\bnow\s+(?:due|expected|scheduled|planned|targeted)\b)`,
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
