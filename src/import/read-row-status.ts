import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { ACCEPTED_STATUSES, parseStatus } from './parse-status';
import { quoteCell } from './place';
import { RowProblem } from './read-row-dates';

/** Joins a status word kept as text with the row's own update: "Deferred - awaiting the audit". */
function withUpdate(word: string, update: string | undefined): string {
  return update ? `${word} - ${update}` : word;
}

/**
 * The status of a row, per the import cases' "Status words" table. A word Chaser does not know is a
 * warning and is kept as the update text (it never blocks an import); words that say more than a colour
 * ("Deferred", "Withdrawn") are kept as the update text too. "% complete" of 100 is complete.
 */
export function readRowStatus(draft: ActionDraft, cells: { status: CellValue; percent: CellValue }, label: string, problem: RowProblem): void {
  const reading = parseStatus(cells.status);
  if (reading.kind === 'unknown') {
    draft.update = withUpdate(reading.text, draft.update);
    problem('status', `the "${label}" column has ${quoteCell(reading.text)}, which is not a status Chaser knows, so it is kept as the update text and the action is awaiting update (expected one of ${ACCEPTED_STATUSES}).`, true);
    return;
  }
  if (reading.status) draft.status = reading.status;
  if (reading.word) draft.update = withUpdate(reading.word, draft.update);
  if (reading.note === 'proposed-for-closure') draft.proposedForClosure = true;
  if (reading.note === 'superseded') draft.superseded = true;
  if (!draft.status && isAllDone(cells.percent)) draft.status = 'complete';
}

/** "100%", "100" or a percent-formatted 1 from a workbook. */
function isAllDone(value: CellValue): boolean {
  if (typeof value === 'number') return value === 1 || value === 100;
  return /^100\s*%?$/.test(cellText(value));
}
