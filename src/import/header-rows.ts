import { CellValue, cellText } from './cell';
import { HeaderColumns, recogniseHeader } from './header-columns';

/** A sub-heading: short words, no digits ("Original", "Revised", "Agreed date"). */
const SUB_HEADING = /^[A-Za-z][A-Za-z .'/&-]{0,30}$/;

/**
 * A header written on two rows: "Due date" merged across two columns, "Original | Revised" under it (in Word,
 * the other headings merged down repeat in the second row; in a CSV or a workbook they are blank there, or
 * repeat a merged cell's text). Each sub-heading joins the heading above it, or the one it spans from
 * ("Due date Original" → due, "Due date Revised" → revised due). Null when `second` is not such a row (a
 * sub-heading must sit under a spanning heading, and every text there be a short heading without digits).
 */
export function combineHeaderRows(first: CellValue[], second: CellValue[] | null | undefined): HeaderColumns | null {
  if (!second) return null;
  const top = first.map((c) => cellText(c));
  const below = second.map((c) => cellText(c));
  let spanned = false;
  const labels: string[] = [];
  let head = '';
  for (let j = 0; j < Math.max(top.length, below.length); j += 1) {
    const above = top[j] ?? '';
    const spans = !above || (j > 0 && above === top[j - 1]);
    if (!spans || !head) head = above;
    const sub = below[j] ?? '';
    if (!sub || sub === above) {
      labels.push(above);
      continue;
    }
    if (!SUB_HEADING.test(sub) || !head) return null;
    if (spans) spanned = true;
    labels.push(`${head} ${sub}`);
  }
  if (!spanned) return null;
  const header = recogniseHeader(labels);
  return header ? { ...header, rows: 2 } : null;
}
