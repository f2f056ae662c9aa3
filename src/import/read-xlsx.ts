import ExcelJS from 'exceljs';
import { DocumentReading } from './draft';
import { CellValue } from './cell';
import { emptyDocument, unreadableDocument } from './import-error';
import { findHeader, noHeaderProblem, readRegister } from './read-register';
import { TableRow } from './table-to-drafts';

/** Reads an action log workbook: the first worksheet with a header row in its first rows. */
export async function readXlsx(fileName: string, content: Buffer): Promise<DocumentReading> {
  const workbook = new ExcelJS.Workbook();
  try {
    // A fresh ArrayBuffer: exceljs types its input as one (JSZip reads either).
    await workbook.xlsx.load(new Uint8Array(content).buffer);
  } catch {
    throw unreadableDocument(fileName, 'an Excel workbook (.xlsx)');
  }
  const sheets = workbook.worksheets.map(sheetRows);
  if (sheets.every((rows) => rows.length === 0)) throw emptyDocument(fileName);
  for (const rows of sheets) {
    const found = findHeader(rows);
    if (found) return readRegister(fileName, rows, found);
  }
  const first = sheets.find((rows) => rows.length > 0) ?? [];
  return { fileName, board: null, meetingDate: null, drafts: [], suggestions: [], problems: [noHeaderProblem(first)] };
}

function sheetRows(sheet: ExcelJS.Worksheet): TableRow[] {
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    for (let col = 1; col <= row.cellCount; col += 1) cells.push(toCellValue(row.getCell(col).value));
    rows.push({ place: { row: rowNumber }, cells });
  });
  return rows;
}

/** exceljs cell values (rich text, formulas, hyperlinks, errors) to plain values. */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return toCellValue(value.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : toCellValue(value.text as ExcelJS.CellValue);
  return null;
}
