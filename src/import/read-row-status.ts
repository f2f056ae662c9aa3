import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { ACCEPTED_STATUSES, StatusReading, parseStatus } from './parse-status';
import { quoteCell } from './place';
import { RowProblem } from './read-row-dates';
import { asProposal } from './status-columns';
import { readClosedCell } from './read-row-closed';
import { percentDone, percentStatus } from './status-symbols';

type Known = Extract<StatusReading, { kind: 'status' }>;
type StatusField = 'status' | 'secondStatus' | 'proposal';

/** The status cells of a row: Status, a second one (RAG), a "Proposed to open/close" one, "% complete" and "Date closed". */
export interface StatusCells {
  status: CellValue;
  secondStatus: CellValue;
  proposal: CellValue;
  percent: CellValue;
  closed?: CellValue;
}

/** Joins a status word kept as text with the row's own update: "Deferred - awaiting the audit". */
function withUpdate(word: string, update: string | undefined): string {
  return update ? `${word} - ${update}` : word;
}

/**
 * The status of a row, per the import cases' "Status words" table. A word Chaser does not know is kept
 * as the update text, with a warning unless another column gave the status (a RAG column beside a
 * "Status/Comment" one of narrative); it never blocks an import. Words that say more than a colour
 * ("Deferred", "Withdrawn") are kept as the update text too. "% complete" of 100 is complete, whatever colour
 * the RAG shows; a filled "Date closed" is complete too (`read-row-closed.ts`). A proposal
 * column's "Close" (or "Yes" under "Proposed to close?") makes the action complete, proposed for closure; its
 * "Open" (or "No") leaves the status as read.
 */
export function readRowStatus(
  draft: ActionDraft, cells: StatusCells, labels: Record<StatusField, string> & { closed?: string }, problem: RowProblem,
): void {
  readStatusCells(draft, cells, labels, problem);
  if (draft.proposedForClosure || draft.superseded) return;
  // Work recorded as finished outranks a colour: "Green" beside 100% or a Date closed is complete.
  if (isAllDone(cells.percent)) draft.status = 'complete';
  else if (!draft.status) partlyDone(draft, cells.percent);
  readClosedCell(draft, cells.closed ?? null, labels.closed ?? 'Date closed', problem);
}

function readStatusCells(draft: ActionDraft, cells: StatusCells, labels: Record<StatusField, string>, problem: RowProblem): void {
  const known: Known[] = [];
  const unknown: Array<{ field: StatusField; text: string }> = [];
  for (const field of ['status', 'secondStatus', 'proposal'] as const) {
    const reading = parseStatus(asProposal(labels[field], cells[field]));
    if (reading.kind === 'unknown') unknown.push({ field, text: reading.text });
    else if (field !== 'proposal') known.push(reading);
    else applyProposal(draft, reading);
  }
  // "Status: Open" beside "RAG: Amber": a complete reading wins, then the first that claims a status.
  const reading = known.find((r) => r.status === 'complete') ?? known.find((r) => r.status);
  for (const { field, text } of unknown) {
    draft.update = withUpdate(text, draft.update);
    if (reading?.status || draft.status) continue;
    problem(field, `the "${labels[field]}" column has ${quoteCell(text)}, which is not a status Chaser knows, so it is kept as the update text (expected one of ${ACCEPTED_STATUSES}).`, true);
  }
  for (const r of known) if (r.word) draft.update = withUpdate(r.word, draft.update);
  if (draft.proposedForClosure || draft.superseded) return;
  if (reading?.status) draft.status = reading.status;
  if (reading?.note === 'proposed-for-closure') draft.proposedForClosure = true;
  if (reading?.note === 'superseded') draft.superseded = true;
}

/** "Close" / "Proposed for closure" / "Complete" in a proposal column: complete, awaiting the board. "Withdrawn": superseded. */
function applyProposal(draft: ActionDraft, reading: Known): void {
  if (reading.status !== 'complete') return;
  draft.status = 'complete';
  if (reading.note === 'superseded') {
    draft.superseded = true;
    if (reading.word) draft.update = withUpdate(reading.word, draft.update);
  } else draft.proposedForClosure = true;
}

/** "% complete" of 1–99 with no status read: work under way (on track), the share kept as the update ("40% complete"). */
function partlyDone(draft: ActionDraft, value: CellValue): void {
  const percent = percentDone(value, true);
  if (percent === null || percentStatus(percent) !== 'on_track') return;
  draft.status = 'on_track';
  draft.update = withUpdate(`${percent}% complete`, draft.update);
}

/** "100%", "100" or a percent-formatted 1 from a workbook. */
function isAllDone(value: CellValue): boolean {
  if (typeof value === 'number') return value === 1 || value === 100;
  return /^100\s*%?$/.test(cellText(value));
}
