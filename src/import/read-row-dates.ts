import { longDate } from '../domain/calendar-date';
import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { asMonthWhenShown } from './month-format';
import { parseDateCell } from './parse-date-cell';
import { monthFirstHint } from './month-first';
import { quoteCell } from './place';

/** Reports a problem with one field of the row: an error unless `warning`. */
export type RowProblem = (field: string, message: string, warning?: boolean) => void;

/** A cell read for the timing: a spreadsheet date as "13 May 2022", anything else as written. */
function asWritten(cell: CellValue): string {
  const value = asMonthWhenShown(cell);
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
function readDateField(draft: ActionDraft, cell: CellValue, label: string, field: string, problem: RowProblem): boolean {
  const value = asMonthWhenShown(cell);
  const due = parseDateCell(value);
  if (due.kind === 'date') {
    draft.due = due.date;
    if (due.serial) warnSerial(cellText(value), due.date, label, field, problem);
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
    problem(field, `the "${label}" column has ${quoteCell(due.text)}, which is not a date${monthFirstHint(due.text)} (expected a date such as ${example}).`);
  }
  return false;
}

function warnSerial(text: string, date: string, label: string, field: string, problem: RowProblem): void {
  problem(field, `the "${label}" column has ${quoteCell(text)}, read as Excel's day number for ${longDate(date)} (expected a date such as 30/06/2022; format the column as dates before saving).`, true);
}

/** Excel's day numbers for 1 January 2000 and 31 December 2099 (1900 date system): a deadline column's range. */
const TIMING_SERIAL_MIN = 36526;
const TIMING_SERIAL_MAX = 73050;

/**
 * A deadline or timing column holding only Excel's day number as text ("45838", "45838.0": a date cell
 * pasted as values or saved to CSV) is that date, with a warning, when the row has no other date. Only
 * 2000-2099 counts here: the column also holds words and numbers that are not dates.
 */
export function readSerialTiming(draft: ActionDraft, label: string, problem: RowProblem): void {
  if (draft.due || !/^\d{5}(?:\.0+)?$/.test(draft.timing)) return;
  const serial = Number(draft.timing);
  if (serial < TIMING_SERIAL_MIN || serial > TIMING_SERIAL_MAX) return;
  const reading = parseDateCell(serial);
  if (reading.kind !== 'date') return;
  warnSerial(draft.timing, reading.date, label, 'timing', problem);
  draft.due = reading.date;
  draft.timing = '';
}
