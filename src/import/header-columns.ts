import { CellValue, cellText } from './cell';
import type { Field } from './header-field';
import { FINDINGS, MANAGEMENT_ACTIONS, NAMES } from './header-names';
import { fieldOfHeadingForm } from './heading-forms';
import { hasRefWord, isQualifiedNumberHeading } from './number-heading';
import { isProposalHeading, placeStatusColumn, settleStatusColumns } from './status-columns';

export type { Field } from './header-field';

/**
 * Column index of each field found, and the header text as written (for messages). `looseNumber`: the number
 * column's heading is a qualified one ("Rec No.") the reader accepts only when its cells are references;
 * `rows`: how many rows the header takes (2 for "Due date" merged over "Original | Revised").
 */
export interface HeaderColumns {
  columns: Partial<Record<Field, number>>;
  labels: string[];
  looseNumber?: boolean;
  rows?: number;
}

/** "Due date (dd/mm/yyyy):" → "due date". */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/\(.*?\)/g, ' ').replace(/[:?*]+/g, ' ').replace(/\s*\/\s*/g, '/').replace(/\s+/g, ' ').trim();
}

/**
 * A heading's field by its known names: as written, without its dots ("Min. No."), or else with a trailing
 * qualifier first ("Due date Revised"). A name as written wins over the turned one: "Date agreed" is the
 * meeting date, although "Agreed date" is a due date.
 */
function namedField(k: string): Field | null {
  const tail = /^(.+) (original|revised|new|agreed|current|latest)$/.exec(k);
  const tries = [[k, k.replace(/\.$/, ''), k.replace(/\.(?=\s|$)/g, '')], tail ? [`${tail[2]} ${tail[1]}`] : []];
  for (const keys of tries) {
    for (const [field, names] of Object.entries(NAMES) as Array<[Field, string[]]>) {
      if (keys.some((key) => names.includes(key))) return field;
    }
  }
  return null;
}

/** The field a heading names ("Lead Officer" → lead), or null. A qualified reference heading ("Rec Ref") is the number. */
export function fieldOfHeader(text: string): Field | null {
  const k = headerKey(text);
  if (!k) return null;
  // "Closed?" is a Y/N status column although "Closed" alone is a date column that is not read.
  const formed = fieldOfHeadingForm(text, k);
  if (formed) return formed;
  const named = namedField(k);
  if (named) return named;
  // A heading wrapped in a narrow column of a PDF can come back without its space ("Target" / "date").
  const compact = k.replace(/\s+/g, '');
  for (const [field, names] of Object.entries(NAMES) as Array<[Field, string[]]>) {
    if (names.some((name) => name.includes(' ') && name.replace(/\s+/g, '') === compact)) return field;
  }
  return isQualifiedNumberHeading(k) ? 'number' : null;
}

/** Fields besides the action that make a row without a number column an action table header. */
const DESCRIBING: Field[] = ['lead', 'timing', 'due', 'revisedDue', 'status'];

/**
 * Recognises a header row: it names an action column and a number or item column ("Relevant Item",
 * "Agenda item", which may hold the references), or at least two of lead, timing, due, revised due and
 * status; and more known headings than unknown ones.
 */
export function recogniseHeader(cells: CellValue[]): HeaderColumns | null {
  const labels = cells.map((c) => cellText(c));
  const columns: Partial<Record<Field, number>> = {};
  let unknown = 0;
  labels.forEach((label, i) => {
    const field = fieldOfHeader(label);
    if (field === 'status') {
      if (!placeStatusColumn(columns, i, isProposalHeading(headerKey(label)))) unknown += 1;
    } else if (field === 'number' && columns.number !== undefined && columns.item === undefined) {
      placeSecondNumber(columns, labels, i);
    } else if (field === 'action' && columns.action !== undefined && actionRank(labels[columns.action]!) !== actionRank(label)) {
      placeSecondAction(columns, labels, i);
    } else if (field === 'due' && columns.due !== undefined && columns.meetingDate === undefined && isAgreedDate(labels, columns.due, i)) {
      placeAgreedDate(columns, labels, i);
    } else if (field && columns[field] === undefined) columns[field] = i;
    else if (label) unknown += 1;
  });
  settleStatusColumns(columns);
  if (columns.action === undefined) itemAsAction(columns, labels);
  if (columns.action === undefined) return null;
  const referenced = columns.number !== undefined || columns.item !== undefined;
  if (!referenced && DESCRIBING.filter((f) => columns[f] !== undefined).length < 2) return null;
  const known = Object.keys(columns).length;
  if (known < unknown) return null;
  const loose = columns.number !== undefined && !namedField(headerKey(labels[columns.number]!));
  return loose ? { columns, labels, looseNumber: true } : { columns, labels };
}

/**
 * A committee's "No. | Item | Who | When": with no action heading, a column headed just "Item" (read first as a
 * reference or topic column) holds the action's text, when another column is the reference or a lead or date
 * column describes the row. Rule: import README "Headings".
 */
function itemAsAction(columns: Partial<Record<Field, number>>, labels: string[]): void {
  const bare = (i: number | undefined): boolean => i !== undefined && ['item', 'items'].includes(headerKey(labels[i]!));
  if (bare(columns.item)) {
    columns.action = columns.item;
    delete columns.item;
  } else if (bare(columns.number) && (['lead', 'timing', 'due'] as Field[]).some((f) => columns[f] !== undefined)) {
    columns.action = columns.number;
    delete columns.number;
  }
}

/** "Agreed date" is the due date alone, but beside a Due column it is the day the action was agreed. */
const AGREED_DATES = ['agreed date', 'date agreed'];

function isAgreedDate(labels: string[], due: number, i: number): boolean {
  return AGREED_DATES.includes(headerKey(labels[due]!)) !== AGREED_DATES.includes(headerKey(labels[i]!));
}

/** Of two due headings, the plain due ("Due", "Target date") is the due and "Agreed date" the row's meeting. */
function placeAgreedDate(columns: Partial<Record<Field, number>>, labels: string[], i: number): void {
  if (AGREED_DATES.includes(headerKey(labels[i]!))) columns.meetingDate = i;
  else {
    columns.meetingDate = columns.due;
    columns.due = i;
  }
}

/** A finding (0) yields to a recommendation or action (1), which yields to the action management agreed (2). */
function actionRank(label: string): number {
  const k = headerKey(label);
  return FINDINGS.includes(k) ? 0 : MANAGEMENT_ACTIONS.includes(k) ? 2 : 1;
}

/**
 * Two action-like columns: the stronger (`actionRank`) is the action; the other is kept as the `finding`
 * (the topic the action answers: "Recommendation" beside "Agreed Management Action").
 */
function placeSecondAction(columns: Partial<Record<Field, number>>, labels: string[], i: number): void {
  const [action, other] = actionRank(labels[i]!) > actionRank(labels[columns.action!]!) ? [i, columns.action!] : [columns.action!, i];
  columns.action = action;
  if (columns.finding === undefined) columns.finding = other;
}

/**
 * A second reference column: "Ref" and "Minute" side by side, or a topic "Item" before "Ref". The minute the
 * action arose under, or the item, is its `item` (the agenda item), the board's own reference its `number`,
 * in whichever order they come.
 */
function placeSecondNumber(columns: Partial<Record<Field, number>>, labels: string[], i: number): void {
  const minute = (j: number): boolean => /^min(?:ute)?\b/.test(headerKey(labels[j]!)) || !hasRefWord(headerKey(labels[j]!));
  if (minute(columns.number!) && !minute(i)) {
    columns.item = columns.number;
    columns.number = i;
  } else columns.item = i;
}

/** The header as written for a field, for messages ("Due"); a default name when the column is absent. */
export function columnLabel(header: HeaderColumns, field: Field): string {
  const i = header.columns[field];
  return (i === undefined ? '' : header.labels[i]) || DEFAULT_LABEL[field];
}

const DEFAULT_LABEL: Record<Field, string> = {
  number: 'No.', action: 'Action', timing: 'Timing', lead: 'Lead', due: 'Due', status: 'Status',
  update: 'Update', strand: 'Strand', meeting: 'Meeting', meetingDate: 'Meeting date', board: 'Board',
  revisedDue: 'Revised due date', response: 'Response', finding: 'Finding', closed: 'Date closed', percent: '% complete', item: 'Paper', source: 'Source', ignored: '', secondStatus: 'RAG', proposal: 'Proposed to open/close',
};

/** The headers a register should have, for the "no header row" message. */
export const EXPECTED_HEADERS =
  '"No." and "Action" (and, if you have them, "Timing", "Lead", "Due", "Status", "Update", "Strand", "Meeting date")';

/** What the reader looks for in a header row, for the "no header row" message of a workbook. */
export const LOOKED_FOR =
  'an action column ("Action", "Action point", "Actions agreed", "Recommendation", "Description") with a reference column ("No.", "Ref") ' +
  'or two of "Lead"/"Owner"/"Who", "Timing"/"When", "Due"/"Deadline" and "Status"/"RAG"';
