/** The records of a CSV text, and the 0-based record whose quote was never closed (null when all were). */
export interface CsvRecords {
  records: string[][];
  unclosedQuote: { record: number; line: number } | null;
}

/**
 * RFC 4180 records: fields separated by `delimiter`, records by CRLF, LF or CR; a field in double
 * quotes may hold delimiters, line breaks and doubled quotes (""). Lenient about stray quotes. Also tells
 * where a quote that never closes began (it swallows every line after it into one cell): the record, and
 * the 1-based line of the file.
 */
export function parseCsvRecords(text: string, delimiter: string): CsvRecords {
  const records: string[][] = [];
  let line = 1;
  let opened: { record: number; line: number } | null = null;
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
      i += 1;
      continue;
    }
    if (c === '"' && field.trim() === '') {
      field = '';
      quoted = true;
      opened = { record: records.length, line };
    } else if (c === delimiter) endField();
    else if (c === '\r' || c === '\n') {
      endRecord();
      line += 1;
      if (c === '\r' && text[i + 1] === '\n') i += 1;
    } else field += c;
    i += 1;
  }
  const unclosed = quoted ? opened : null;
  if (field !== '' || record.length > 0) endRecord();
  return { records, unclosedQuote: unclosed };
}

/** The delimiters a register may use, most likely first. */
export const CSV_DELIMITERS = [',', ';', '\t'] as const;
