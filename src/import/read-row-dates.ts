import { longDate } from '../domain/calendar-date';
import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { parseDateCell } from './parse-date-cell';
import { quoteCell } from './place';

/** Reports a problem with one field of the row: an error unless `warning`. */
export type RowProblem = (field: string, message: string, warning?: boolean) => void;

/** A cell read for the timing: a spreadsheet date as "13 May 2022", anything else as written. */
function asWritten(value: CellValue): string {
  return value instanceof Date ? longDate(cellText(value)) : cellText(value);
}

/**
 * The due date of a row: a Due column (a date; text such as "End May" is read as the timing when the
 * row has none), then a Revised/New date column, which wins; the original is kept as `originalDue`
 * (a date) and `originalTiming` (as written).
 */
export function readRowDates(
  draft: ActionDraft, cells: { due: CellValue; revisedDue: CellValue }, labels: { due: string; revisedDue: string }, problem: RowProblem,
): void {
  readDateField(draft, cells.due, labels.due, 'due', problem);
  if (cellText(cells.revisedDue) === '') return;
  const original = { due: draft.due, timing: draft.timing || (draft.due ? asWritten(cells.due) : '') };
  const before = { due: draft.due, timing: draft.timing };
  delete draft.due;
  draft.timing = '';
  if (!readDateField(draft, cells.revisedDue, labels.revisedDue, 'revisedDue', problem)) {
    Object.assign(draft, before);
    return;
  }
  if (original.due) draft.originalDue = original.due;
  if (original.timing) draft.originalTiming = original.timing;
}

/** Reads one date cell into `draft.due` (or the timing, for words); false when nothing usable was there. */
function readDateField(draft: ActionDraft, value: CellValue, label: string, field: string, problem: RowProblem): boolean {
  const due = parseDateCell(value);
  if (due.kind === 'date') {
    draft.due = due.date;
    if (due.serial) {
      problem(field, `the "${label}" column has ${quoteCell(cellText(value))}, read as Excel's day number for ${longDate(due.date)} (expected a date such as 30/06/2022; format the column as dates before saving).`, true);
    }
    return true;
  }
  if (due.kind === 'text' && !draft.timing) {
    draft.timing = due.text;
    return true;
  }
  if (due.kind === 'error') {
    problem(field, `the "${label}" column has ${quoteCell(due.text)}, a spreadsheet error left by a formula, not a date (expected a date such as 30/06/2022).`);
  } else if (due.kind === 'text' || due.kind === 'invalid') {
    const example = due.kind === 'invalid' ? due.example : '30/06/2022';
    problem(field, `the "${label}" column has ${quoteCell(due.text)}, which is not a date (expected a date such as ${example}).`);
  }
  return false;
}
