import { DocumentReading } from './draft';
import { decodeText } from './decode-text';
import { emptyDocument, unreadableDocument } from './import-error';
import { CSV_DELIMITERS, parseCsv } from './parse-csv';
import { findHeader, noHeaderProblem, readRegister } from './read-register';
import { TableRow } from './table-to-drafts';

/**
 * Reads an action log saved as CSV. The delimiter is the one (comma, semicolon or tab) that makes
 * a recognisable header row; rows are records, numbered as a spreadsheet shows them.
 */
export function readCsv(fileName: string, content: Buffer): DocumentReading {
  const text = decodeText(content);
  if (text === null) throw unreadableDocument(fileName, 'a CSV file');
  if (!text.trim()) throw emptyDocument(fileName);
  let fallback: TableRow[] | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const rows: TableRow[] = parseCsv(text, delimiter).map((cells, i) => ({ place: { row: i + 1 }, cells }));
    fallback ??= rows;
    const found = findHeader(rows);
    if (found) return readRegister(fileName, rows, found);
  }
  return { fileName, board: null, meetingDate: null, drafts: [], suggestions: [], problems: [noHeaderProblem(fallback ?? [])] };
}
