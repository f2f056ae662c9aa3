import type { SourcePlace } from './draft';
import { PdfLine, joinBroken, joinWrapped, pageLines } from './pdf-lines';
import type { PdfPage } from './pdf-page';
import { pageFurniture } from './pdf-page-furniture';
import { PdfProse, PdfTextOut } from './pdf-prose';
import { PdfRuledTable, PdfTableRow, ruledTables } from './pdf-ruled-tables';

/** A table left open at the foot of a page: its column borders, its first (header) row, its last row and where that was written. */
interface OpenTable {
  columns: number[];
  header: string[];
  lastRow: PdfTableRow;
  last: number;
}

/** Column borders within this (points) are the same columns, on the next page too. */
const SAME_COLUMN = 2;

/**
 * Turns a PDF's pages into the text the text reader expects, as `convertDocxHtml` does for Word: each
 * paragraph one line (blank line after), each table row one tab-separated line with a wrapped cell's
 * lines joined, page headers and footers left out, so a table that runs over a page break reads as one
 * table (its header row, when repeated on the next page, read once). `places[i]` names the page and the
 * line on it (counted as a reader counts them) where the 0-based text line i starts.
 */
export function pdfText(pages: PdfPage[]): { text: string; places: Array<SourcePlace | undefined> } {
  const read = pages.map((page) => {
    const lines = pageLines(page);
    const tables = ruledTables(page, lines);
    const inTable = new Map<number, PdfRuledTable>();
    for (const t of tables) for (const n of t.lines) inTable.set(n, t);
    return { page, lines, inTable };
  });
  const furniture = pageFurniture(read.map(({ page, lines, inTable }) => ({ height: page.height, lines: lines.filter((l) => !inTable.has(l.number)) })));
  const out: PdfTextOut = { lines: [], places: [] };
  let open: OpenTable | null = null;
  const prose = new PdfProse(out);
  for (const { page, lines, inTable } of read) {
    const body = lines.filter((l) => !furniture.has(l));
    prose.newPage(page.number, rightEdge(body.filter((l) => !inTable.has(l.number))));
    let first = true;
    for (const line of body) {
      const table = inTable.get(line.number);
      if (!table) {
        if (open) prose.blank();
        open = null;
        prose.add(line);
      } else if (line.number === Math.min(...table.lines)) {
        const continuing = first && open !== null && sameColumns(open.columns, table.columns) ? open : null;
        if (!continuing) prose.blank();
        else prose.end();
        open = writeTable(out, page.number, table, continuing);
      }
      first = false;
    }
  }
  prose.end();
  if (out.lines[out.lines.length - 1] === '') {
    out.lines.pop();
    out.places.pop();
  }
  return { text: out.lines.join('\n'), places: out.places };
}

/**
 * Writes the table's rows. One that continues a table from the page before skips its repeated header row,
 * and a first row with no first cell is the rest of the row the page break split: its cells join that row's.
 */
function writeTable(out: PdfTextOut, page: number, table: PdfRuledTable, continuing: OpenTable | null): OpenTable | null {
  const [head] = table.rows;
  if (!head) return continuing;
  let rows = continuing && head.cells.join('\t') === continuing.header.join('\t') ? table.rows.slice(1) : table.rows;
  const split = rows[0];
  if (continuing && split && !split.cells[0] && split.cells.some(Boolean)) {
    const { cells, broken } = continuing.lastRow;
    const joined: PdfTableRow = {
      cells: cells.map((cell, k) => (broken[k] ? joinBroken(cell, split.cells[k] ?? '') : joinWrapped(cell, split.cells[k] ?? ''))),
      broken: split.broken, line: continuing.lastRow.line,
    };
    out.lines[continuing.last] = joined.cells.join('\t');
    rows = rows.slice(1);
    continuing = { ...continuing, lastRow: joined };
  }
  if (rows.length === 0) return continuing && { ...continuing, columns: table.columns };
  for (const row of rows) {
    out.lines.push(row.cells.join('\t'));
    out.places.push({ page, line: row.line });
  }
  return { columns: table.columns, header: continuing?.header ?? head.cells, lastRow: rows[rows.length - 1]!, last: out.lines.length - 1 };
}

function sameColumns(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, k) => Math.abs(x - b[k]!) <= SAME_COLUMN);
}

/** Where the page's text ends on the right (points): the right margin as the text shows it. */
function rightEdge(lines: PdfLine[]): number {
  return Math.max(0, ...lines.flatMap((l) => l.segments.map((s) => s.x1)));
}
