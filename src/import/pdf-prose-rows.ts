import { RowCells } from './pdf-cell-lines';
import type { PdfLine, PdfSegment } from './pdf-lines';
import { ColumnOf, oneRow, rowBlocks } from './pdf-row-blocks';

/** Lines closer than this (ems, baseline to baseline) are one block: no row spacing between. */
const TIGHT_EMS = 1.4;
/** A column's text starts within this (ems) of where the column's first line put it. */
const ALIGN_EMS = 0.5;

/**
 * The rows of lines laid out in columns. Lines close together (no row spacing between) are one row when
 * at most one of them has text in the first column (a wrapped row, its short cells at the top or the
 * middle); otherwise each line with a first cell starts a row and the lines under it continue it. A block
 * whose rows run on with no spacing is first read from a column of one-line cells (`rowBlocks`); `pageOf`
 * gives the page a line is on (a table carried over a page break). Each row's cells, and its first line.
 */
export function rowsOf({ starts, lines }: { starts: number[]; lines: PdfLine[] }, pageOf: (line: PdfLine) => number): Array<{ cells: string[]; first: PdfLine }> {
  const blocks: PdfLine[][] = [];
  lines.forEach((line, k) => {
    const above = lines[k - 1];
    if (above && line.y - above.y <= TIGHT_EMS * Math.max(line.size, above.size)) blocks[blocks.length - 1]!.push(line);
    else blocks.push([line]);
  });
  const rows: Array<{ cells: string[]; first: PdfLine }> = [];
  const firstsOf = (block: PdfLine[]): PdfLine[] => block.filter((l) => columnOf(starts, l.segments[0]!, l.size) === 0);
  for (const block of blocks) {
    const column: ColumnOf = (l, s) => columnOf(starts, s, l.size);
    const firsts = firstsOf(block);
    // The fewest lines of a first cell in the other rows (a reference that wraps in every row: "CGC" / "25/14").
    const others = blocks.slice(1).filter((b) => b !== block).map((b) => firstsOf(b).length).filter((n) => n > 0);
    // Where row spacing sets the rows apart, a block between it is one row; not the header row's block.
    const spaced = blocks.length > 1 && block !== blocks[0] && firsts.length > 1 && oneRow(block, starts.length, column, pageOf, others.length ? Math.min(...others) : 0);
    const marked = spaced ? [block] : rowBlocks(block, starts.length, column, pageOf);
    if (marked) {
      rows.push(...marked.map((group) => ({ cells: cellsOf(starts, group), first: group[0]! })));
      continue;
    }
    let row: { cells: RowCells; first: PdfLine } | null = null;
    for (const line of block) {
      if (!row || (firsts.length > 1 && firsts.includes(line))) {
        row = { cells: new RowCells(starts), first: line };
        rows.push({ cells: row.cells.cells, first: line });
      }
      for (const s of line.segments) row.cells.add(columnOf(starts, s, line.size), s, line.size);
    }
  }
  return rows;
}

/** The cells of lines that make one row: each column's text top to bottom, wrapped lines joined. */
function cellsOf(starts: number[], lines: PdfLine[]): string[] {
  const row = new RowCells(starts);
  for (const line of lines) for (const s of line.segments) row.add(columnOf(starts, s, line.size), s, line.size);
  return row.cells;
}

/** The column a segment falls in: the last whose start is at or left of the segment's start. */
function columnOf(starts: number[], s: PdfSegment, size: number): number {
  let k = 0;
  while (k + 1 < starts.length && starts[k + 1]! <= s.x0 + ALIGN_EMS * size) k += 1;
  return k;
}

/** The line's segments fall in the columns one each, left to right, none running into the next column. */
export function fits(starts: number[], line: PdfLine): boolean {
  const ks = line.segments.map((s) => columnOf(starts, s, line.size));
  return ks.every((k, i) => (i === 0 || k > ks[i - 1]!) && (k + 1 >= starts.length || line.segments[i]!.x1 <= starts[k + 1]! + ALIGN_EMS * line.size));
}
