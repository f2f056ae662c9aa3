import { CellValue, cellText } from './cell';
import type { HeaderColumns } from './header-columns';
import { parseRefCell } from './parse-ref-cell';
import { parseStatus } from './parse-status';

/** The cells of one column of the rows, filled ones only. */
function filled(rows: Array<{ cells: CellValue[] }>, column: number | undefined): CellValue[] {
  if (column === undefined) return [];
  return rows.map((r) => r.cells[column] ?? null).filter((c) => cellText(c) !== '');
}

/**
 * Settles what a header alone cannot tell, from the cells under it:
 * - a qualified reference heading ("Rec No.", "Log No.") is the number column only when most of its cells
 *   are references; otherwise the table has no number column (its actions are numbered by position);
 * - with no Status column, an update-type column ("Progress", "Position", "Current position") whose cells
 *   are mostly status words, or start with one ("Complete – report to March Board"), is the status column:
 *   its words give the status, and narrative there is kept as the update (`readRowStatus`).
 */
export function settleColumns(header: HeaderColumns, rows: Array<{ cells: CellValue[] }>): HeaderColumns {
  const columns = { ...header.columns };
  if (header.looseNumber) {
    const cells = filled(rows, columns.number);
    if (cells.filter((c) => parseRefCell(c).kind === 'ref').length * 2 <= cells.length) delete columns.number;
  }
  if (columns.status === undefined && columns.update !== undefined && mostlyStatusWords(filled(rows, columns.update))) {
    columns.status = columns.update;
    delete columns.update;
  }
  return { ...header, columns };
}

/** More than half the cells read as a status (or start with one), and at least one claims a status. */
function mostlyStatusWords(cells: CellValue[]): boolean {
  const readings = cells.map((c) => parseStatus(c));
  const known = readings.filter((r) => r.kind === 'status');
  return known.some((r) => r.kind === 'status' && r.status !== undefined) && known.length * 2 > cells.length;
}
