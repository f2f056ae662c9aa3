import { ActionDraft } from './draft';
import { CellValue, cellText } from './cell';
import { findDates } from './date-text';
import { Field } from './header-columns';
import { parseDateCell } from './parse-date-cell';
import { monthFirstHint } from './month-first';
import { quoteCell } from './place';
import { RowProblem } from './read-row-dates';

/**
 * A row's own meeting, in a register covering several: a "Meeting" cell holds a date or a board name;
 * a "Meeting date" cell must hold a date; a "Source" cell ("Board 28/02/2018") gives the date it names.
 */
export function readRowMeeting(
  draft: ActionDraft, cells: { meeting: CellValue; meetingDate: CellValue; source: CellValue }, label: (f: Field) => string, problem: RowProblem,
): void {
  readMeeting(draft, cells.meeting, 'meeting', label, problem);
  readMeeting(draft, cells.meetingDate, 'meetingDate', label, problem);
  if (draft.meetingDate) return;
  const source = parseDateCell(cells.source);
  if (source.kind === 'date') draft.meetingDate = source.date;
  else {
    const named = findDates(cellText(cells.source)).find((d) => d.date)?.date;
    if (named) draft.meetingDate = named;
  }
}

function readMeeting(draft: ActionDraft, value: CellValue, field: 'meeting' | 'meetingDate', label: (f: Field) => string, problem: RowProblem): void {
  const reading = parseDateCell(value);
  if (reading.kind === 'date') draft.meetingDate = reading.date;
  else if (reading.kind === 'text' && field === 'meeting') draft.board = reading.text;
  else if (reading.kind === 'text' || reading.kind === 'invalid' || reading.kind === 'error') {
    const example = reading.kind === 'invalid' ? reading.example : '21/04/2022';
    problem(field, `the "${label(field)}" column has ${quoteCell(reading.text)}, which is not a date${monthFirstHint(reading.text)} (expected a date such as ${example}).`);
  }
}
