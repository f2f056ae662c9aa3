import { CellValue, cellText } from './cell';
import type { Field } from './header-field';
import { isCompletionQuestion } from './heading-forms';

/**
 * Headings of a column that proposes what the board should do with each action ("Close" / "Open"),
 * rather than saying how it stands: beside a Status or RAG column it is the `proposal` column.
 */
const PROPOSAL_HEADINGS = new Set([
  'proposed to open/close', 'proposed open/close', 'proposed status', 'proposed to close', 'proposal', 'open/close', 'open or close',
  'recommended status', 'recommendation to close', 'propose to close', 'propose closure', 'recommend closure', 'proposed for closure',
  'recommended for closure', 'recommend to close', 'proposed closure',
]);

/** Headings of a closure proposal column, often answered "Yes" / "No" ("Proposed to close?", "Recommend closure"). */
export const CLOSURE_PROPOSALS = ['proposed to close', 'propose to close', 'propose closure', 'recommend closure', 'proposed for closure',
  'recommended for closure', 'recommend to close', 'recommendation to close', 'proposed closure'];

/** True for a heading such as "Proposed to open/close", "Open/Close" or "Proposed status" (a `headerKey`). */
export function isProposalHeading(key: string): boolean {
  return PROPOSAL_HEADINGS.has(key);
}

/**
 * Sorts the status-like columns of a header row, in the order they come: a proposal heading is the
 * `proposal` column; the first other is `status`, the next `secondStatus` ("Status" beside "RAG").
 * A proposal column with no other status column is the status column, read as before (its "Close"
 * proposes closure by itself). Returns false for a column that has no place (a fourth status column).
 */
export function placeStatusColumn(columns: Partial<Record<Field, number>>, index: number, proposal: boolean): boolean {
  if (proposal && columns.proposal === undefined) columns.proposal = index;
  else if (columns.status === undefined) columns.status = index;
  else if (columns.secondStatus === undefined) columns.secondStatus = index;
  else return false;
  return true;
}

/** After the row is read: a lone proposal column is the status column. */
export function settleStatusColumns(columns: Partial<Record<Field, number>>): void {
  if (columns.proposal !== undefined && columns.status === undefined) {
    columns.status = columns.proposal;
    delete columns.proposal;
  }
}

/** Answers that say yes (a tick too) or no, compared lower-case without a final stop. */
const YES = ['yes', 'y', '\u2713', '\u2714', '\u2705', '\u2611', 'x'];
const NO = ['no', 'n', 'not yet', '\u2717', '\u2718'];

/**
 * A yes or no under a heading that asks a question. Under a closure proposal heading ("Proposed to close?"):
 * "Yes" proposes closure, "No" proposes nothing (blank). Under a completion question ("Done?", "Completed?",
 * "Complete (Y/N)", `heading-forms.ts`): "Y" is complete, "N" is open with no RAG claimed (blank), as the
 * import cases' "Status words" table reads Open. Any other value, or another heading, is returned as it is.
 */
export function asProposal(label: string, value: CellValue): CellValue {
  const heading = label.toLowerCase().replace(/[?:*]+/g, ' ').replace(/\s+/g, ' ').trim();
  const closure = CLOSURE_PROPOSALS.includes(heading);
  if (!closure && !isCompletionQuestion(label)) return value;
  const answer = cellText(value).toLowerCase().replace(/[.!]$/, '').trim();
  if (YES.includes(answer)) return closure ? 'Proposed for closure' : 'Complete';
  return NO.includes(answer) ? '' : value;
}
