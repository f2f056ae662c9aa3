import { recogniseHeader } from './header-columns';

/**
 * A table typed with spaces ("No.  Action                 Lead         Timing"), as plain-text trackers and
 * e-mails lay them out: the header is a line whose words, split at runs of two or more spaces, are an action
 * table's headings; each column starts where its heading starts. The rows below (up to a blank line, or a
 * line that does not reach past the first column) are cut at those positions and given back tab-separated,
 * line for line (a cell typed a character or two before its heading's start, after a gap of 2+ spaces, still
 * belongs to that heading's column), so the table reader reads them as it reads a Word table saved as text. Lines with tabs or
 * pipes, and everything outside such a block, are returned as they are.
 */
export function alignedToTabs(lines: string[]): string[] {
  const out = [...lines];
  for (let i = 0; i < lines.length; i++) {
    const starts = headerStarts(lines[i]!);
    if (!starts) continue;
    out[i] = cut(lines[i]!, starts);
    for (let j = i + 1; j < lines.length; j++) {
      const line = lines[j]!;
      if (!line.trim() || line.includes('\t') || line.includes('|') || line.trimEnd().length <= starts[1]!) break;
      out[j] = cut(line, starts);
      i = j;
    }
  }
  return out;
}

/** The column starts of an aligned header line, or null when the line is not one. */
function headerStarts(line: string): number[] | null {
  if (line.includes('\t') || line.includes('|') || !/\S\s{2,}\S/.test(line)) return null;
  const starts: number[] = [];
  const cells: string[] = [];
  for (const m of line.matchAll(/\S+(?:\s\S+)*/g)) {
    starts.push(m.index!);
    cells.push(m[0]);
  }
  return cells.length >= 3 && recogniseHeader(cells) ? starts : null;
}

/** The line cut at the column starts (a cell that runs past the next start ends at its last space before it). */
function cut(line: string, starts: number[]): string {
  const cells: string[] = [];
  let from = 0;
  for (let k = 1; k <= starts.length; k++) {
    let to = k < starts.length ? starts[k]! : line.length;
    // A cell typed a character or two before its heading's start, after a gap of 2+ spaces: it starts there.
    if (k < starts.length && to < line.length && line[to - 1] !== ' ') to = earlyStart(line, to, from);
    // Text running over the column start: end the cell at the gap of 2+ spaces nearest after it, if any.
    if (k < starts.length && to < line.length && line[to - 1] !== ' ' && line[to] !== ' ') {
      const gap = line.slice(to).search(/\s{2,}/);
      to = gap >= 0 ? to + gap : line.length;
    }
    cells.push(line.slice(from, to).trim());
    from = to;
  }
  return cells.join('\t');
}

/** `to`, or the start 1–2 characters before it of a cell that follows a gap of 2+ spaces (one typed out of line). */
function earlyStart(line: string, to: number, from: number): number {
  for (let d = 1; d <= 2; d++) {
    const at = to - d;
    if (at - 2 > from && line[at] !== ' ' && line[at - 1] === ' ' && line[at - 2] === ' ') return at;
  }
  return to;
}
