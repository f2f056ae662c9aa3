import { PdfLine, segmentsOf } from './pdf-lines';
import type { PdfTextItem } from './pdf-page';
import { splitRuns } from './pdf-run-split';

/** A column's text starts within this (ems) of a column start already known: the same column. */
const SAME_START_EMS = 0.5;
/** Only the first lines of a table (a header row wrapped in a narrow column) can show a column the first line left empty. */
const HEADER_LINES = 2;

/**
 * The left edges of a table's columns (points, left to right) with those a new line shows added, for a
 * header row whose first line has text in some columns only (a narrow "Meeting" / "date" wraps and the
 * one-line "Ref", centred in the row, sits half a line lower). A start is added where the line has a
 * segment that no segment of the table's lines so far runs across. Null when the table is past its
 * first lines, the line has fewer than two segments, or a segment lands inside another's text.
 */
export function refineStarts(starts: number[], lines: PdfLine[], line: PdfLine): number[] | null {
  if (lines.length > HEADER_LINES || line.segments.length < 2) return null;
  const near = SAME_START_EMS * line.size;
  const added = line.segments.map((s) => s.x0).filter((x) => starts.every((start) => Math.abs(start - x) > near));
  if (added.length === 0) return null;
  const crossed = added.some((x) => lines.some((l) => l.segments.some((s) => s.x0 < x - near && s.x1 > x - near)));
  return crossed ? null : [...starts, ...added].sort((a, b) => a - b);
}

/** A gap between two runs of a header line wider than this (ems, twice a space) starts a heading of its own. */
const HEADING_GAP_EMS = 0.5;

/**
 * Where the columns of a table without borders start (points), from its first line: each segment's left
 * edge, and a run's inside a segment when a gap wider than two spaces comes before it, as between two
 * headings whose cells leave less than a column gap between them ("Target date" 9 points from "Status").
 */
export function headerStarts(line: PdfLine): number[] {
  return line.segments.flatMap((segment) => {
    const items = [...segment.items].sort((a, b) => a.x - b.x);
    return [segment.x0, ...items.filter((item, k) => k > 0 && item.x - textEnd(items[k - 1]!) > HEADING_GAP_EMS * item.size).map((item) => item.x)];
  });
}

/**
 * The line with a segment cut where one of its runs starts at a column start after the run before it has
 * ended: two cells of a table without borders whose text comes closer than a column gap ("CGC" beside
 * "for members …", the cells' padding all that is between), or one run reaching across a column start in a
 * line with other cells (`splitRun`). The line as it was when nothing is cut.
 */
export function splitAtStarts(starts: number[], line: PdfLine): PdfLine {
  const near = SAME_START_EMS * line.size;
  const atStart = (x: number, from: number): boolean => starts.some((start) => start > from + near && Math.abs(start - x) <= near);
  let cut = false;
  // A run across a column start (two cells' text pdf.js read as one: "March 2025 Closed") is cut there, in a line that has other cells.
  const edges = line.segments.length > 1 ? starts.map((start) => start - near) : [];
  const segments = line.segments.flatMap((segment) => {
    const items = splitRuns(segment.items, edges, (edge) => edge + near).sort((a, b) => a.x - b.x);
    const groups: PdfTextItem[][] = [];
    items.forEach((item, k) => {
      const before = items[k - 1];
      const split = before !== undefined && atStart(item.x, segment.x0) && item.x >= textEnd(before) - 0.5;
      if (split) cut = true;
      if (!before || split) groups.push([item]);
      else groups[groups.length - 1]!.push(item);
    });
    return groups.length > 1 ? groups.flatMap((group) => segmentsOf(group, [])) : [segment];
  });
  return cut ? { ...line, segments } : line;
}

/** Where a run's text ends (points), its trailing spaces left out. */
function textEnd(item: PdfTextItem): number {
  const shown = item.text.trimEnd().length;
  return item.x + (item.text.length ? (item.width * shown) / item.text.length : 0);
}
