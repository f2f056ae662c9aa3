import type { PdfTextItem } from './pdf-page';

/** A run crosses a column's edge when it reaches this far (ems) past it on either side. */
const CROSS_EMS = 0.5;

/**
 * A run that pdf.js made of two cells' text on one baseline ("March 2025 Closed": a deadline and the status
 * beside it, drawn close enough to read as words of one line) cut in two where it crosses `edge` (a cell's
 * border or the gap before a column's text, points): at the space whose place, its width shared evenly
 * among its characters, is nearest the edge. The second part starts at `start` (where that column's text
 * starts) or past the edge, and ends where the run ends. The run alone when it does not cross the edge or
 * has no space to cut at.
 */
export function splitRun(item: PdfTextItem, edge: number, start: number): PdfTextItem[] {
  const end = item.x + item.width;
  const reach = CROSS_EMS * item.size;
  if (item.x > edge - reach || end < edge + reach || item.text.trim().length === 0) return [item];
  const perChar = item.width / item.text.length;
  let cut = -1;
  for (let k = 1; k + 1 < item.text.length; k += 1) {
    if (item.text[k] !== ' ' || item.text[k - 1] === ' ') continue;
    if (cut < 0 || Math.abs(item.x + k * perChar - edge) < Math.abs(item.x + cut * perChar - edge)) cut = k;
  }
  const head = cut < 0 ? '' : item.text.slice(0, cut).trimEnd();
  const tail = cut < 0 ? '' : item.text.slice(cut).trimStart();
  if (!head || !tail) return [item];
  const x = Math.min(Math.max(start, edge), end - perChar);
  return [{ ...item, text: head, width: Math.min(cut * perChar, edge - item.x) }, { ...item, text: tail, x, width: end - x }];
}

/** The runs with each that crosses one of the `edges` cut there (`startOf`: where the column after an edge starts its text). */
export function splitRuns(items: PdfTextItem[], edges: number[], startOf: (edge: number, item: PdfTextItem) => number): PdfTextItem[] {
  return items.flatMap((item) => edges.reduce<PdfTextItem[]>((parts, edge) => parts.flatMap((part) => splitRun(part, edge, startOf(edge, part))), [item]));
}
