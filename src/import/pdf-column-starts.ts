import type { PdfLine } from './pdf-lines';

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
