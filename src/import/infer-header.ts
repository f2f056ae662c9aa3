import { HeaderColumns } from './header-columns';
import { parseNumberCell } from './parse-number-cell';
import { parseStatus } from './parse-status';
import { splitCells } from './split-cells';

/** How many lines to look through, and how many numbered rows make a table. */
const LOOK_AHEAD = 200;
const MIN_ROWS = 3;

/**
 * A progress table that lost its header row (seed 004: rows "1 <tab> action <tab> update <tab> G").
 * Starting at a tab line numbered 1, with at least three rows numbered upwards and a column that
 * is nearly all RAG values, the columns are taken as No., Action, [Update,] RAG. Null otherwise:
 * without a status column the other columns cannot be told apart.
 */
export function inferHeader(lines: string[], start: number): HeaderColumns | null {
  const first = splitCells(lines[start]!);
  if (!first || numberOf(first[0]) !== 1) return null;
  const rows: string[][] = [];
  let last = 0;
  for (let i = start; i < Math.min(lines.length, start + LOOK_AHEAD); i += 1) {
    const cells = splitCells(lines[i]!);
    const n = cells ? numberOf(cells[0]) : null;
    if (cells && n !== null && n > last) {
      rows.push(cells);
      last = n;
    }
  }
  if (rows.length < MIN_ROWS) return null;
  const width = Math.max(...rows.map((r) => r.length));
  for (let s = width - 1; s >= 2; s -= 1) {
    const filled = rows.map((r) => r[s] ?? '').filter(Boolean);
    const rag = filled.filter((v) => parseStatus(v).kind === 'status').length;
    if (filled.length >= rows.length / 2 && rag >= filled.length * 0.8) {
      const labels = Array.from({ length: width }, () => '');
      labels[0] = 'No.';
      labels[1] = 'Action';
      labels[s] = 'RAG';
      if (s > 2) labels[2] = 'Update';
      return { columns: s > 2 ? { number: 0, action: 1, update: 2, status: s } : { number: 0, action: 1, status: s }, labels };
    }
  }
  return null;
}

function numberOf(cell: string | undefined): number | null {
  const reading = parseNumberCell(cell ?? '');
  return reading.kind === 'number' ? reading.number : null;
}
