import type { SourcePlace } from './draft';
import { PdfLine, PdfSegment, joinWrapped } from './pdf-lines';

/** Where the converted text goes: one entry of `places` per line of `lines` (undefined for a blank line). */
export interface PdfTextOut {
  lines: string[];
  places: Array<SourcePlace | undefined>;
}

/** Lines closer than this (ems, baseline to baseline) are one block; wider spacing is a paragraph break. */
const TIGHT_EMS = 1.4;
/** A column's text starts within this (ems) of where the column's first line put it. */
const ALIGN_EMS = 0.5;
/** A line that starts like this begins something new: a bullet, "4.3.", "ACTION:", "Action 3:". */
const STARTS_NEW = /^(?:[-•*▪◦–]\s|\(?\d+(?:\.\d+)*[.)]\s|ACTIONS?\b|Actions?\s*(?:\d+\s*)?[:-])/;

interface Row {
  cells: string[];
  columns: number[];
  first: PdfLine;
  last: PdfLine;
}

interface Paragraph {
  text: string;
  first: PdfLine;
  last: PdfLine;
}

/**
 * Writes the lines of one page that are not in a bordered table as text: a paragraph's wrapped lines
 * joined into one line, and lines laid out in columns (a table without borders, tab stops) as
 * tab-separated rows, a cell's wrapped lines joined back into its row. A blank line where the page
 * leaves space between paragraphs. Places name the page and the line where each starts.
 */
export class PdfProse {
  private row: Row | null = null;
  private paragraph: Paragraph | null = null;
  private lastLine: PdfLine | null = null;

  constructor(private readonly out: PdfTextOut, private readonly page: number, private readonly rightEdge: number) {}

  add(line: PdfLine): void {
    const tight = this.lastLine !== null && line.y - this.lastLine.y <= TIGHT_EMS * Math.max(line.size, this.lastLine.size);
    const previous = this.lastLine;
    this.lastLine = line;
    if (this.row && tight && this.continuesRow(this.row, line)) {
      for (const s of line.segments) {
        const k = columnOf(this.row.columns, s, line.size);
        this.row.cells[k] = joinWrapped(this.row.cells[k] ?? '', s.text);
      }
      this.row.last = line;
      return;
    }
    if (this.paragraph && tight && this.continuesParagraph(this.paragraph, line)) {
      this.paragraph.text = joinWrapped(this.paragraph.text, line.segments[0]!.text);
      this.paragraph.last = line;
      return;
    }
    const columns = this.row && line.segments.length >= 2 && fits(this.row.columns, line) ? this.row.columns : null;
    this.end();
    // Space between paragraphs is a blank line; between the rows of one table it is only spacing.
    if (previous && !tight && !columns) this.blank();
    if (line.segments.length >= 2) {
      const own = columns ?? line.segments.map((s) => s.x0);
      const cells = own.map(() => '');
      for (const s of line.segments) cells[columnOf(own, s, line.size)] = s.text;
      this.row = { cells, columns: own, first: line, last: line };
    } else {
      this.paragraph = { text: line.segments[0]!.text, first: line, last: line };
    }
  }

  /** Writes what is pending (the last row or paragraph). */
  end(): void {
    if (this.row) this.write(this.row.cells.join('\t'), this.row.first);
    if (this.paragraph) this.write(this.paragraph.text, this.paragraph.first);
    this.row = null;
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
    this.out.places.push({ page: this.page, line: first.number });
    this.out.lines.push(text);
  }

  /** A line with nothing in the row's first column, its text in the row's columns: a cell's wrapped text. */
  private continuesRow(row: Row, line: PdfLine): boolean {
    if (!fits(row.columns, line)) return false;
    return line.segments.every((s) => columnOf(row.columns, s, line.size) > 0);
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

/** The column a segment falls in: the last whose start is at or left of the segment's start. */
function columnOf(columns: number[], s: PdfSegment, size: number): number {
  let k = 0;
  while (k + 1 < columns.length && columns[k + 1]! <= s.x0 + ALIGN_EMS * size) k += 1;
  return k;
}

/** The line's segments fall in the columns one each, left to right. */
function fits(columns: number[], line: PdfLine): boolean {
  const ks = line.segments.map((s) => columnOf(columns, s, line.size));
  return ks.every((k, i) => i === 0 || k > ks[i - 1]!);
}
