import type { ExportInput } from './export-input';
import { REGISTER_COLUMNS, RegisterRow, registerRows } from './register-rows';
import { londonDateTimeText } from '../domain/london-time';

/** Makes Excel open the file as UTF-8 (it otherwise guesses the ANSI code page). */
const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * Text typed by people that a spreadsheet would read as a formula (=, +, -, @, and per OWASP a leading
 * tab or carriage return) is prefixed with an apostrophe, so opening the CSV runs nothing.
 */
export function neutralise(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** RFC 4180: quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function fields(r: RegisterRow): string[] {
  const text = neutralise;
  return [
    text(r.reference), text(r.board), r.meetingDate, String(r.number), text(r.action), text(r.lead), text(r.timing),
    r.due ?? '', r.rag, r.daysOverdue === null ? '' : String(r.daysOverdue), text(r.latestUpdate), text(r.updatedBy),
    r.updatedAt ? londonDateTimeText(r.updatedAt) : '',
  ];
}

/** The register as CSV: the xlsx "Register" columns, dates as `YYYY-MM-DD`, updated-at in London time. */
export function registerCsv(input: ExportInput): string {
  const records = [[...REGISTER_COLUMNS], ...registerRows(input).map(fields)];
  return BOM + records.map((r) => r.map(csvField).join(',') + CRLF).join('');
}
