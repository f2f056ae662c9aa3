import { DocumentReading, ImportProblem } from './draft';
import { decodeText } from './decode-text';
import { emptyDocument, unreadableDocument } from './import-error';
import { CSV_DELIMITERS, CsvRecords, parseCsvRecords } from './parse-csv';
import { findHeader, noHeaderProblem, readRegister } from './read-register';
import { TableRow } from './table-to-drafts';

/**
 * Reads an action log saved as CSV. The delimiter is the one (comma, semicolon or tab) that makes
 * a recognisable header row; rows are records, numbered as a spreadsheet shows them. A quote that
 * never closes is an error naming the row where it opened (it swallows every row after it).
 */
export async function readCsv(fileName: string, content: Buffer): Promise<DocumentReading> {
  const text = decodeText(content);
  if (text === null) throw unreadableDocument(fileName, 'a CSV file');
  if (!text.trim()) throw emptyDocument(fileName);
  let fallback: { rows: TableRow[]; parsed: CsvRecords } | null = null;
  for (const delimiter of CSV_DELIMITERS) {
    const parsed = parseCsvRecords(text, delimiter);
    const rows: TableRow[] = parsed.records.map((cells, i) => ({ place: { row: i + 1 }, cells }));
    fallback ??= { rows, parsed };
    const found = findHeader(rows);
    if (found) {
      const reading = await readRegister(fileName, rows, found);
      return { ...reading, problems: [...reading.problems, ...unclosedQuote(parsed)] };
    }
  }
  return {
    fileName, board: null, meetingDate: null, drafts: [], suggestions: [],
    problems: [noHeaderProblem(fallback?.rows ?? []), ...(fallback ? unclosedQuote(fallback.parsed) : [])],
  };
}

function unclosedQuote(parsed: CsvRecords): ImportProblem[] {
  const open = parsed.unclosedQuote;
  if (!open) return [];
  const row = open.record + 1;
  return [{
    place: { row }, field: 'quote',
    message: `Row ${row}: a double quote opened in this row (line ${open.line} of the file) is never closed, so every line after it was read into one cell (expected a closing quote; a quote inside a cell is written twice, "").`,
  }];
}
