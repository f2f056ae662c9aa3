import { isoDate } from '../domain/calendar-date';
import { normaliseCell } from './normalise-text';
import type { SourcePlace } from './draft';

/** A cell as a reader found it: text (text, CSV), or a number or date (spreadsheets). */
export type CellValue = string | number | Date | null;

/** The calendar day of a spreadsheet date. exceljs gives UTC midnight; round away float noise first. */
export function dateCellToIso(value: Date): string {
  const t = new Date(Math.round(value.getTime() / 1000) * 1000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** A cell's text, normalised and on one line ('' for an empty cell). */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : dateCellToIso(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return normaliseCell(value);
}

/**
 * One data row of a table: its cells in header order, and where it was. `fills`: a workbook's blank cells
 * coloured red, amber, green or blue, as that word ("Green"), read only in a Status/RAG column.
 */
export interface TableRow {
  place: SourcePlace;
  cells: CellValue[];
  fills?: Array<string | undefined>;
}
