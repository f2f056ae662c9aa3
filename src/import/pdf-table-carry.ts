import type { PdfLine } from './pdf-lines';

/** The spacing of a block's lines when it cannot be measured (ems, baseline to baseline, as Word's single spacing). */
const LINE_EMS = 1.17;

/**
 * The top of a page that may go on with a table without borders left open at the foot of the page
 * before: its header row repeated (each of its lines as on the first page) is skipped, and the lines
 * that follow are moved up to run on from the table's last line, as if no page break came between.
 */
export class TableCarry {
  private header = 0;
  private shift: number | null = null;

  /** `table`: the open table's lines so far, its header first; `last`: the last line written before the break. */
  constructor(private readonly table: PdfLine[], private readonly last: PdfLine) {}

  /**
   * The line as the table goes on with it (its `y` moved, points), null for a line of the repeated
   * header, or the line itself, unchanged, when it does not go on with the table (`fits` says it does
   * not fall in the table's columns): the table ended at the page break.
   */
  place(line: PdfLine, fits: (line: PdfLine) => boolean): PdfLine | null {
    if (this.shift === null) {
      const heading = this.table[this.header];
      if (heading && this.header < this.table.length - 1 && textOf(heading) === textOf(line)) {
        this.header += 1;
        return null;
      }
      if (!fits(line)) return line;
      this.shift = this.last.y + this.step() - line.y;
    }
    return { ...line, y: line.y + this.shift };
  }

  /** The table's line spacing: the smallest gap of most of a line or more between its lines (points). */
  private step(): number {
    const size = this.table[0]!.size;
    const gaps = this.table.slice(1).map((l, k) => l.y - this.table[k]!.y).filter((g) => g >= 0.9 * size);
    return gaps.length ? Math.min(...gaps) : LINE_EMS * size;
  }
}

function textOf(line: PdfLine): string {
  return line.segments.map((s) => s.text).join('\t');
}
