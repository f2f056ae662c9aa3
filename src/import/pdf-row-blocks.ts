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
export function rowBlocks(lines: PdfLine[], columns: number, columnOf: ColumnOf, pageOf: (line: PdfLine) => number = () => 0): PdfLine[][] | null {
  if (lines.length < 3) return null;
  const size = Math.max(...lines.map((l) => l.size));
  const textIn = (c: number, rows: PdfLine[]): PdfLine[] => rows.filter((l) => l.segments.some((s) => columnOf(l, s) === c));
  const anchors = anchorLines(lines, columns, size, textIn);
  if (!anchors) return null;
  const level = (a: number, b: number): boolean => Math.abs(a - b) <= LEVEL_EMS * size;
  const cellsAt = (row: PdfLine[], fits: (cell: PdfLine[]) => boolean): boolean =>
    Array.from({ length: columns }, (_, c) => textIn(c, row)).every((cell) => cell.length === 0 || fits(cell));

  const centredOn = (row: PdfLine[], anchor: PdfLine): boolean => cellsAt(row, (cell) => level((cell[0]!.y + cell[cell.length - 1]!.y) / 2, anchor.y));
  /** The part's rows centred on its anchors; the last takes the lines left when a page break cut it (`cut`). */
  const centredRows = (part: PdfLine[], cut: boolean): PdfLine[][] | null => {
    const marks = anchors.filter((a) => part.includes(a));
    const rows: PdfLine[][] = [];
    let rest = part;
    for (const [k, anchor] of marks.entries()) {
      const bottom = cut && k + 1 === marks.length ? Number.POSITIVE_INFINITY : 2 * anchor.y - rest[0]!.y;
      const row = rest.filter((l) => l.y <= bottom + LEVEL_EMS * size);
      if (!row.includes(anchor) || (bottom !== Number.POSITIVE_INFINITY && !centredOn(row, anchor))) return null;
      rows.push(row);
      rest = rest.slice(row.length);
    }
    return rest.length === 0 ? rows : null;
  };
  const centred = centredAcrossPages(pageParts(lines, pageOf), centredRows);
  if (centred) return centred;
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

/** The lines in runs on one page each, top to bottom. */
function pageParts(lines: PdfLine[], pageOf: (line: PdfLine) => number): PdfLine[][] {
  const parts: PdfLine[][] = [];
  lines.forEach((line, k) => (k > 0 && pageOf(line) === pageOf(lines[k - 1]!) ? parts[parts.length - 1]!.push(line) : parts.push([line])));
  return parts;
}

/**
 * Centred rows over page breaks: each page's part of a row split by a break is centred on its own, so a
 * part is read from its first lines that are not the rest of the row the break split (as few as let its
 * other rows be centred), those joining that row, and its last row is cut by the next break.
 */
function centredAcrossPages(parts: PdfLine[][], centredRows: (part: PdfLine[], cut: boolean) => PdfLine[][] | null): PdfLine[][] | null {
  const rows: PdfLine[][] = [];
  for (const [p, part] of parts.entries()) {
    const cut = p + 1 < parts.length;
    const k = Array.from({ length: p === 0 ? 1 : part.length + 1 }, (_, n) => n).find((n) => centredRows(part.slice(n), cut) !== null);
    if (k === undefined || (k > 0 && rows.length === 0)) return null;
    rows[rows.length - 1]?.push(...part.slice(0, k));
    rows.push(...centredRows(part.slice(k), cut)!);
  }
  return rows;
}

/**
 * Whether the lines of a block read as one row: each column's lines follow one another with no space
 * between (one cell each), and either every cell starts on the block's first line (top-aligned) or every
 * cell is centred on the block's middle; a row a page break split, each page's part so on its own. For a
 * table whose rows are set apart by row spacing, where a block between the spacing is one row even when
 * its reference wraps ("CGC" / "25/14"). A part after a break whose first line has a first cell starts a
 * row of its own, as the next row does after a break, unless it is the rest of a top-aligned reference
 * cut short: the first cell above the break has fewer lines than every other row's (`firstCellLines`, the
 * fewest lines of a first cell in the table's other rows: "CGC" at the foot of the page where every row's
 * reference is "CGC" / "25/14"), and the part goes on only in the cells still open on the last line above.
 */
export function oneRow(lines: PdfLine[], columns: number, columnOf: ColumnOf, pageOf: (line: PdfLine) => number = () => 0, firstCellLines = 0): boolean {
  const size = Math.max(...lines.map((l) => l.size));
  const level = (a: number, b: number): boolean => Math.abs(a - b) <= LEVEL_EMS * size;
  const columnsOf = (line: PdfLine): number[] => line.segments.map((s) => columnOf(line, s));
  const parts = pageParts(lines, pageOf);
  return parts.every((part, p) => {
    if (p > 0 && columnsOf(part[0]!).includes(0)) {
      const above = parts[p - 1]!;
      const cut = above.filter((l) => columnsOf(l).includes(0)).length < firstCellLines;
      const open = columnsOf(above[above.length - 1]!);
      if (!cut || !columnsOf(part[0]!).every((c) => open.includes(c))) return false;
    }
    const cells = Array.from({ length: columns }, (_, c) => part.filter((l) => columnsOf(l).includes(c))).filter((cell) => cell.length > 0);
    const whole = cells.every((cell) => cell.every((l, k) => k === 0 || l.y - cell[k - 1]!.y <= NEXT_LINE_EMS * size));
    const top = part[0]!.y;
    const middle = (top + part[part.length - 1]!.y) / 2;
    return whole && (cells.every((cell) => level(cell[0]!.y, top)) || cells.every((cell) => level((cell[0]!.y + cell[cell.length - 1]!.y) / 2, middle)));
  });
}
