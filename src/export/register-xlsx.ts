import ExcelJS from 'exceljs';
import { RAG_COLOURS } from '../domain/digest';
import type { Status } from '../domain/action';
import { ExportInput, titleOf } from './export-input';
import { REGISTER_COLUMNS, RegisterRow, registerRows } from './register-rows';
import { xmlText } from './xml-text';
import { isoDateAsExcelDate, londonAsExcelDate } from './excel-dates';
import { FONT, estimatedRowHeight, printLikeAPaper } from './xlsx-print';

const DATE = 'd mmm yyyy';
const DATE_TIME = 'd mmm yyyy hh:mm';
/**
 * Column widths in characters, chosen so the 13 columns print across landscape A4 at about three
 * quarters scale (readable at 10 pt) with Action and Latest update the widest.
 */
const WIDTHS = [16, 14, 11, 5, 40, 11, 13, 11, 11, 9, 40, 12, 14];
/** Every text column wraps, so no long text spills over its neighbour on screen or on paper. */
const WRAPPED = new Set([1, 2, 5, 6, 7, 9, 11, 12]);
const DATE_COLUMNS: Record<number, string> = { 3: DATE, 8: DATE, 13: DATE_TIME };
const STATUS_COLUMN = 9;
/** No. and Days overdue: short numbers, centred so they never read as part of the next column's text. */
const CENTRED = new Set([4, 10]);

function fillRag(cell: ExcelJS.Cell, status: Status): void {
  const c = RAG_COLOURS[status];
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${c.hex}` } };
  cell.font = { ...FONT, color: { argb: `FF${c.textHex}` }, bold: status === 'complete' || status === 'red' };
}

function values(r: RegisterRow): ExcelJS.CellValue[] {
  const values: ExcelJS.CellValue[] = [
    r.reference, r.board, isoDateAsExcelDate(r.meetingDate), r.number, r.action, r.lead, r.timing,
    r.due ? isoDateAsExcelDate(r.due) : null, r.rag, r.daysOverdue, r.latestUpdate || null, r.updatedBy || null,
    r.updatedAt ? londonAsExcelDate(r.updatedAt) : null,
  ];
  return values.map((v) => (typeof v === 'string' ? xmlText(v) : v));
}

function registerSheet(wb: ExcelJS.Workbook, rows: RegisterRow[], input: ExportInput): void {
  const ws = wb.addWorksheet('Register', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = REGISTER_COLUMNS.map((header, i) => ({
    header,
    width: WIDTHS[i],
    style: {
      font: FONT,
      numFmt: DATE_COLUMNS[i + 1],
      alignment: { vertical: 'top', wrapText: WRAPPED.has(i + 1), ...(CENTRED.has(i + 1) ? { horizontal: 'center' as const } : {}) },
    },
  }));
  const head = ws.getRow(1);
  head.font = { ...FONT, bold: true };
  head.alignment = { vertical: 'top', wrapText: true };
  head.height = estimatedRowHeight(REGISTER_COLUMNS.map(String), WIDTHS);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REGISTER_COLUMNS.length } };
  for (const r of rows) {
    const cells = values(r);
    const row = ws.addRow(cells);
    row.height = estimatedRowHeight(cells.map((v, i) => (WRAPPED.has(i + 1) && typeof v === 'string' ? v : '')), WIDTHS);
    fillRag(row.getCell(STATUS_COLUMN), r.status);
  }
  printLikeAPaper(ws, input, 1);
}

function summarySheet(wb: ExcelJS.Workbook, input: ExportInput): void {
  const { counts, asOf, sentence } = input.digest;
  const ws = wb.addWorksheet('Summary');
  const widths = [60, 14];
  ws.columns = widths.map((width) => ({ width, style: { font: FONT, alignment: { vertical: 'top', wrapText: true } } }));
  ws.addRow([xmlText(titleOf(input))]).font = { ...FONT, bold: true, size: 14 };
  ws.addRow(['As of', isoDateAsExcelDate(asOf)]).getCell(2).numFmt = DATE;
  const said = ws.addRow([sentence]);
  said.height = estimatedRowHeight([sentence], widths);
  ws.addRow([]);
  ws.addRow(['Measure', 'Count']).font = { ...FONT, bold: true };
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
  printLikeAPaper(ws, input, null);
}

/**
 * The full register as a workbook: "Register" (one row per action) and "Summary" (counts and the
 * sentence), each printing as a paper's annex (see xlsx-print.ts).
 */
export async function registerXlsx(input: ExportInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Chaser';
  wb.created = input.generatedAt;
  wb.modified = input.generatedAt;
  registerSheet(wb, registerRows(input), input);
  summarySheet(wb, input);
  const out = await wb.xlsx.writeBuffer();
  return Buffer.isBuffer(out) ? out : Buffer.from(out);
}
