import { DocumentReading, ImportProblem, SourcePlace } from './draft';
import { describePlace } from './place';
import { ImportError } from './import-error';
import type { PdfPage } from './pdf-page';
import { pdfText } from './pdf-text';
import { readPdfPages } from './read-pdf-pages';
import { readText } from './read-text';

/**
 * Reads a PDF (a letter, minutes or a tracker as the board published it): the text and tables as laid
 * out on its pages (`pdfText`), then read as text; places name the page and the line on it. Throws
 * `ImportError` as `readPdfPages` does, and 'unreadable' when no page has any text (a scan); a page
 * without text among pages with text is a warning naming it.
 */
export async function readPdf(fileName: string, content: Buffer): Promise<DocumentReading> {
  const pages = await readPdfPages(fileName, content);
  if (pages.every((p) => p.items.length === 0)) {
    throw new ImportError(
      'unreadable', fileName,
      `"${fileName}" has no text to read: it looks like a scanned image (pictures of pages, not text). Send the document it was made from (Word or the original PDF), or run it through text recognition (OCR) first.`,
    );
  }
  const { text, places } = pdfText(pages);
  const reading = readText(fileName, text, places);
  const clipped = pages.flatMap(cutAtEdge);
  const cut = reading.drafts.length === 0 ? cutHeadings(text.split('\n'), places) : [];
  return { ...reading, problems: [...pages.filter((p) => p.items.length === 0).map(scannedPage), ...clipped, ...cut, ...reading.problems] };
}

/** A heading row as a tracker has it: an action column and one naming its lead, reference or date. */
const ACTION_HEADING = /action/i;
const OTHER_HEADING = /\b(?:no\.?|ref|who|owner|lead|responsib\w*|by\s+when|due|deadline|timing|status|rag)\b/i;
/** "IteAction", "theDSL": a word glued to the next cell's, as a cell cut off by the next one prints. */
const GLUED = /[a-z][A-Z][a-z]/;

/**
 * Why a PDF with a table gave no actions: its heading row is there but run together ("Agenda IteAction
 * Who"), as a workbook printed with columns too narrow for their text prints: each cell cut off where the next
 * begins. The words lost are not in the PDF, so the message asks for the workbook or a wider print.
 */
function cutHeadings(lines: string[], places: Array<SourcePlace | undefined>): ImportProblem[] {
  const i = lines.findIndex((l) => ACTION_HEADING.test(l) && OTHER_HEADING.test(l) && GLUED.test(l) && l.length < 160);
  if (i < 0) return [];
  const place = places[i] ?? {};
  return [{
    place, field: 'table',
    message: `${describePlace(place)}: the table's headings run into each other ("${lines[i]!.trim().replace(/\s+/g, ' ').slice(0, 60)}"), as when a spreadsheet is printed with columns too narrow for their text: each cell is cut off where the next begins, and the words cut off are not in the PDF. Import the spreadsheet (.xlsx) itself, or print it with its columns wide enough (or text wrapped).`,
  }];
}

/**
 * A warning for a page whose text runs past its right edge (a table wider than the page): what is past the
 * edge is not on the page (pdf.js leaves it out), so words there may be cut short ("Gre" for "Green").
 */
function cutAtEdge(page: PdfPage): ImportProblem[] {
  const cut = page.items.filter((item) => item.text.trim() && item.x + item.width > page.width + 0.5);
  if (cut.length === 0 || page.width <= 0) return [];
  const words = cut.slice(0, 3).map((item) => `"${item.text.trim().split(' ').pop()!}"`).join(', ');
  return [{
    place: { page: page.number }, severity: 'warning',
    message: `Page ${page.number}: text runs past the right edge of the page, so words there may be cut short (${words}) and were read as they show. Check them against the document the PDF was made from, or send that document (Word or Excel) instead.`,
  }];
}

/** A page with no text in a PDF that has text elsewhere: a scanned page among typed ones. */
function scannedPage(page: PdfPage): ImportProblem {
  return {
    place: { page: page.number }, severity: 'warning',
    message: `Page ${page.number} has no text to read (it is blank, or a scanned image), so any actions on it were not read (expected text, as in a PDF saved from Word).`,
  };
}
