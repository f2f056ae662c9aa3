import { CellValue, cellText } from './cell';
import type { Field } from './header-field';

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

/**
 * A "Yes" / "No" under a closure proposal heading ("Proposed to close?"): "Yes" proposes closure, "No" proposes
 * nothing (blank). Any other value, or another heading, is returned as it is.
 */
export function asProposal(label: string, value: CellValue): CellValue {
  const heading = label.toLowerCase().replace(/[?:*]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!CLOSURE_PROPOSALS.includes(heading)) return value;
  const answer = cellText(value).toLowerCase().replace(/[.!]$/, '');
  if (['yes', 'y'].includes(answer)) return 'Proposed for closure';
  return ['no', 'n', 'not yet'].includes(answer) ? '' : value;
}
