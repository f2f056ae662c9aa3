import { extname } from 'path';
import { DocumentReading } from './draft';
import { ImportError, emptyDocument, unreadableDocument } from './import-error';
import { decodeText } from './decode-text';
import { readCsv } from './read-csv';
import { readDocx } from './read-docx';
import { readPdf } from './read-pdf';
import { readText } from './read-text';
import { readXlsx } from './read-xlsx';
import { settleNextMeetings } from './next-meeting';
import { checkZip } from './zip-guard';
import { withCellAdvice } from './cell-advice';
import { monthFirstMeetingWarning } from './month-first';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

type Reader = (fileName: string, content: Buffer) => Promise<DocumentReading> | DocumentReading;

function readTextFile(fileName: string, content: Buffer): DocumentReading {
  const text = decodeText(content);
  if (text === null) throw unreadableDocument(fileName, 'text');
  if (!text.trim()) throw emptyDocument(fileName);
  return readText(fileName, text);
}

const READERS: Record<string, Reader> = {
  '.txt': readTextFile, '.md': readTextFile, '.docx': readDocx, '.pdf': readPdf, '.csv': readCsv, '.xlsx': readXlsx,
};

/** The formats Chaser reads, as messages and help name them. */
export const IMPORT_FORMATS = '.txt, .md, .docx, .pdf, .csv and .xlsx';

/** What to suggest for formats Chaser does not read. */
const INSTEAD: Record<string, string> = {
  '.doc': 'save it as a Word document (.docx)', '.xls': 'save it as an Excel workbook (.xlsx)',
  '.rtf': 'save it as a Word document (.docx)', '.odt': 'save it as a Word document (.docx)',
};

/**
 * Reads one uploaded document into action drafts, suggestions and problems. Throws `ImportError`
 * when nothing can be imported: an unsupported format, unreadable or empty content (a damaged or
 * password-protected PDF, or one with no text, such as a scan), more than 5 MB, a .docx/.xlsx that
 * unpacks to more than `ZIP_LIMITS` or a PDF of more than `PDF_LIMITS.maxPages` pages ('too-large'),
 * or no actions and no suggestions at all.
 */
export async function readDocument(fileName: string, content: Buffer): Promise<DocumentReading> {
  const ext = extname(fileName).toLowerCase();
  const reader = READERS[ext];
  if (!reader) {
    const hint = INSTEAD[ext] ? `; ${INSTEAD[ext]}` : '';
    throw new ImportError(
      'unsupported-format', fileName,
      `"${fileName}" cannot be imported: Chaser reads ${IMPORT_FORMATS} files${hint}.`,
    );
  }
  if (content.length > MAX_IMPORT_BYTES) {
    const mb = (Math.ceil((content.length / (1024 * 1024)) * 10) / 10).toFixed(1);
    throw new ImportError('too-large', fileName, `"${fileName}" is ${mb} MB, more than the 5 MB Chaser can import.`);
  }
  if (content.length === 0) throw emptyDocument(fileName);
  // Word and Excel files are zip archives: checked for bombs before any library inflates them.
  if (ext === '.docx' || ext === '.xlsx') await checkZip(fileName, content);
  const read = await reader(fileName, content);
  const advised = { ...read, problems: read.problems.map((p) => withCellAdvice(p, ext)) };
  const reading = { ...advised, problems: [...monthFirstMeetingWarning(advised), ...advised.problems] };
  if (reading.drafts.length === 0 && reading.suggestions.length === 0) {
    const why = reading.problems.length
      ? reading.problems.slice(0, 3).map((p) => p.message).join(' ') +
        (reading.problems.length > 3 ? ` (and ${reading.problems.length - 3} more problems)` : '')
      : 'expected a table with "No." and "Action" columns, lines such as "Action 1: MPS to ...", or decisions such as "It was agreed that ...".';
    throw new ImportError('no-actions', fileName, `No actions were found in "${fileName}": ${why}`, reading.problems);
  }
  return settleNextMeetings(reading);
}
