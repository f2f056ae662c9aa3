import { PdfSegment, brokenWord, joinBroken, joinWrapped } from './pdf-lines';

/**
 * Word's default cell margin as LibreOffice prints it (points, 0.19 cm each side): in a table without
 * borders a cell ends this far before the next column's text starts, and its own text this far before that.
 */
const CELL_MARGIN = 5.4;

/**
 * The cells of one row of a table without borders, built line by line: a cell's wrapped lines joined with
 * a space, or with none where a word too long for a narrow cell was broken at its edge ("25/1" / "4",
 * "Septembe" / "r 2024"): the line above is one word reaching the cell's right edge, taken from where the
 * next column starts (less the cell margins), and `joinBroken` agrees the word goes on. The last column
 * has no edge to measure: its lines join with a space.
 */
export class RowCells {
  readonly cells: string[];
  /** Each column's last line so far: its segment and font size. */
  private readonly above: Array<{ segment: PdfSegment; size: number } | undefined>;

  /** `starts`: the left edges of the columns' text (points), left to right. */
  constructor(private readonly starts: number[]) {
    this.cells = starts.map(() => '');
    this.above = starts.map(() => undefined);
  }

  /** Adds a segment of a line (its font `size`) to column k's cell. */
  add(k: number, segment: PdfSegment, size: number): void {
    const above = this.above[k];
    const next = this.starts[k + 1];
    const box = next === undefined ? null : { left: this.starts[k]! - CELL_MARGIN, right: next - CELL_MARGIN };
    const broken = above !== undefined && box !== null && brokenWord({ number: 0, y: 0, size: above.size, segments: [above.segment] }, box);
    this.cells[k] = broken ? joinBroken(this.cells[k]!, segment.text) : joinWrapped(this.cells[k]!, segment.text);
    this.above[k] = { segment, size };
  }
}
