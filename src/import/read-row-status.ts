import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { ACCEPTED_STATUSES, StatusReading, parseStatus } from './parse-status';
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
export function readRowStatus(
  draft: ActionDraft, cells: { status: CellValue; secondStatus: CellValue; percent: CellValue }, labels: { status: string; secondStatus: string },
  problem: RowProblem,
): void {
  const known: Array<Extract<StatusReading, { kind: 'status' }>> = [];
  for (const [field, value] of [['status', cells.status], ['secondStatus', cells.secondStatus]] as const) {
    const reading = parseStatus(value);
    if (reading.kind === 'status') {
      known.push(reading);
      continue;
    }
    draft.update = withUpdate(reading.text, draft.update);
    problem(field, `the "${labels[field]}" column has ${quoteCell(reading.text)}, which is not a status Chaser knows, so it is kept as the update text (expected one of ${ACCEPTED_STATUSES}).`, true);
  }
  // "Status: Open" beside "RAG: Amber": a complete reading wins, then the first that claims a status.
  const reading = known.find((r) => r.status === 'complete') ?? known.find((r) => r.status);
  for (const r of known) if (r.word) draft.update = withUpdate(r.word, draft.update);
  if (reading?.status) draft.status = reading.status;
  if (reading?.note === 'proposed-for-closure') draft.proposedForClosure = true;
  if (reading?.note === 'superseded') draft.superseded = true;
  if (!draft.status && isAllDone(cells.percent)) draft.status = 'complete';
}

/** "100%", "100" or a percent-formatted 1 from a workbook. */
function isAllDone(value: CellValue): boolean {
  if (typeof value === 'number') return value === 1 || value === 100;
  return /^100\s*%?$/.test(cellText(value));
}
