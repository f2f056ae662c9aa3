import ExcelJS from 'exceljs';
import { DocumentReading, ImportProblem } from './draft';
import { CellValue } from './cell';
import { emptyDocument, unreadableDocument } from './import-error';
import { findHeader, noHeaderProblem, readRegister } from './read-register';
import { TableRow } from './table-to-drafts';

/**
 * Reads an action log workbook: the first worksheet (in tab order) with a header row in its first rows,
 * wherever that header starts. Places name the sheet when more than one sheet holds an action table.
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
  const sheets = used.map((sheet) => ({ sheet, name: sheet.name, rows: sheetRows(sheet, undefined) }));
  const tables = sheets.map((s) => ({ ...s, found: findHeader(s.rows) })).filter((s) => s.found);
  const first = tables[0];
  if (first?.found) {
    // "Row 4" is enough while one sheet has actions; with several, the sheet is named too.
    const rows = tables.length > 1 ? sheetRows(first.sheet, first.name) : first.rows;
    const reading = await readRegister(fileName, rows, first.found);
    return { ...reading, problems: [...reading.problems, ...tables.slice(1).map((t) => otherSheet(t.name, first.name))] };
  }
  return { fileName, board: null, meetingDate: null, drafts: [], suggestions: [], problems: [noHeaderProblem(sheets[0]!.rows)] };
}

/** Another sheet with an action table: not read (a second meeting or a closed list), said so. */
function otherSheet(name: string, read: string): ImportProblem {
  return {
    place: { sheet: name }, field: 'sheet', severity: 'warning',
    message: `Sheet "${name}" also has an action table; only sheet "${read}" was read (expected one action table per workbook; import the other sheet saved on its own).`,
  };
}

function sheetRows(sheet: ExcelJS.Worksheet, name: string | undefined): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(asShown(row.getCell(col)));
    rows.push({ place: name === undefined ? { row: rowNumber } : { sheet: name, row: rowNumber }, cells });
  });
  return rows;
}

/**
 * A number formatted with fixed decimals ("0.00") as Excel shows it: a minute reference typed 4.10 is kept
 * as "4.10", not 4.1. Other cells as `toCellValue` reads them.
 */
function asShown(cell: ExcelJS.Cell): CellValue {
  const value = toCellValue(cell.value);
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
