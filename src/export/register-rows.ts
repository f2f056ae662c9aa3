import { Action, Status, actionKey, actionReference } from '../domain/action';
import type { IsoDate } from '../domain/calendar-date';
import { RAG_COLOURS, byRegisterOrder } from '../domain/digest';
import type { RagLabel } from '../domain/digest';
import type { ExportInput } from './export-input';

/** The register's columns, as the xlsx "Register" sheet and the csv give them. */
export const REGISTER_COLUMNS = [
  'Reference', 'Board', 'Meeting date', 'No.', 'Action', 'Lead', 'Timing', 'Due', 'Status',
  'Days overdue (business)', 'Latest update', 'Updated by', 'Updated at',
] as const;

/** One action of the register, one field per column. */
export interface RegisterRow {
  reference: string;
  board: string;
  meetingDate: IsoDate;
  number: number;
  action: string;
  lead: string;
  timing: string;
  due: IsoDate | null;
  status: Status;
  rag: RagLabel;
  /** Business days overdue as of the digest's date; null when the action is not overdue. */
  daysOverdue: number | null;
  latestUpdate: string;
  updatedBy: string;
  /** ISO instant of the latest update; null when none has been received. */
  updatedAt: string | null;
}

function rowOf(a: Action, overdue: Map<string, number>): RegisterRow {
  const latest = a.latest;
  return {
    reference: actionReference(a),
    board: a.board,
    meetingDate: a.meetingDate,
    number: a.number,
    action: a.text,
    lead: a.lead,
    timing: a.timing,
    due: a.due,
    status: a.status,
    rag: RAG_COLOURS[a.status].label,
    daysOverdue: overdue.get(actionKey(a)) ?? null,
    latestUpdate: latest?.text ?? '',
    updatedBy: latest ? latest.byName || latest.by : '',
    updatedAt: latest?.at ?? null,
  };
}

/**
 * Every action in register order (meeting date, board, number). Days overdue come from the digest's
 * overdue list (the digest holds the business calendar's answer), so they agree with the board paper.
 */
export function registerRows(input: ExportInput): RegisterRow[] {
  const overdue = new Map(input.digest.overdue.map((l) => [l.ref.key, l.businessDaysOverdue]));
  return (input.asGiven ? [...input.actions] : [...input.actions].sort(byRegisterOrder)).map((a) => rowOf(a, overdue));
}
