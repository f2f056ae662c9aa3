import type { SourcePlace } from './draft';
import { headerStarts, refineStarts, splitAtStarts } from './pdf-column-starts';
import { PdfLine, joinWrapped } from './pdf-lines';
import { fits, rowsOf } from './pdf-prose-rows';
import { TableCarry } from './pdf-table-carry';

/** Where the converted text goes: one entry of `places` per line of `lines` (undefined for a blank line). */
export interface PdfTextOut {
  lines: string[];
  places: Array<SourcePlace | undefined>;
}

/** Lines closer than this (ems, baseline to baseline) are one block; wider spacing is a paragraph break. */
const TIGHT_EMS = 1.4;
/** Rows of a table without borders are at most this far apart (ems, baseline to baseline; cell padding included). */
const ROW_GAP_EMS = 3.5;
/** A line that starts like this begins something new: a bullet, "4.3.", "ACTION:", "Action 3:". */
const STARTS_NEW = /^(?:[-•*▪◦–]\s|\(?\d+(?:\.\d+)*[.)]\s|ACTIONS?\b|Actions?\s*(?:\d+\s*)?[:-])/;

/** Lines laid out in columns without borders: the columns' left edges (from the first lines, points) and the lines. */
interface Columns {
  starts: number[];
  lines: PdfLine[];
}

interface Paragraph {
  text: string;
  first: PdfLine;
  last: PdfLine;
}

/**
 * Writes the lines of one page that are not in a bordered table as text: a paragraph's wrapped lines
 * joined into one line, and lines laid out in columns (a table without borders, tab stops) as
 * tab-separated rows, a cell's wrapped lines joined back into its row (at the top or the middle of the
 * row). A blank line where the page leaves space between paragraphs. Places name the page and the line
 * where each starts.
 */
export class PdfProse {
  private columns: Columns | null = null;
  private paragraph: Paragraph | null = null;
  private lastLine: PdfLine | null = null;
  private page = 0;
  private rightEdge = 0;
  /** The page each line added was on (a row can start on one page and end on the next). */
  private readonly pageOf = new Map<PdfLine, number>();
  /** Set while the top of a page may continue the table at the foot of the page before. */
  private carry: TableCarry | null = null;

  constructor(private readonly out: PdfTextOut) {}

  /**
   * Starts a page (`rightEdge`: where its text ends on the right, points). A paragraph ends with the page;
   * a table without borders stays open, so its next lines (after its header row, if repeated) carry on
   * its last row and its rows, as a row split by the page break is one row.
   */
  newPage(page: number, rightEdge: number): void {
    if (this.paragraph) this.end();
    this.carry = this.columns ? new TableCarry(this.columns.lines, this.lastLine!) : null;
    this.lastLine = this.columns ? this.lastLine : null;
    [this.page, this.rightEdge] = [page, rightEdge];
  }

  add(original: PdfLine): void {
    const carried = this.carry ? this.carry.place(original, (l) => this.columns !== null && fits(this.columns.starts, this.cells(l))) : original;
    if (carried === null) return;
    if (this.carry && carried === original) {
      this.carry = null;
      this.end();
      this.lastLine = null;
    }
    const line = this.cells(carried);
    this.pageOf.set(line, this.page);
    const previous = this.lastLine;
    const gap = previous ? line.y - previous.y : Number.POSITIVE_INFINITY;
    const tight = gap <= TIGHT_EMS * Math.max(line.size, previous?.size ?? 0);
    this.lastLine = line;
    const refined = this.columns && tight && !fits(this.columns.starts, line) ? refineStarts(this.columns.starts, this.columns.lines, line) : null;
    if (this.columns && refined && fits(refined, line)) this.columns.starts = refined;
    if (this.columns && gap <= ROW_GAP_EMS * line.size && fits(this.columns.starts, line)) {
      this.columns.lines.push(line);
      return;
    }
    if (this.paragraph && tight && this.continuesParagraph(this.paragraph, line)) {
      this.paragraph.text = joinWrapped(this.paragraph.text, line.segments[0]!.text);
      this.paragraph.last = line;
      return;
    }
    this.end();
    if (previous && !tight) this.blank();
    if (line.segments.length >= 2) {
      const starts = headerStarts(line);
      this.columns = { starts, lines: [splitAtStarts(starts, line)] };
    } else this.paragraph = { text: line.segments[0]!.text, first: line, last: line };
  }

  /** The line cut into the open table's columns where two cells come closer than a column gap (as it is when that does not fit them). */
  private cells(line: PdfLine): PdfLine {
    if (!this.columns || fits(this.columns.starts, line)) return line;
    const split = splitAtStarts(this.columns.starts, line);
    return fits(this.columns.starts, split) ? split : line;
  }

  /** Writes what is pending (the last rows or paragraph). */
  end(): void {
    // Empty cells at the end are left off, as a line typed with tab stops has none ("4.3.<tab>The MPS …").
    if (this.columns) for (const row of rowsOf(this.columns, (l) => this.pageOf.get(l) ?? this.page)) this.write(row.cells.join('\t').replace(/\t+$/, ''), row.first);
    if (this.paragraph) this.write(this.paragraph.text, this.paragraph.first);
    this.columns = null;
    this.paragraph = null;
  }

  /** Ends what is pending and leaves a blank line, as between paragraphs. */
  blank(): void {
    this.end();
    if (this.out.lines.length && this.out.lines[this.out.lines.length - 1] !== '') {
      this.out.lines.push('');
      this.out.places.push(undefined);
    }
  }

  private write(text: string, first: PdfLine): void {
    this.out.places.push({ page: this.pageOf.get(first) ?? this.page, line: first.number });
    this.out.lines.push(text);
  }

  /** The next line of the paragraph: same size, same left edge, and the line above was full (its break was a wrap). */
  private continuesParagraph(p: Paragraph, line: PdfLine): boolean {
    if (line.segments.length !== 1 || Math.abs(line.size - p.last.size) > 0.5) return false;
    const x0 = line.segments[0]!.x0;
    const aligned = Math.abs(x0 - p.last.segments[0]!.x0) <= 2 || (p.first === p.last && x0 < p.first.segments[0]!.x0);
    if (!aligned || STARTS_NEW.test(line.segments[0]!.text)) return false;
    const text = line.segments[0]!.text;
    const word = text.split(' ')[0]!;
    const wordWidth = (line.segments[0]!.x1 - x0) * (word.length / Math.max(1, text.length));
    return p.last.segments[0]!.x1 + line.size * 0.3 + wordWidth > this.rightEdge - 1;
  }
}
