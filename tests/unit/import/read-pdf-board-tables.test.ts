import { DocumentReading } from '../../../src/import/draft';
import { readDocument } from '../../../src/import/read-document';
import { readPdfPages } from '../../../src/import/read-pdf-pages';
import {
  NARROW_CELL_WIDTHS, SCRUTINY_WIDTHS, TRUSTEE_WIDTHS, TRUST_DATE_WIDTHS, TrackerLayout, WRAPPED_REF_WIDTHS, narrowCellRows, scrutinyCentredRows, trackerDocx, trustDateRows, trusteeLongRows,
  wrappedRefRows,
} from './board-table-documents';
import { convertToPdf, describeWithLibreOffice } from './libre-office';

const STATUS: Record<string, string | null> = { Complete: 'complete', 'In progress': 'on_track', Open: null, 'Not yet due': null };

/** Each action's reference, text, lead and status as read. */
function actions(reading: DocumentReading): Array<Array<string | null | undefined>> {
  return reading.drafts.map((d) => [d.ref, d.text, d.lead, d.status ?? null]);
}

/** The rows' reference, action, lead and status as the Word table holds them. */
function expected(rows: string[][], columns: { ref: number; action: number; lead: number; status?: number }): Array<Array<string | null>> {
  return rows.slice(1).map((r) => [r[columns.ref]!, r[columns.action]!, r[columns.lead]!, columns.status === undefined ? null : STATUS[r[columns.status]!]!]);
}

const layouts: Array<[string, TrackerLayout]> = [
  ['with borders', { borders: true }],
  ['without borders', { borders: false }],
];

describeWithLibreOffice('the PDF import of board trackers with narrow, centred and page-split tables')('board trackers published as PDF', () => {
  const pdfs: Record<string, Buffer> = {};
  const wordDocs: Record<string, Buffer> = {};

  beforeAll(async () => {
    const words: Record<string, Buffer> = {};
    for (const [name, layout] of layouts) {
      for (const vAlign of ['top', 'center'] as const) {
        words[`trust dates ${vAlign} ${name}.docx`] = await trackerDocx('Northfield NHS Trust Board', 'Action tracker: meeting of 11 June 2024', TRUST_DATE_WIDTHS, trustDateRows(), { ...layout, vAlign });
        words[`scrutiny ${vAlign} ${name}.docx`] = await trackerDocx('Harbourside Council Scrutiny Committee', 'Action log: meeting of 4 June 2024', SCRUTINY_WIDTHS, scrutinyCentredRows(), { ...layout, vAlign });
      }
      for (const repeatHeader of [true, false]) {
        for (const vAlign of ['top', 'center'] as const) {
          words[`trustees ${repeatHeader ? 'repeated header' : 'one header'} ${vAlign} ${name}.docx`] =
            await trackerDocx('Friends of Westmoor Trustees', 'Actions from the trustees meeting of 2 May 2024', TRUSTEE_WIDTHS, trusteeLongRows(), { ...layout, repeatHeader, vAlign });
        }
      }
    }
    for (const vAlign of ['top', 'center'] as const) {
      for (const count of vAlign === 'top' ? [3, 8] : [3, 8, 24]) {
        words[`spaced ${count} ${vAlign}.docx`] = await trackerDocx('Holloway Vale Borough Council', 'Corporate Governance Committee action tracker: meeting of 16 October 2025',
          WRAPPED_REF_WIDTHS, wrappedRefRows(count), { borders: false, vAlign, rowSpacing: 120 });
      }
    }
    // 14 rows: the page break falls after "CGC", the first line of the 14th reference ("CGC" / "25/27").
    for (const repeatHeader of [true, false]) {
      words[`spaced 14 top ${repeatHeader ? 'repeated header' : 'one header'}.docx`] = await trackerDocx('Holloway Vale Borough Council',
        'Corporate Governance Committee action tracker: meeting of 16 October 2025', WRAPPED_REF_WIDTHS, wrappedRefRows(14), { borders: false, vAlign: 'top', rowSpacing: 120, repeatHeader });
    }
    for (const vAlign of ['top', 'center'] as const) {
      // Rows that run on are told apart by a reference on one line: there only the other cells break.
      for (const rowSpacing of [0, 120]) {
        words[`narrow ${rowSpacing ? 'spaced' : 'run-on'} ${vAlign}.docx`] = await trackerDocx('Northfield NHS Trust Board', 'Action tracker: meeting of 11 June 2024',
          rowSpacing ? NARROW_CELL_WIDTHS : [900, 3400, ...NARROW_CELL_WIDTHS.slice(2)], narrowCellRows(), { borders: false, vAlign, rowSpacing });
      }
    }
    Object.assign(wordDocs, words);
    Object.assign(pdfs, convertToPdf(words));
  }, 240_000);

  it.each(layouts.flatMap(([name]) => [['top', name], ['center', name]]))(
    'when a tracker\'s narrow "Meeting date" and "Target date" headings and dates wrap onto two lines (cells at the %s, %s), then each date is read whole',
    async (vAlign, name) => {
      const reading = await readDocument('trust.pdf', pdfs[`trust dates ${vAlign} ${name}.pdf`]!);

      expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.due, d.lead, d.status ?? null])).toEqual([
        ['TB 24/07', '2024-03-12', '2024-04-30', 'Chief Operating Officer', 'complete'],
        ['TB 24/12', '2024-04-09', '2024-06-14', 'Director of Workforce', 'on_track'],
        ['TB 24/19', '2024-05-14', '2024-07-11', 'Chief Finance Officer', null],
      ]);
      expect(reading.problems).toEqual([]);
    },
  );

  it.each(layouts.flatMap(([name]) => [['top', name], ['center', name]]))(
    'when a tracker\'s short cells sit at the %s of rows whose action wraps over several lines (%s), then each row is one action with its own cells',
    async (vAlign, name) => {
      const reading = await readDocument('scrutiny.pdf', pdfs[`scrutiny ${vAlign} ${name}.pdf`]!);

      expect(actions(reading)).toEqual(expected(scrutinyCentredRows(), { ref: 0, action: 1, lead: 2, status: 4 }));
      expect(reading.drafts.map((d) => d.due ?? d.timing)).toEqual(['2024-06-30', '2024-05-31', '2024-07-31', 'September 2024']);
      expect(reading.problems).toEqual([]);
    },
  );

  it.each(layouts.flatMap(([name]) => ['repeated header', 'one header'].flatMap((header) => [[header, 'top', name], [header, 'center', name]])))(
    'when rows of a long tracker break across pages (%s, cells at the %s, %s), then each row split by a break is one action and the running header and page numbers are left out',
    async (header, vAlign, name) => {
      const pdf = pdfs[`trustees ${header} ${vAlign} ${name}.pdf`]!;
      const pages = await readPdfPages('trustees.pdf', pdf);

      const reading = await readDocument('trustees.pdf', pdf);

      expect(pages.length).toBeGreaterThanOrEqual(2);
      expect(actions(reading)).toEqual(expected(trusteeLongRows(), { ref: 0, action: 1, lead: 2 }));
      expect(reading.drafts.map((d) => d.timing)).toEqual(trusteeLongRows().slice(1).map((r) => r[3]));
      expect(reading.problems).toEqual([]);
    },
  );

  it.each([[3, 'top'], [3, 'center'], [8, 'top'], [8, 'center'], [24, 'center']])(
    'when a table without borders sets its %s rows apart with spacing and its references wrap ("CGC" / "25/14") beside wrapped actions and leads (cells at the %s), then the PDF gives the Word document\'s actions',
    async (count, vAlign) => {
      const name = `spaced ${count} ${vAlign}`;
      const fromWord = await readDocument(`${name}.docx`, wordDocs[`${name}.docx`]!);

      const fromPdf = await readDocument(`${name}.pdf`, pdfs[`${name}.pdf`]!);

      expect(fromPdf.drafts.map((d) => [d.ref, d.text, d.lead, d.due])).toEqual(fromWord.drafts.map((d) => [d.ref, d.text, d.lead, d.due]));
      expect(fromPdf.drafts).toHaveLength(count as number);
      expect(fromPdf.problems).toEqual([]);
    },
  );

  it.each([['run-on', 'top'], ['run-on', 'center'], ['spaced', 'top'], ['spaced', 'center']])(
    'when the narrow cells of a tracker without borders (rows %s, cells at the %s) break words too long for them ("25/1" / "4", "Septembe" / "r 2024"), then the PDF gives the Word document\'s actions',
    async (rows, vAlign) => {
      const name = `narrow ${rows} ${vAlign}`;
      const fromWord = await readDocument(`${name}.docx`, wordDocs[`${name}.docx`]!);

      const fromPdf = await readDocument(`${name}.pdf`, pdfs[`${name}.pdf`]!);

      expect(fromPdf.drafts.map((d) => [d.ref, d.text, d.lead, d.due, d.timing, d.status, d.update])).toEqual(fromWord.drafts.map((d) => [d.ref, d.text, d.lead, d.due, d.timing, d.status, d.update]));
      expect(fromPdf.drafts.map((d) => d.ref)).toEqual(['25/14', '25/15', '25/16']);
      expect(fromPdf.problems).toEqual([]);
    },
  );

  it.each(['repeated header', 'one header'])(
    'when a page break splits a top-aligned row of a spaced table without borders after the first line of its reference ("CGC" / "25/27", %s), then the PDF gives the Word document\'s actions',
    async (header) => {
      const name = `spaced 14 top ${header}`;
      const fromWord = await readDocument(`${name}.docx`, wordDocs[`${name}.docx`]!);

      const fromPdf = await readDocument(`${name}.pdf`, pdfs[`${name}.pdf`]!);

      expect(fromPdf.drafts.map((d) => [d.ref, d.text, d.lead, d.due])).toEqual(fromWord.drafts.map((d) => [d.ref, d.text, d.lead, d.due]));
      expect(fromPdf.drafts.map((d) => d.ref)).toEqual(wrappedRefRows(14).slice(1).map((r) => r[0]));
      expect(fromPdf.problems).toEqual([]);
    },
  );
});
