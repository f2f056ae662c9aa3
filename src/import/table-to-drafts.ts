import { longDate } from '../domain/calendar-date';
import { ActionDraft, ImportProblem, SourcePlace } from './draft';
import { CellValue, cellText } from './cell';
import { Field, HeaderColumns, columnLabel } from './header-columns';
import { parseNumberCell } from './parse-number-cell';
import { parseDateCell } from './parse-date-cell';
import { ACCEPTED_STATUSES, parseStatus } from './parse-status';
import { describePlace, quoteCell } from './place';

/** One data row of a table: its cells in header order, and where it was. */
export interface TableRow {
  place: SourcePlace;
  cells: CellValue[];
}

export interface TableReading {
  drafts: ActionDraft[];
  problems: ImportProblem[];
}

/** Turns the rows under a recognised header into drafts; every doubtful cell becomes a problem. */
export function tableToDrafts(header: HeaderColumns, headerPlace: SourcePlace, rows: TableRow[]): TableReading {
  const drafts: ActionDraft[] = [];
  const problems: ImportProblem[] = [];
  const label = (f: Field): string => columnLabel(header, f);
  if (header.columns.lead === undefined) {
    problems.push({
      place: headerPlace, field: 'lead',
      message: `${describePlace(headerPlace)}: the table has no Lead column, so every action will need a lead assigned (expected a column such as "Lead" or "Owner", or give one lead for all with --lead).`,
    });
  }
  for (const row of rows) {
    const cell = (f: Field): CellValue => {
      const i = header.columns[f];
      return i === undefined ? null : row.cells[i] ?? null;
    };
    if (row.cells.every((c) => cellText(c) === '')) continue;
    const at = describePlace(row.place);
    const problem = (field: Field, message: string): void => {
      problems.push({ place: row.place, field, message: `${at}: ${message}` });
    };
    const text = cellText(cell('action'));
    const num = parseNumberCell(cell('number'));
    if (num.kind === 'blank') {
      const which = text ? `the row ${quoteCell(text)}` : 'this row';
      const next = (drafts[drafts.length - 1]?.number ?? 0) + 1;
      problem('number', `${which} has no number (expected a whole number such as ${next} in the ${label('number')} column).`);
      continue;
    }
    if (num.kind === 'invalid') {
      problem('number', `the "${label('number')}" column has ${quoteCell(num.text)}, which is not an action number (expected a whole number such as 5).`);
      continue;
    }
    const n = num.number;
    if (!text) {
      problem('action', `action ${n} has no action text (expected the action in the ${label('action')} column).`);
      continue;
    }
    const timingCell = cell('timing');
    const draft: ActionDraft = {
      number: n, text, place: row.place, lead: cellText(cell('lead')),
      timing: timingCell instanceof Date ? longDate(cellText(timingCell)) : cellText(timingCell),
    };
    if (!draft.lead && header.columns.lead !== undefined) {
      problem('lead', `action ${n} has no lead (expected a name such as "MPS" in the ${label('lead')} column).`);
    }
    const due = parseDateCell(cell('due'));
    if (due.kind === 'date') draft.due = due.date;
    else if (due.kind === 'text' && !draft.timing) draft.timing = due.text;
    else if (due.kind === 'text' || due.kind === 'invalid') {
      const example = due.kind === 'invalid' ? due.example : '30/06/2022';
      problem('due', `the "${label('due')}" column has ${quoteCell(due.text)}, which is not a date (expected a date such as ${example}).`);
    }
    const status = parseStatus(cell('status'));
    if (status.kind === 'unknown') {
      problem('status', `the "${label('status')}" column has ${quoteCell(status.text)}, which is not a status (expected one of ${ACCEPTED_STATUSES}).`);
    } else if (status.status) draft.status = status.status;
    const update = cellText(cell('update'));
    if (update) draft.update = update;
    const strand = cellText(cell('strand'));
    if (strand) draft.strand = strand;
    const board = cellText(cell('board'));
    if (board) draft.board = board;
    readMeeting(draft, cell('meeting'), 'meeting', label, problem);
    readMeeting(draft, cell('meetingDate'), 'meetingDate', label, problem);
    drafts.push(draft);
  }
  return { drafts, problems };
}

/** A "Meeting" cell holds a date or a board name; a "Meeting date" cell must hold a date. */
function readMeeting(
  draft: ActionDraft, value: CellValue, field: 'meeting' | 'meetingDate',
  label: (f: Field) => string, problem: (f: Field, message: string) => void,
): void {
  const reading = parseDateCell(value);
  if (reading.kind === 'date') draft.meetingDate = reading.date;
  else if (reading.kind === 'text' && field === 'meeting') draft.board = reading.text;
  else if (reading.kind === 'text' || reading.kind === 'invalid') {
    const example = reading.kind === 'invalid' ? reading.example : '21/04/2022';
    problem(field, `the "${label(field)}" column has ${quoteCell(reading.text)}, which is not a date (expected a date such as ${example}).`);
  }
}
