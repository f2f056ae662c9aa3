import { IsoDate, daysInMonth, isRealDate, isoDate } from '../domain/calendar-date';
import { CellValue, cellText, dateCellToIso } from './cell';
import { monthNumber, parseDateText } from './date-text';
import { isSpreadsheetError } from './spreadsheet-error';
import { timestampDate } from '../domain/timestamp';

export type DateCellReading =
  /** `serial`: the cell held Excel's day number as text (a CSV saved from Excel), not a date. */
  | { kind: 'date'; date: IsoDate; serial?: true }
  /** A spreadsheet error such as "#REF!": a formula lost what it pointed at. */
  | { kind: 'error'; text: string }
  | { kind: 'blank' }
  /** Text that is not a date at all ("End May"); the caller may read it as a timing. */
  | { kind: 'text'; text: string }
  /** Looks like a date but is not one (31/06/2022); `example` is a real date to suggest. */
  | { kind: 'invalid'; text: string; example: string };

/** Words a register writes when there is no date yet. */
const NO_DATE = /^(?:-+|tbc|tba|tbd|n\/?a|none|nil|\?+)$/i;

/** Excel serial day numbers between 1950 and 2150, for date columns not formatted as dates. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 91311;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Years a register's dates fall in; anything else is a typing slip ("1/1/9999"). */
const MIN_YEAR = 1950;
const MAX_YEAR = 2150;

/** Excel's day number (1950–2150) as a date; spreadsheets count from 30 December 1899. */
function serialDate(value: number): DateCellReading | null {
  if (!Number.isInteger(value) || value < SERIAL_MIN || value > SERIAL_MAX) return null;
  return { kind: 'date', date: dateCellToIso(new Date(EXCEL_EPOCH_MS + value * 86_400_000)), serial: true };
}

/** "13-Nov-23", "09 JAN 24": Excel's d-mmm-yy, a whole date in a date cell (the year is 20yy). */
function shortYearDate(text: string): DateCellReading | null {
  const m = /^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s](\d{2})$/.exec(text);
  const month = m ? monthNumber(m[2]!) : 0;
  if (!m || month < 1 || !/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(m[2]!)) return null;
  const [d, y] = [Number(m[1]), 2000 + Number(m[3])];
  return isRealDate(y, month, d) ? { kind: 'date', date: isoDate(y, month, d) } : { kind: 'invalid', text, example: `${pad(daysInMonth(y, month))}/${pad(month)}/${y}` };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Reads a due-date or meeting-date cell: ISO, dd/mm/yyyy, "13 May 2022", a spreadsheet date, or an export's
 * timestamp ("2025-06-30T23:00:00Z": its Europe/London date, timestamp.ts).
 */
export function parseDateCell(value: CellValue): DateCellReading {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { kind: 'blank' } : { kind: 'date', date: dateCellToIso(value) };
  }
  if (typeof value === 'number') {
    // A number cell in a workbook is shown as the number; kept quiet as before (the sheet is typed).
    const date = serialDate(value);
    return date?.kind === 'date' ? { kind: 'date', date: date.date } : { kind: 'invalid', text: String(value), example: '30/06/2022' };
  }
  const text = cellText(value);
  if (!text || NO_DATE.test(text)) return { kind: 'blank' };
  if (isSpreadsheetError(text)) return { kind: 'error', text };
  const stamped = timestampDate(text);
  if (stamped) return stamped.date ? { kind: 'date', date: stamped.date } : { kind: 'invalid', text, example: '30/06/2022' };
  if (/^\d{5}(?:\.0+)?$/.test(text)) return serialDate(Number(text)) ?? { kind: 'invalid', text, example: '30/06/2022' };
  // "1/1/99999": the shape of a date with a year no register means.
  if (/^\d{1,2}[/.-]\d{1,2}[/.-](?:\d{3}|\d{5,})$/.test(text)) return { kind: 'invalid', text, example: '30/06/2022' };
  const short = shortYearDate(text);
  if (short) return short;
  const reading = parseDateText(text);
  if (reading.kind === 'date') {
    const year = Number(reading.date.slice(0, 4));
    return year >= MIN_YEAR && year <= MAX_YEAR ? reading : { kind: 'invalid', text, example: '30/06/2022' };
  }
  if (reading.kind === 'not-date') return { kind: 'text', text };
  const { y, m } = reading.mention;
  const example = m >= 1 && m <= 12 && isRealDate(y, m, 1) ? `${pad(daysInMonth(y, m))}/${pad(m)}/${y}` : '30/06/2022';
  return { kind: 'invalid', text, example };
}
