import { CellValue, cellText } from './cell';
import type { Field } from './header-field';
import { fieldOfHeadingForm } from './heading-forms';
import { hasRefWord, isQualifiedNumberHeading } from './number-heading';
import { CLOSURE_PROPOSALS, isProposalHeading, placeStatusColumn, settleStatusColumns } from './status-columns';

/** Headings of an audit log's finding column, the action when no Action/Recommendation column is beside it. */
const FINDINGS = ['finding', 'findings', 'finding/recommendation', 'findings/recommendations', 'issue/recommendation', 'weakness',
  'weaknesses', 'observation', 'observations', 'observation/recommendation', 'weakness/recommendation', 'issue/action'];

/**
 * Headings of the action management agreed in answer to an audit finding or recommendation: beside a
 * Finding or Recommendation column, this is the action chased, and the finding is kept as the topic.
 */
const MANAGEMENT_ACTIONS = ['agreed management action', 'agreed management actions', 'management action', 'management actions',
  'management action agreed', 'agreed action', 'agreed actions', 'action agreed', 'actions agreed', 'agreed management action/response'];

export type { Field } from './header-field';

/** Header names as trackers write them (compared by `headerKey`). */
const NAMES: Record<Field, string[]> = {
  number: ['no', 'no.', 'nos', 'number', 'num', 'ref', 'ref.', 'ref no', 'reference', 'ref number', '#', 'action no', 'action no.',
    'action number', 'action ref', 'action #', 'item', 'item no', 'minute', 'minute no', 'minute ref', 'minute number', 'min ref', 'min no', 'action id', 'id', 'rec'],
  action: ['action', 'actions', 'action agreed', 'actions agreed', 'agreed action', 'description', 'action description', 'action text',
    'actions arising', 'action required', 'actions required', 'required action', 'recommendation', 'recommendations', 'action/recommendation', 'decision/action',
    'action point', 'action points', 'agreed action point', 'agreed action points', ...MANAGEMENT_ACTIONS,
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
    'actions taken', 'update/comments', 'latest position', 'current position', 'progress/update', 'position', 'outcome', 'auditor comment',
    'auditor comments', 'audit comment', 'audit comments', 'internal audit comment', 'internal audit comments'],
  response: ['response', 'cabinet response', 'management response', 'executive response', 'council response', 'officer response',
    'accepted', 'accepted/rejected', 'accepted or rejected', 'agreed/not agreed', 'response to recommendation'],
  strand: ['strand', 'theme', 'workstream', 'work stream'],
  // An audit follow-up log's audit (report) title: its recommendations are numbered R1, R2 within it.
  item: ['paper', 'agenda item', 'relevant item', 'item title', 'subject', 'topic', 'minute title', 'audit', 'audit title', 'audit name',
    'audit report', 'report', 'report title', 'audit area', 'review', 'audit/review', 'internal audit report', 'audit assignment'],
  meeting: ['meeting'],
  // When the action was agreed or entered in the log: the row's meeting, never its due date (import README "Headings").
  meetingDate: ['meeting date', 'date of meeting', 'date raised', 'date agreed', 'date of board', 'date of committee', 'date added',
    'date opened', 'date logged', 'date first raised', 'date identified', 'date requested', 'date entered', 'date of entry',
    'raised', 'date raised/agreed', 'agreed', 'agreed on', 'date action agreed', 'date action raised'],
  source: ['source', 'source meeting', 'raised at', 'origin', 'meeting/source'],
  board: ['board', 'forum', 'committee', 'meeting name'],
  secondStatus: [],
  proposal: [],
  closed: ['date closed', 'closed date', 'date completed', 'completed date', 'closed', 'date closed/completed', 'closure date', 'date of closure',
    'completed on', 'closed on', 'date actioned', 'actual completion date', 'actual completion', 'date implemented', 'implemented date'],
  finding: [],
  ignored: ['priority', 'evidence', 'assurance'],
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
  if (columns.action === undefined) return null;
  const referenced = columns.number !== undefined || columns.item !== undefined;
  if (!referenced && DESCRIBING.filter((f) => columns[f] !== undefined).length < 2) return null;
  const known = Object.keys(columns).length;
  if (known < unknown) return null;
  const loose = columns.number !== undefined && !namedField(headerKey(labels[columns.number]!));
  return loose ? { columns, labels, looseNumber: true } : { columns, labels };
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
