import ExcelJS from 'exceljs';
import { DocumentReading, ImportProblem } from './draft';
import { CellValue, cellText } from './cell';
import { emptyDocument, unreadableDocument } from './import-error';
import { RagWord, ragWordOfFill, themeColours } from './fill-colour';
import { MonthCell, showsMonthOnly } from './month-format';
import { findNextMeeting, settleNextMeetings } from './next-meeting';
import { findHeader, noHeaderProblem } from './read-register';
import { readSheets } from './read-sheets';
import { isTemplateSheet } from './sheet-name';
import { TableRow } from './table-to-drafts';

/**
 * Reads an action log workbook: every worksheet (in tab order, hidden ones too) with a header row and at
 * least one row under it, wherever that header starts; each sheet's actions under its own meeting
 * (`readSheets`). Sheets without an action table (instructions, a RAG key, a chart), and sheets named Template,
 * Example or Instructions, are passed over.
 * Places name the sheet when more than one sheet holds actions. Throws `ImportError` for a damaged or empty workbook.
 */
export async function readXlsx(fileName: string, content: Buffer): Promise<DocumentReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A fresh ArrayBuffer: exceljs types its input as one (JSZip reads either).
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch {
    throw unreadableDocument(fileName, 'an Excel workbook (.xlsx)');
  }
  const used = workbook.worksheets.filter((sheet) => sheet.actualRowCount > 0);
  if (used.length === 0) throw emptyDocument(fileName);
  // A sheet named Template / Example / Instructions holds placeholders or guidance, never the board's actions.
  const kept = used.filter((sheet) => !isTemplateSheet(sheet.name));
  const theme = themeColours((workbook.model as unknown as { themes?: Record<string, string> }).themes?.theme1);
  const sheetRows = (sheet: ExcelJS.Worksheet, name: string | undefined): TableRow[] => readRows(sheet, name, theme);
  const sheets = (kept.length ? kept : used).map((sheet) => ({ sheet, name: sheet.name, rows: sheetRows(sheet, undefined) }));
  const headed = sheets.map((s) => ({ ...s, found: findHeader(s.rows) }))
    .filter((s): s is typeof s & { found: NonNullable<typeof s.found> } => s.found !== null);
  const filled = headed.filter((s) => hasRows(s.rows, s.found.index + (s.found.header.rows ?? 1) - 1));
  // Only empty tables: the first is read, so the error says what it lacks.
  const tables = filled.length ? filled : headed.slice(0, 1);
  if (tables.length === 0) {
    return { fileName, board: null, meetingDate: null, drafts: [], suggestions: [], problems: [noHeaderProblem(sheets[0]!.rows, { name: sheets[0]!.name, others: sheets.length - 1 })] };
  }
  // "Row 4" is enough while one sheet has actions; with several, the sheet is named too.
  const several = tables.length > 1;
  const reading = await readSheets(fileName, tables.map((t) => ({
    name: t.name, hidden: t.sheet.state === 'hidden' || t.sheet.state === 'veryHidden', found: t.found, rows: several ? sheetRows(t.sheet, t.name) : t.rows,
  })));
  const withNext = withNextMeetings(reading, sheets.map((s) => s.rows));
  return kept.length ? { ...withNext, problems: [...passedOver(used.filter((sheet) => isTemplateSheet(sheet.name)), theme), ...withNext.problems] } : withNext;
}

/** A warning for each Template / Example sheet passed over that holds a filled action table: said, so a renamed-by-mistake sheet is noticed. */
function passedOver(sheets: ExcelJS.Worksheet[], theme: string[]): ImportProblem[] {
  return sheets.flatMap((sheet) => {
    const rows = readRows(sheet, sheet.name, theme);
    const found = findHeader(rows);
    if (!found || !hasRows(rows, found.index + (found.header.rows ?? 1) - 1)) return [];
    return [{
      place: { sheet: sheet.name }, field: 'sheet', severity: 'warning' as const,
      message: `Sheet "${sheet.name}" was passed over: a sheet named Template, Example or Instructions holds guidance or placeholders, not the board's actions. If it holds actions, rename the sheet and import again.`,
    }];
  });
}

/**
 * "Date of next meeting: 14 October 2025" (or the heading with the date in the cell beside or below it) on
 * any sheet, with an action table or not: the first after the workbook's meeting is its next meeting, and
 * every one found settles the rows' "next meeting" (`settleNextMeetings`).
 */
function withNextMeetings(reading: DocumentReading, sheets: TableRow[][]): DocumentReading {
  const found = sheets.map((rows) => findNextMeeting(rows.map((r) => r.cells.map(cellText).filter(Boolean).join(' ')))).filter((d) => d !== undefined).sort();
  const next = found.find((d) => !reading.meetingDate || d > reading.meetingDate);
  const withNext = next && !reading.nextMeetingDate ? { ...reading, nextMeetingDate: next } : reading;
  return settleNextMeetings(withNext, found);
}

/** A header with nothing under it (a blank template sheet) is not an action table. */
function hasRows(rows: TableRow[], header: number): boolean {
  return rows.slice(header + 1).some((r) => r.cells.some((c) => cellText(c) !== ''));
}

/** A sheet's rows; a blank cell filled with a RAG colour gives its word in `fills` (read only in a Status/RAG column). */
function readRows(sheet: ExcelJS.Worksheet, name: string | undefined, theme: string[]): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    const fills: Array<RagWord | undefined> = [];
    for (let col = 1; col <= row.cellCount; col += 1) {
      const cell = row.getCell(col);
      cells.push(asShown(cell));
      fills.push(cellText(cells[col - 1]) === '' ? ragWordOfFill(cell.fill as Parameters<typeof ragWordOfFill>[0], theme) : undefined);
    }
    const place = name === undefined ? { row: rowNumber } : { sheet: name, row: rowNumber };
    rows.push(fills.some(Boolean) ? { place, cells, fills } : { place, cells });
  });
  return rows;
}

/**
 * A number formatted with fixed decimals ("0.00") as Excel shows it: a minute reference typed 4.10 is kept
 * as "4.10", not 4.1. A date formatted with no day ("mmm-yy" shows "Jan-25") is a `MonthCell`: in a due
 * or timing column the board meant the month, not its 1st. Other cells as `toCellValue` reads them.
 */
function asShown(cell: ExcelJS.Cell): CellValue {
  const value = toCellValue(cell.value);
  if (value instanceof Date && !Number.isNaN(value.getTime()) && showsMonthOnly(cell.numFmt)) return new MonthCell(value.getTime());
  const decimals = typeof value === 'number' ? /^0\.(0+)$/.exec(cell.numFmt ?? '')?.[1]?.length : undefined;
  return decimals !== undefined && typeof value === 'number' ? value.toFixed(decimals) : value;
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors such as "#REF!") to plain values. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('error' in value) return String(value.error);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : toCellValue(value.text as ExcelJS.CellValue);
  return null;
}
