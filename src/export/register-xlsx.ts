import ExcelJS from 'exceljs';
import { RAG_COLOURS } from '../domain/digest';
import type { Status } from '../domain/action';
import { ExportInput, titleOf } from './export-input';
import { REGISTER_COLUMNS, RegisterRow, registerRows } from './register-rows';
import { xmlText } from './xml-text';
import { isoDateAsExcelDate, londonAsExcelDate } from './excel-dates';

const DATE = 'd mmm yyyy';
const DATE_TIME = 'd mmm yyyy hh:mm';
const WIDTHS = [22, 28, 13, 6, 60, 16, 18, 13, 16, 12, 60, 20, 17];
const WRAPPED = new Set([5, 11]); // Action, Latest update
const DATE_COLUMNS: Record<number, string> = { 3: DATE, 8: DATE, 13: DATE_TIME };
const STATUS_COLUMN = 9;

function fillRag(cell: ExcelJS.Cell, status: Status): void {
  const c = RAG_COLOURS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.hex}` } };
  cell.font = { color: { argb: `FF${c.textHex}` }, bold: status === 'complete' || status === 'red' };
}

function values(r: RegisterRow): ExcelJS.CellValue[] {
  const values: ExcelJS.CellValue[] = [
    r.reference, r.board, isoDateAsExcelDate(r.meetingDate), r.number, r.action, r.lead, r.timing,
    r.due ? isoDateAsExcelDate(r.due) : null, r.rag, r.daysOverdue, r.latestUpdate || null, r.updatedBy || null,
    r.updatedAt ? londonAsExcelDate(r.updatedAt) : null,
  ];
  return values.map((v) => (typeof v === 'string' ? xmlText(v) : v));
}

function registerSheet(wb: ExcelJS.Workbook, rows: RegisterRow[]): void {
  const ws = wb.addWorksheet('Register', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = REGISTER_COLUMNS.map((header, i) => ({
    header,
    width: WIDTHS[i],
    style: {
      numFmt: DATE_COLUMNS[i + 1],
      alignment: { vertical: 'top', wrapText: WRAPPED.has(i + 1) },
    },
  }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };
  for (const r of rows) fillRag(ws.addRow(values(r)).getCell(STATUS_COLUMN), r.status);
}

function summarySheet(wb: ExcelJS.Workbook, input: ExportInput): void {
  const { counts, asOf, sentence } = input.digest;
  const ws = wb.addWorksheet('Summary');
  ws.columns = [{ width: 42 }, { width: 14 }];
  ws.addRow([xmlText(titleOf(input))]).font = { bold: true, size: 14 };
  ws.addRow(['As of', isoDateAsExcelDate(asOf)]).getCell(2).numFmt = DATE;
  ws.addRow([sentence]);
  ws.addRow([]);
  ws.addRow(['Measure', 'Count']).font = { bold: true };
  const lines: [string, number, Status | null][] = [
    ['Total actions', counts.total, null],
    ['Progressed', counts.progressed, null],
    ['Complete (dark green)', counts.complete, 'complete'],
    ['In progress and on track (pale green)', counts.onTrack, 'on_track'],
    ['Amber', counts.amber, 'amber'],
    ['Red', counts.red, 'red'],
    ['Awaiting an update', counts.awaitingUpdate, 'awaiting_update'],
    ['Overdue', input.digest.overdue.length, null],
    ['Due in the next two weeks', input.digest.dueSoon.length, null],
    ['Needs a date', input.digest.needsDate.length, null],
  ];
  for (const [label, n, status] of lines) {
    const row = ws.addRow([label, n]);
    if (status) fillRag(row.getCell(1), status);
  }
}

/** The full register as a workbook: "Register" (one row per action) and "Summary" (counts and the sentence). */
export async function registerXlsx(input: ExportInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chaser';
  wb.created = input.generatedAt;
  wb.modified = input.generatedAt;
  registerSheet(wb, registerRows(input));
  summarySheet(wb, input);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}
