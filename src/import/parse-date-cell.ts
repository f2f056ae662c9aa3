import { IsoDate, daysInMonth, isRealDate } from '../domain/calendar-date';
import { CellValue, cellText, dateCellToIso } from './cell';
import { parseDateText } from './date-text';

export type DateCellReading =
  | { kind: 'date'; date: IsoDate }
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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Reads a due-date or meeting-date cell: ISO, dd/mm/yyyy, "13 May 2022", or a spreadsheet date. */
export function parseDateCell(value: CellValue): DateCellReading {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? { kind: 'blank' } : { kind: 'date', date: dateCellToIso(value) };
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= SERIAL_MIN && value <= SERIAL_MAX) {
      return { kind: 'date', date: dateCellToIso(new Date(EXCEL_EPOCH_MS + value * 86_400_000)) };
    }
    return { kind: 'invalid', text: String(value), example: '30/06/2022' };
  }
  const text = cellText(value);
  if (!text || NO_DATE.test(text)) return { kind: 'blank' };
  const reading = parseDateText(text);
  if (reading.kind === 'date') return reading;
  if (reading.kind === 'not-date') return { kind: 'text', text };
  const { y, m } = reading.mention;
  const example = m >= 1 && m <= 12 && isRealDate(y, m, 1) ? `${pad(daysInMonth(y, m))}/${pad(m)}/${y}` : '30/06/2022';
  return { kind: 'invalid', text, example };
}
