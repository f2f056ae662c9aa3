import { IsoDate, isoDate } from '../domain/calendar-date';
import { CellValue, cellText } from './cell';
import { findDates, monthNumber } from './date-text';

/** What a section row says about the meeting of the rows below it. */
export interface Section {
  /** The heading as written: "May 2022", "Actions held over from previous meetings". */
  text: string;
  /** A full date ("Actions from meeting on 28 February 2018"): the rows' own meeting. */
  meetingDate?: IsoDate;
  /** A month and year only ("May 2022"): "YYYY-MM"; the day is unknown. */
  month?: string;
}

const MONTH_YEAR = /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(\d{4})\b/i;
const MONTH_WORD = /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b/i;

/**
 * A row that spans the table ("May 2022", "Actions from meeting on 28 February 2018", "Business
 * delegated to committees", "Governance" merged across a Word table): one text, in the first cell or repeated across merged cells, that reads
 * as a heading (a month, or at least two words) rather than a reference. Null for any other row.
 * `firstColumn`: where the table starts in the row (a worksheet's table may not start in column A).
 * When the first cell is the action column (a table with no number column), a lone text is an action
 * with its other cells empty unless it names a month and year.
 */
export function sectionText(cells: CellValue[], actionColumn?: number, firstColumn = 0): string | null {
  const filled = cells.map((c, i) => ({ i, text: cellText(c) })).filter((c) => c.text !== '');
  const texts = new Set(filled.map((c) => c.text));
  if (texts.size !== 1) return null;
  // "The first cell" is the table's first column: a sheet's table may start in column C.
  if (filled[0]!.i !== firstColumn && filled.length < 2) return null;
  const text = filled[0]!.text;
  const words = text.split(/\s+/).filter((w) => /^[A-Za-z]{3,}$/.test(w)).length;
  const dated = MONTH_WORD.test(text) && /\d{4}/.test(text);
  if (filled.length === 1 && filled[0]!.i === actionColumn) return dated ? text : null;
  return dated || words >= 2 || isOneWordHeading(text) ? text : null;
}

/**
 * One capitalised word alone across the row ("Governance", "Finance"): a Word row merged across the table
 * or a cell with the rest of the row empty. Never a reference (no digits) and never all capitals ("TBC").
 */
function isOneWordHeading(text: string): boolean {
  return /^[A-Z][a-z]{3,}[a-z&-]*$/.test(text);
}

/** What the section heading says about the meeting: a full date, a month and year, or nothing. */
export function readSection(text: string): Section {
  const date = findDates(text).find((d) => d.date)?.date;
  if (date) return { text, meetingDate: date };
  const m = MONTH_YEAR.exec(text);
  if (m) return { text, month: isoDate(Number(m[2]), monthNumber(m[1]!), 1).slice(0, 7) };
  return { text };
}
