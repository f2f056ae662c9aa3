import { readDocument } from '../../../src/import/read-document';
import { ImportError } from '../../../src/import/import-error';
import { readPdfPages } from '../../../src/import/read-pdf-pages';
import { convertToPdf, describeWithLibreOffice } from './libre-office';
import { blankPagesPdf, committeeMinutesPdf, passwordPdf, scannedPdf, textPdf } from '../../support/pdf-bytes';
import { ownerLineMinutesDocx, panelTrackerDocx, panelTrackerRows } from './word-documents';

async function failure(fileName: string, content: Buffer): Promise<ImportError> {
  const error = await readDocument(fileName, content).then(() => null, (e: unknown) => e);
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError for ${fileName}, got ${String(error)}`);
  return error;
}

/** A register kept as a web page (an intranet, a SharePoint list saved as HTML), printed to PDF. */
function registerHtml(border: 0 | 1): Buffer {
  const row = (...cells: string[]): string => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
  return Buffer.from(
    '<html><body><p><b>Finance and Audit Committee</b></p><p>Action log: meeting of 12 March 2024</p>' +
    `<table border="${border}" cellpadding="4" width="100%"><colgroup><col width="12%"><col width="52%"><col width="20%"><col width="16%"></colgroup>` +
    row('Ref', 'Action', 'Owner', 'Due date') +
    row('FAC 1', 'Report the outturn against the revised budget for the first three quarters, with the reasons for each variance above five per cent', 'Director of Finance', '30/04/2024') +
    row('FAC 2', 'Circulate the internal audit plan', 'Head of Internal Audit', '15/04/2024') +
    '</table><p>Date of next meeting: 11 June 2024</p></body></html>',
    'utf8',
  );
}

describeWithLibreOffice('the PDF import of minutes, trackers and registers')('reading PDFs a board publishes', () => {
  let pdfs: Record<string, Buffer> = {};

  beforeAll(async () => {
    pdfs = convertToPdf({
      'minutes.docx': await ownerLineMinutesDocx(),
      'tracker.docx': await panelTrackerDocx(),
      'register.html': registerHtml(1),
      'register without borders.html': registerHtml(0),
    });
  }, 240_000);

  it('when minutes mark actions with "ACTION: owner" lines under wrapped paragraphs, then each action is the agreed sentence with its owner', async () => {
    const reading = await readDocument('minutes.pdf', pdfs['minutes.pdf']!);

    expect([reading.board, reading.meetingDate]).toEqual(['Overview and Scrutiny Committee', '2013-01-22']);
    expect(reading.drafts.map((d) => [d.ref, d.lead, d.text])).toEqual([
      ['1', 'Councillor Rowe', 'The Chair agreed to write to the Cabinet Member asking why the board minutes could not be shared before April.'],
      ['2', 'Scrutiny Officer', 'The budget scrutiny timetable to be circulated to members by the end of February.'],
      ['3', 'Treasurer', 'Treasurer to circulate a revised reserves policy by the end of April.'],
      ['4', 'RM', 'RM to chase the volunteers and confirm completion by 30 April.'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a tracker runs over several pages with a running header and footer, a repeated header row and wrapped cells, then all its actions read whole', async () => {
    const pages = await readPdfPages('tracker.pdf', pdfs['tracker.pdf']!);
    const reading = await readDocument('tracker.pdf', pdfs['tracker.pdf']!);

    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect([reading.board, reading.meetingDate]).toEqual(['Westmoor Police and Crime Panel', '2024-06-04']);
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead, d.timing])).toEqual(panelTrackerRows().map(([ref, text, lead, timing]) => [ref, text, lead, timing]));
    expect(reading.drafts.map((d) => d.status)).toEqual(panelTrackerRows().map(([, , , , status]) => ({ Complete: 'complete', 'In progress': 'on_track', Delayed: 'amber' } as Record<string, string>)[status!]));
    expect(reading.drafts[reading.drafts.length - 1]!.place.page).toBe(pages.length);
    expect(reading.problems).toEqual([]);
  });

  it.each([['register.pdf', 'with borders'], ['register without borders.pdf', 'without borders']])(
    'when a web page\'s register table (%s, %s) is printed to PDF, then its rows, wrapped cells and due dates are read',
    async (name) => {
      const reading = await readDocument(name, pdfs[name]!);

      expect([reading.board, reading.meetingDate, reading.nextMeetingDate]).toEqual(['Finance and Audit Committee', '2024-03-12', '2024-06-11']);
      expect(reading.drafts.map((d) => [d.ref, d.text, d.lead, d.due])).toEqual([
        ['FAC 1', 'Report the outturn against the revised budget for the first three quarters, with the reasons for each variance above five per cent', 'Director of Finance', '2024-04-30'],
        ['FAC 2', 'Circulate the internal audit plan', 'Head of Internal Audit', '2024-04-15'],
      ]);
    },
  );
});

describe('a PDF printed straight from a program (Helvetica, no LibreOffice)', () => {
  it('when minutes have an "Action 1:" line and a table without borders over two pages, then every action is read and places name page and line', async () => {
    const reading = await readDocument('arc minutes.pdf', committeeMinutesPdf());

    expect([reading.board, reading.meetingDate]).toEqual(['Audit and Risk Committee', '2025-03-03']);
    expect(reading.drafts.map((d) => [d.ref, d.text, d.lead, d.timing, d.place])).toEqual([
      ['1', 'Director of Finance to circulate the draft accounts by 31 March.', 'Director of Finance', '', { page: 1, line: 3 }],
      ['ARC 1', 'Refresh the risk register and report the top ten risks', 'Head of Risk', 'By 30 April', { page: 1, line: 6 }],
      ['ARC 2', 'Commission the payroll audit', '', 'End of May', { page: 1, line: 8 }],
      ['ARC 3', 'Review the whistleblowing policy', 'Company Secretary', 'June 2025', { page: 2, line: 1 }],
    ]);
    expect(reading.problems.map((p) => p.message)).toEqual([expect.stringMatching(/^Page 1, line 8: action ARC 2 has no lead \(expected /)]);
  });

  it('when one page of a PDF with text is a scan, then the rest is read and a warning names the page that was not', async () => {
    const withScan = textPdf([
      [[50, 60, 'Actions from 3 March 2025 Meeting'], [50, 80, 'No.'], [110, 80, 'Action'], [330, 80, 'Lead'], [50, 94, '1'], [110, 94, 'Circulate the accounts'], [330, 94, 'Treasurer']],
      [],
    ]);

    const reading = await readDocument('minutes.pdf', withScan);

    expect(reading.drafts.map((d) => d.lead)).toEqual(['Treasurer']);
    expect(reading.problems.map((p) => [p.severity, p.message])).toEqual([
      ['warning', 'Page 2 has no text to read (it is blank, or a scanned image), so any actions on it were not read (expected text, as in a PDF saved from Word).'],
    ]);
  });
});

describe('problems in a PDF', () => {
  it('when a row of a PDF table has a cell beyond its headings, then the warning names it without a CSV file\'s advice about commas and quotes', async () => {
    const pdf = textPdf([[
      [50, 60, 'Actions from 3 March 2025 Meeting'], [50, 80, 'No.'], [110, 80, 'Action'], [330, 80, 'Lead'],
      [50, 94, '1'], [110, 94, 'Circulate the accounts'], [330, 94, 'Treasurer'], [450, 94, 'Gre'],
    ]]);

    const reading = await readDocument('minutes.pdf', pdf);

    expect(reading.drafts.map((d) => d.lead)).toEqual(['Treasurer']);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Page 1, line 3: the row has one more cell than the 3 headings ("Gre" not read; expected one cell per heading, each under its heading on the page).',
    ]);
  });
});

describe('text cut off by the page edge', () => {
  it('when a table runs past the right edge of the page, then a warning names the page and the words cut short', async () => {
    const pdf = textPdf([[
      [50, 60, 'Actions from 3 March 2025 Meeting'], [50, 80, 'No.'], [110, 80, 'Action'], [330, 80, 'Lead'], [570, 80, 'Status'],
      [50, 94, '1'], [110, 94, 'Circulate the accounts'], [330, 94, 'Treasurer'], [570, 94, 'Green'],
    ]]);

    const reading = await readDocument('minutes.pdf', pdf);

    expect(reading.problems.filter((p) => p.severity === 'warning').map((p) => p.message)).toEqual([
      expect.stringMatching(/^Page 1: text runs past the right edge of the page, so words there may be cut short \("Stat.*", "Gre.*"\)/),
    ]);
  });
});

describe('PDFs that cannot be read', () => {
  it('when the PDF is a scan (a picture of the page, no text), then it says there is no text and what to send instead', async () => {
    const error = await failure('signed minutes.pdf', scannedPdf());

    expect(error.code).toBe('unreadable');
    expect(error.message).toBe(
      '"signed minutes.pdf" has no text to read: it looks like a scanned image (pictures of pages, not text). Send the document it was made from (Word or the original PDF), or run it through text recognition (OCR) first.',
    );
  });

  it('when the PDF needs a password to open, then it says so and how to send it without one', async () => {
    const error = await failure('tracker.pdf', passwordPdf());

    expect(error.code).toBe('unreadable');
    expect(error.message).toBe('"tracker.pdf" is protected by a password, so Chaser cannot read it (save or print it as a PDF without a password, and retry).');
  });

  it('when the file is damaged (a PDF header, then rubbish), then it is unreadable and the message names the file', async () => {
    const error = await failure('minutes.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Cat'), Buffer.alloc(4000, 0x9c)]));

    expect(error.code).toBe('unreadable');
    expect(error.message).toBe('"minutes.pdf" could not be read as a PDF document; it may be damaged or saved in another format (open it, save it again and retry).');
  });

  it('when the PDF has more than 200 pages, then it is refused before any page is read', async () => {
    const error = await failure('board pack.pdf', blankPagesPdf(201));

    expect(error.code).toBe('too-large');
    expect(error.message).toBe('"board pack.pdf" has 201 pages, more than the 200 Chaser reads in one PDF (send the pages with the actions, and retry).');
  });

  it('when reading takes longer than the time allowed, then the worker is stopped and the message says so', async () => {
    const error = await readPdfPages('board pack.pdf', blankPagesPdf(3), { seconds: 0.001 }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/^"board pack\.pdf" took longer than 0\.001 seconds to read, so Chaser stopped/);
  });

  it('when a spreadsheet printed with narrow columns gives headings that run into each other, then no actions are found and the message says why and what to send instead', async () => {
    const row = (y: number, cells: string[]) => cells.map((t, k) => [[50, 100, 146, 190, 240, 290][k]!, y, t] as [number, number, string]);
    const pdf = textPdf([[
      [50, 60, 'Willowmere Academy Trust - Full Governing Board action log'],
      ...row(80, ['Action No', 'Agenda Ite', 'Action', 'Who', 'By When', 'RAG']),
      ...row(94, ['10.1', 'Safeguardi', 'Review th', 'DSL (KM)', '###', 'G']),
      ...row(108, ['10.2', 'Finance', 'Present th', 'CFO', 'Spring ter', 'A']),
    ]]);

    const failure = await readDocument('log.pdf', pdf).catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ImportError);
    expect((failure as ImportError).message).toMatch(/^No actions were found in "log\.pdf": Page 1, line 2: the table's headings run into each other \("Action No Agenda IteAction Who/);
    expect((failure as ImportError).message).toContain('Import the spreadsheet (.xlsx) itself');
  });
});

