import type { PdfLine } from './pdf-lines';

/** A page as the furniture finder sees it: its height and its lines outside tables. */
export interface PageLines {
  height: number;
  lines: PdfLine[];
}

/** Page headers and footers sit in this share of the page's height at its top or bottom. */
const MARGIN = 0.12;
/** How many lines at the top and the bottom of a page may be header or footer. */
const EDGE_LINES = 3;
/** "Page 2 of 5", "2 / 5", "- 2 -", "12". */
const PAGE_NUMBER = /^(?:page\s*)?-?\s*\d{1,4}\s*-?(?:\s*(?:of|\/)\s*\d{1,4})?$/i;

/**
 * The running headers and footers of a document's pages ("Page 2 of 5", "OFFICIAL-SENSITIVE", the
 * board's name on every page): lines in a page's top or bottom margin that are a page number, or that
 * recur, numbers aside, in the same margin of two or more pages. Left out, a table that runs over a page
 * break reads as one table. Returns the lines, as the objects given.
 */
export function pageFurniture(pages: PageLines[]): Set<PdfLine> {
  const candidates = pages.map(({ height, lines }) => {
    const top = lines.slice(0, EDGE_LINES).filter((l) => l.y < height * MARGIN);
    const bottom = lines.slice(-EDGE_LINES).filter((l) => l.y > height * (1 - MARGIN));
    return [...top.map((line) => ({ line, key: `top ${keyOf(line)}` })), ...bottom.map((line) => ({ line, key: `bottom ${keyOf(line)}` }))];
  });
  const pagesWith = new Map<string, number>();
  for (const page of candidates) {
    for (const key of new Set(page.map((c) => c.key))) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const furniture = new Set<PdfLine>();
  for (const { line, key } of candidates.flat()) {
    if ((pagesWith.get(key) ?? 0) >= 2 || PAGE_NUMBER.test(textOf(line))) furniture.add(line);
  }
  return furniture;
}

function textOf(line: PdfLine): string {
  return line.segments.map((s) => s.text).join(' ').trim();
}

/** The line's text with its numbers as "#", so "Page 2 of 5" and "Page 3 of 5" are one footer. */
function keyOf(line: PdfLine): string {
  return textOf(line).toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
}
