import { PdfLine, endsInBrokenWord, runsText } from './pdf-lines';
import type { PdfPage, PdfRule, PdfTextItem } from './pdf-page';
import { splitRuns } from './pdf-run-split';

/**
 * A table drawn with borders on one page, read back into rows of cells as Word holds them: a cell whose
 * text wraps onto several lines is one cell; a cell merged across columns is followed by empty cells for
 * the columns it covers; a cell merged down (no border under it) gives its text to every row it covers.
 */
export interface PdfRuledTable {
  /** Top and bottom borders (points from the top of the page). */
  top: number;
  bottom: number;
  /** The x of every column border, left to right (points). */
  columns: number[];
  rows: PdfTableRow[];
  /** The numbers of the page's lines inside the table. */
  lines: Set<number>;
}

export interface PdfTableRow {
  cells: string[];
  /** Per cell: its text ends in a word broken at the cell's edge, which a page break left to go on below. */
  broken: boolean[];
  /** The page line where the row's text starts. */
  line: number;
}

/** Borders closer than this (points) are one border: strokes of a cell and its neighbour often overlap. */
const SAME = 1.5;

interface Cell {
  from: number;
  to: number;
  items: PdfTextItem[];
}

/** Every table with at least two columns drawn with borders on the page, top to bottom. */
export function ruledTables(page: PdfPage, lines: PdfLine[]): PdfRuledTable[] {
  const verticals = page.rules.filter((r) => r.x1 === r.x2).sort((a, b) => a.y1 - b.y1);
  const horizontals = page.rules.filter((r) => r.y1 === r.y2);
  const tables: PdfRuledTable[] = [];
  for (const group of overlapping(verticals)) {
    const columns = distinct(group.map((r) => r.x1));
    if (columns.length < 3) continue;
    const left = columns[0]!;
    const right = columns[columns.length - 1]!;
    const top = Math.min(...group.map((r) => r.y1));
    const bottom = Math.max(...group.map((r) => r.y2));
    const across = horizontals.filter((h) => h.y1 > top - SAME && h.y1 < bottom + SAME && h.x2 > left + SAME && h.x1 < right - SAME);
    for (const part of tablesOf(distinct([top, bottom, ...across.map((h) => h.y1)]), columns, group)) {
      const [from, to] = [part.edges[0]!, part.edges[part.edges.length - 1]!];
      // A line whose last cell's text runs on past the table's right border (past the page's edge, even) is still the table's.
      const inside = lines.filter((l) => l.y - l.size * 0.3 > from && l.y - l.size * 0.3 < to && l.segments[0]!.x0 > left - SAME && l.segments[l.segments.length - 1]!.x0 < right - SAME);
      if (inside.length === 0) continue;
      tables.push({ top: from, bottom: to, columns: part.columns, rows: readRows(part.edges, part.columns, group, across, inside), lines: new Set(inside.map((l) => l.number)) });
    }
  }
  return tables.sort((a, b) => a.top - b.top);
}

function readRows(edges: number[], columns: number[], verticals: PdfRule[], horizontals: PdfRule[], lines: PdfLine[]): PdfTableRow[] {
  // Bands between horizontal borders; each band's cells from the vertical borders that cross it.
  const bands: Cell[][] = [];
  for (let b = 0; b + 1 < edges.length; b += 1) {
    const mid = (edges[b]! + edges[b + 1]!) / 2;
    const walls = columns.map((x, k) => ({ x, k })).filter(({ x, k }) => k === 0 || k === columns.length - 1 || verticals.some((v) => Math.abs(v.x1 - x) <= SAME && v.y1 <= mid && v.y2 >= mid));
    const cells: Cell[] = [];
    for (let w = 0; w + 1 < walls.length; w += 1) {
      const from = walls[w]!.k;
      const to = walls[w + 1]!.k;
      const above = bands[b - 1]?.find((c) => c.from === from && c.to === to);
      const xm = (columns[from]! + columns[to]!) / 2;
      const ruled = horizontals.some((h) => Math.abs(h.y1 - edges[b]!) <= SAME && h.x1 <= xm && h.x2 >= xm);
      // No border above: the cell is merged down from the row above (the same cell, text and all).
      cells.push(above && !ruled ? above : { from, to, items: [] });
    }
    bands.push(cells);
  }
  const bandLines: PdfLine[][] = bands.map(() => []);
  for (const line of lines) {
    const middle = line.y - line.size * 0.3;
    const b = Math.max(0, edges.findIndex((e, k) => k + 1 < edges.length && middle >= e && middle <= edges[k + 1]!));
    bandLines[b]!.push(line);
    const cells = bands[b]!;
    // A run across a cell's border (two cells' text pdf.js read as one) is cut there, its second part as far into its cell as the first.
    const walls = cells.slice(0, -1).map((c) => columns[c.to]!);
    const items = splitRuns(line.segments.flatMap((s) => s.items), walls, (wall, item) => wall + item.x - Math.max(...columns.filter((x) => x <= item.x)));
    for (const item of items) {
      const x = item.x + Math.min(item.width, item.size) / 2;
      const cell = cells.find((c) => x >= columns[c.from]! - SAME && x < columns[c.to]! + SAME) ?? cells[cells.length - 1]!;
      cell.items.push(item);
    }
  }
  // Borders round the table and under its header only: the rows are told apart by their first cells.
  const unruled = edges.length <= 3;
  const rows: PdfTableRow[] = [];
  let lastLine = 1;
  bands.forEach((cells, b) => {
    if (b > 0 && cells.every((c) => bands[b - 1]!.includes(c))) return;
    for (const part of unruled ? rowsByFirstCell(cells, bandLines[b]!) : [{ cells, line: bandLines[b]![0]?.number }]) {
      const boxes = part.cells.map((c) => ({ left: columns[c.from]!, right: columns[c.to]! }));
      const texts = part.cells.flatMap((c, k) => [runsText(c.items, boxes[k]), ...Array<string>(c.to - c.from - 1).fill('')]);
      const broken = part.cells.flatMap((c, k) => [endsInBrokenWord(c.items, boxes[k]!), ...Array<boolean>(c.to - c.from - 1).fill(false)]);
      lastLine = part.line ?? lastLine;
      if (texts.some(Boolean)) rows.push({ cells: texts, broken, line: lastLine });
    }
  });
  return rows;
}

/**
 * The rows in one band of a table with no borders between its rows: each line with text in the first
 * cell starts a row, and the lines under it (a wrapped cell) continue it.
 */
function rowsByFirstCell(cells: Cell[], lines: PdfLine[]): Array<{ cells: Cell[]; line: number | undefined }> {
  const first = cells.find((c) => c.from === 0);
  const starts = lines.filter((l) => first?.items.some((item) => Math.abs(item.y - l.y) <= l.size * 0.5));
  if (starts.length <= 1) return [{ cells, line: lines[0]?.number }];
  return starts.map((start, k) => {
    const top = k === 0 ? Number.NEGATIVE_INFINITY : start.y - start.size * 0.5;
    const next = starts[k + 1];
    const bottom = next ? next.y - next.size * 0.5 : Number.POSITIVE_INFINITY;
    return { cells: cells.map((c) => ({ ...c, items: c.items.filter((item) => item.y > top && item.y <= bottom) })), line: k === 0 ? lines[0]?.number : start.number };
  });
}

/**
 * Tables drawn one against the other (Word's two tables with no paragraph between): where a row's inner
 * column borders share none with the rows above, a new table starts, with the columns of its own rows.
 */
function tablesOf(edges: number[], columns: number[], verticals: PdfRule[]): Array<{ edges: number[]; columns: number[] }> {
  const inner = (b: number): number[] => {
    const mid = (edges[b]! + edges[b + 1]!) / 2;
    return columns.slice(1, -1).filter((x) => verticals.some((v) => Math.abs(v.x1 - x) <= SAME && v.y1 <= mid && v.y2 >= mid));
  };
  const parts: Array<{ from: number; walls: Set<number> }> = [];
  for (let b = 0; b + 1 < edges.length; b += 1) {
    const walls = inner(b);
    const current = parts[parts.length - 1];
    if (!current || (walls.length > 0 && current.walls.size > 0 && !walls.some((x) => current.walls.has(x)))) parts.push({ from: b, walls: new Set(walls) });
    else walls.forEach((x) => current.walls.add(x));
  }
  return parts.map((part, k) => ({
    edges: edges.slice(part.from, (parts[k + 1]?.from ?? edges.length - 1) + 1),
    columns: [columns[0]!, ...[...part.walls].sort((a, b) => a - b), columns[columns.length - 1]!],
  }));
}

/** Vertical borders in groups whose extents overlap (or touch): each group one table. */
function overlapping(verticals: PdfRule[]): PdfRule[][] {
  const groups: PdfRule[][] = [];
  let bottom = Number.NEGATIVE_INFINITY;
  for (const v of verticals) {
    if (v.y1 <= bottom + SAME) {
      groups[groups.length - 1]!.push(v);
      bottom = Math.max(bottom, v.y2);
    } else {
      groups.push([v]);
      bottom = v.y2;
    }
  }
  return groups;
}

/** Sorted values, those within `SAME` of each other counted once. */
function distinct(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) {
    if (out.length === 0 || v - out[out.length - 1]! > SAME) out.push(v);
  }
  return out;
}
