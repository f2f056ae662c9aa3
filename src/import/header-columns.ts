import { CellValue, cellText } from './cell';

/** The columns a table or register may have. `meeting` may hold a board name or a date. */
export type Field =
  | 'number' | 'action' | 'timing' | 'lead' | 'due' | 'status' | 'update' | 'strand' | 'meeting' | 'meetingDate' | 'board';

const NAMES: Record<Field, string[]> = {
  number: ['no', 'no.', 'nos', 'number', 'num', 'ref', 'ref.', 'reference', '#', 'action no', 'action no.', 'action number', 'action ref', 'action #', 'item'],
  action: ['action', 'actions', 'action agreed', 'actions agreed', 'agreed action', 'description', 'action description', 'action text', 'actions arising'],
  timing: ['timing', 'timings', 'timescale', 'timescales', 'deadline', 'when', 'by when', 'timeframe', 'time frame'],
  lead: ['lead', 'leads', 'owner', 'action owner', 'responsible', 'responsibility', 'lead officer', 'responsible officer', 'who', 'by whom'],
  due: ['due', 'due date', 'date due', 'due by', 'target date', 'revised due date'],
  status: ['status', 'rag', 'rag status', 'rag rating', 'rating', 'current status'],
  update: ['update', 'updates', 'progress', 'latest update', 'progress update', 'comments', 'commentary', 'notes'],
  strand: ['strand', 'theme', 'workstream', 'work stream'],
  meeting: ['meeting'],
  meetingDate: ['meeting date', 'date of meeting', 'date raised', 'date agreed', 'date of board'],
  board: ['board', 'forum', 'committee', 'meeting name'],
};

/** Column index of each field found, and the header text as written (for messages). */
export interface HeaderColumns {
  columns: Partial<Record<Field, number>>;
  labels: string[];
}

/** "Due date (dd/mm/yyyy):" → "due date". */
export function headerKey(text: string): string {
  return text.toLowerCase().replace(/\(.*?\)/g, ' ').replace(/[:?*]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export function fieldOfHeader(text: string): Field | null {
  const k = headerKey(text);
  if (!k) return null;
  for (const [field, names] of Object.entries(NAMES) as Array<[Field, string[]]>) {
    if (names.includes(k) || names.includes(k.replace(/\.$/, ''))) return field;
  }
  return null;
}

/** Recognises a header row: it must name at least a number column and an action column. */
export function recogniseHeader(cells: CellValue[]): HeaderColumns | null {
  const labels = cells.map((c) => cellText(c));
  const columns: Partial<Record<Field, number>> = {};
  let unknown = 0;
  labels.forEach((label, i) => {
    const field = fieldOfHeader(label);
    if (field && columns[field] === undefined) columns[field] = i;
    else if (label) unknown += 1;
  });
  if (columns.number === undefined || columns.action === undefined) return null;
  const known = Object.keys(columns).length;
  return known >= unknown ? { columns, labels } : null;
}

/** The header as written for a field, for messages ("Due"); a default name when the column is absent. */
export function columnLabel(header: HeaderColumns, field: Field): string {
  const i = header.columns[field];
  return (i === undefined ? '' : header.labels[i]) || DEFAULT_LABEL[field];
}

const DEFAULT_LABEL: Record<Field, string> = {
  number: 'No.', action: 'Action', timing: 'Timing', lead: 'Lead', due: 'Due', status: 'Status',
  update: 'Update', strand: 'Strand', meeting: 'Meeting', meetingDate: 'Meeting date', board: 'Board',
};

/** The headers a register should have, for the "no header row" message. */
export const EXPECTED_HEADERS =
  '"No." and "Action" (and, if you have them, "Timing", "Lead", "Due", "Status", "Update", "Strand", "Meeting date")';
