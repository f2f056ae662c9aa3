import type { PdfLine, PdfSegment } from './pdf-lines';

/** Lines closer than this (ems, baseline to baseline) are next to each other in one column: one cell's wrapped lines. */
const NEXT_LINE_EMS = 1.4;
/** Baselines within this (ems) are at the same height, as a row's top or centre. */
const LEVEL_EMS = 0.35;

/** The column (0-based) a segment of a line falls in. */
export type ColumnOf = (line: PdfLine, segment: PdfSegment) => number;

/**
 * The rows of a table without borders whose lines run on with no space between the rows (as Word and
 * LibreOffice print one): read as a person reads it, from a column of short cells, a reference say,
 * each cell one line, that marks one row each (the anchors). Every row is either
 * - top-aligned: it starts at its anchor and every cell's text starts on that line, or
 * - centred: its anchor is the row's middle and each cell's lines are centred on it, so the row reaches
 *   as far below the anchor as it starts above it ("3" beside the third of an action's five lines).
 * `lines` are the block's lines top to bottom (y in points). Returns the lines of each row, top to
 * bottom, or null when no column marks the rows or neither reading fits every line. Centred is tried first:
 * a row of one line reads the same either way, and a top-aligned cell of several lines is never centred
 * on its anchor, but a centred row of an odd number of lines also fits the top-aligned reading.
 */
export function rowBlocks(lines: PdfLine[], columns: number, columnOf: ColumnOf): PdfLine[][] | null {
  if (lines.length < 3) return null;
  const size = Math.max(...lines.map((l) => l.size));
  const textIn = (c: number, rows: PdfLine[]): PdfLine[] => rows.filter((l) => l.segments.some((s) => columnOf(l, s) === c));
  const anchors = anchorLines(lines, columns, size, textIn);
  if (!anchors) return null;
  const level = (a: number, b: number): boolean => Math.abs(a - b) <= LEVEL_EMS * size;
  const cellsAt = (row: PdfLine[], fits: (cell: PdfLine[]) => boolean): boolean =>
    Array.from({ length: columns }, (_, c) => textIn(c, row)).every((cell) => cell.length === 0 || fits(cell));

  const centred: PdfLine[][] = [];
  let rest = lines;
  for (const anchor of anchors) {
    const bottom = 2 * anchor.y - rest[0]!.y;
    const row = rest.filter((l) => l.y <= bottom + LEVEL_EMS * size);
    if (!row.includes(anchor) || !cellsAt(row, (cell) => level((cell[0]!.y + cell[cell.length - 1]!.y) / 2, anchor.y))) break;
    centred.push(row);
    rest = rest.slice(row.length);
    if (rest.length === 0) break;
  }
  if (rest.length === 0 && centred.length === anchors.length) return centred;
  const top = anchors.map((a, k) => lines.filter((l) => l.y > a.y - LEVEL_EMS * size && (k + 1 === anchors.length || l.y < anchors[k + 1]!.y - LEVEL_EMS * size)));
  if (top.flat().length === lines.length && top.every((row, k) => cellsAt(row, (cell) => level(cell[0]!.y, anchors[k]!.y)))) return top;
  return null;
}

/**
 * The lines of the column that marks the rows: each of its cells one line, none next to another, at
 * least two of them; of such columns the one with the most (the leftmost of equals).
 */
function anchorLines(lines: PdfLine[], columns: number, size: number, textIn: (c: number, rows: PdfLine[]) => PdfLine[]): PdfLine[] | null {
  let best: PdfLine[] | null = null;
  for (let c = 0; c < columns; c += 1) {
    const marks = textIn(c, lines);
    const apart = marks.every((l, k) => k === 0 || l.y - marks[k - 1]!.y > NEXT_LINE_EMS * size);
    if (marks.length >= 2 && apart && marks.length > (best?.length ?? 0)) best = marks;
  }
  return best;
}
