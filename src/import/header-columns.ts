import { CellValue, cellText } from './cell';
import type { Field } from './header-field';
import { fieldOfHeadingForm } from './heading-forms';
import { hasRefWord, isQualifiedNumberHeading } from './number-heading';
import { CLOSURE_PROPOSALS, isProposalHeading, placeStatusColumn, settleStatusColumns } from './status-columns';

/** Headings of an audit log's finding column, the action when no Action/Recommendation column is beside it. */
const FINDINGS = ['finding', 'findings', 'finding/recommendation', 'findings/recommendations', 'issue/recommendation', 'weakness',
  'weaknesses', 'observation', 'observations', 'observation/recommendation', 'weakness/recommendation', 'issue/action'];

export type { Field } from './header-field';

/** Header names as trackers write them (compared by `headerKey`). */
const NAMES: Record<Field, string[]> = {
  number: ['no', 'no.', 'nos', 'number', 'num', 'ref', 'ref.', 'ref no', 'reference', 'ref number', '#', 'action no', 'action no.',
    'action number', 'action ref', 'action #', 'item', 'item no', 'minute', 'minute no', 'minute ref', 'minute number', 'min ref', 'min no', 'action id', 'id', 'rec'],
  action: ['action', 'actions', 'action agreed', 'actions agreed', 'agreed action', 'description', 'action description', 'action text',
    'actions arising', 'action required', 'actions required', 'required action', 'recommendation', 'recommendations', 'action/recommendation', 'decision/action',
    // An audit follow-up log's finding stands for the action; a Recommendation column beside it wins (`recogniseHeader`).
    ...FINDINGS],
  timing: ['timing', 'timings', 'timescale', 'timescales', 'deadline', 'when', 'by when', 'timeframe', 'time frame', 'completion date', 'target',
    'target completion', 'completion', 'completion by', 'complete by', 'to be completed by', 'target for completion', 'target end date',
    'expected completion', 'expected completion date', 'estimated completion', 'estimated completion date', 'target timescale', 'target timing', 'target deadline'],
  lead: ['lead', 'leads', 'owner', 'owners', 'action owner', 'responsible', 'responsibility', 'lead officer', 'responsible officer',
    'responsible officers', 'who', 'by whom', 'action officer', 'action officers', 'lead director', 'lead member', 'action by', 'lead/owner', 'responsible person',
    'officer', 'officers', 'responsible manager', 'manager', 'lead manager', 'exec lead', 'executive lead', 'lead executive', 'lead exec', 'director',
    'responsible director', 'executive director', 'lead/exec lead', 'accountable', 'accountable officer', 'accountable person', 'accountable lead',
    'accountable director', 'accountable executive', 'responsible lead', 'action lead', 'assigned to', 'responsible/accountable', 'owner/lead'],
  due: ['due', 'due date', 'date due', 'due by', 'target date', 'original due date', 'original date', 'original target date', 'original deadline', 'date for completion',
    'agreed date', 'agreed implementation date', 'implementation date', 'target completion date', 'agreed deadline', 'agreed completion date',
    'target implementation date', 'original implementation date', 'agreed target date', 'agreed due date'],
  revisedDue: ['new date', 'revised due date', 'revised date', 'revised target date', 'revised deadline', 'revised timescale',
    'revised timing', 'new due date', 'new target date', 'new deadline', 'extended to', 'extended date',
    'revised implementation date', 'revised agreed date', 'revised completion date'],
  status: ['status', 'rag', 'rag status', 'rag rating', 'rating', 'current status', 'status/comment', 'status/comments', 'status/update', 'status / comment', 'open/closed',
    'brag', 'brag rating', 'brag status', 'b/r/a/g', 'r/a/g', 'rag/brag', 'o/c', 'open/close', 'open or closed', 'proposed to open/close',
    'proposed open/close', 'proposed status', 'open or close', 'recommended status', 'rag/progress', 'progress/rag', ...CLOSURE_PROPOSALS],
  percent: ['% complete', '%complete', 'percent complete', '% completed'],
  update: ['update', 'updates', 'progress', 'latest update', 'progress update', 'comments', 'comment', 'commentary', 'notes', 'action taken',
    'actions taken', 'update/comments', 'latest position', 'current position', 'progress/update', 'position', 'outcome'],
  response: ['response', 'cabinet response', 'management response', 'executive response', 'council response', 'officer response',
    'accepted', 'accepted/rejected', 'accepted or rejected', 'agreed/not agreed', 'response to recommendation'],
  strand: ['strand', 'theme', 'workstream', 'work stream'],
  item: ['paper', 'agenda item', 'relevant item', 'item title', 'subject', 'topic', 'minute title'],
  meeting: ['meeting'],
  meetingDate: ['meeting date', 'date of meeting', 'date raised', 'date agreed', 'date of board', 'date of committee', 'date added'],
  source: ['source', 'source meeting', 'raised at', 'origin', 'meeting/source'],
  board: ['board', 'forum', 'committee', 'meeting name'],
  secondStatus: [],
  proposal: [],
  ignored: ['priority', 'date closed', 'closed date', 'date completed', 'completed date', 'closed', 'evidence', 'assurance'],
};

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

/** A heading's field by its known names: as written, without its dots ("Min. No."), or with a trailing qualifier first ("Due date Revised"). */
function namedField(k: string): Field | null {
  const tail = /^(.+) (original|revised|new|agreed|current|latest)$/.exec(k);
  const keys = [k, k.replace(/\.$/, ''), k.replace(/\.(?=\s|$)/g, ''), ...(tail ? [`${tail[2]} ${tail[1]}`] : [])];
  for (const [field, names] of Object.entries(NAMES) as Array<[Field, string[]]>) {
    if (keys.some((key) => names.includes(key))) return field;
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
    } else if (field === 'action' && columns.action !== undefined && isFinding(labels[columns.action]!) && !isFinding(label)) {
      columns.action = i;
    } else if (field && columns[field] === undefined) columns[field] = i;
    else if (label) unknown += 1;
  });
  settleStatusColumns(columns);
  if (columns.action === undefined) return null;
  const referenced = columns.number !== undefined || columns.item !== undefined;
  if (!referenced && DESCRIBING.filter((f) => columns[f] !== undefined).length < 2) return null;
  const known = Object.keys(columns).length;
  if (known < unknown) return null;
  const loose = columns.number !== undefined && !namedField(headerKey(labels[columns.number]!));
  return loose ? { columns, labels, looseNumber: true } : { columns, labels };
}

function isFinding(label: string): boolean {
  return FINDINGS.includes(headerKey(label));
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
  revisedDue: 'Revised due date', response: 'Response', percent: '% complete', item: 'Paper', source: 'Source', ignored: '', secondStatus: 'RAG', proposal: 'Proposed to open/close',
};

/** The headers a register should have, for the "no header row" message. */
export const EXPECTED_HEADERS =
  '"No." and "Action" (and, if you have them, "Timing", "Lead", "Due", "Status", "Update", "Strand", "Meeting date")';
