import type { Field } from './header-field';

/**
 * Headings of a column that proposes what the board should do with each action ("Close" / "Open"),
 * rather than saying how it stands: beside a Status or RAG column it is the `proposal` column.
 */
const PROPOSAL_HEADINGS = new Set([
  'proposed to open/close', 'proposed open/close', 'proposed status', 'proposed to close', 'proposal', 'open/close', 'open or close',
  'recommended status', 'recommendation to close', 'propose to close',
]);

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
