import { DocumentReading } from '../../../src/import/draft';
import { readDocument } from '../../../src/import/read-document';
import { trackerDocx } from './board-table-documents';
import { convertToPdf, describeWithLibreOffice } from './libre-office';

/**
 * An ICB's action log whose narrow cells wrap where LibreOffice breaks a line: after a slash or a hyphen
 * ("ICB/" / "25/031", "30-Jun-" / "25", "Vice-" / "Chancellor"), beside a dash between words ("Finance –").
 */
const ROWS = [
  ['Ref', 'Action', 'Lead', 'Due', 'Status', 'Update'],
  ['ICB/25/031', 'Share the primary care access recovery plan with Healthwatch', 'Director of Primary Care', '30-Jun-25', 'Complete', 'Shared in June'],
  ['ICB/25/051', 'Present the urgent and emergency care winter plan', 'Chief Operating Officer', '30/12/2025', 'Amber', 'Awaiting NHSE guidance on the winter plan; deferred to the November 2025 meeting'],
  ['ICB/25/052', 'Benchmark the Vice-Chancellor remuneration', 'Finance – Director', '31-Mar-26', 'Green', 'On track'],
];

/**
 * Twips. Bordered: the reference wraps after its slash. Borderless: the reference on one line marks the rows.
 * Wider than the page: the last column runs past the page's edge, as does the first line of a row's update.
 */
const WIDTHS: Record<string, number[]> = {
  bordered: [960, 2900, 1400, 1050, 1000, 2100],
  borderless: [1600, 2600, 1400, 1050, 1000, 2100],
  'bordered wider than the page': [960, 2900, 1400, 1050, 1000, 3600],
};

/** Each action's reference, text, lead, timing, due date and status. */
function actions(reading: DocumentReading): unknown[] {
  return reading.drafts.map((d) => [d.ref, d.text, d.lead, d.timing, d.due, d.status]);
}

describeWithLibreOffice('the PDF import of cells wrapped after a slash or a hyphen')('action logs whose cells wrap after a slash or a hyphen, published as PDF', () => {
  const words: Record<string, Buffer> = {};
  let pdfs: Record<string, Buffer> = {};

  beforeAll(async () => {
    for (const [name, widths] of Object.entries(WIDTHS)) {
      words[`${name}.docx`] = await trackerDocx('NHS Vale and Downs ICB', 'Action log: meeting of 15 May 2025', widths, ROWS, { borders: !name.startsWith('borderless') });
    }
    pdfs = convertToPdf(words);
  }, 240_000);

  it.each(Object.keys(WIDTHS))('when an action log (%s) wraps its references, dates and names after a slash or a hyphen, then the PDF gives the Word document\'s actions, with no space added and no line of a row left out', async (name) => {
    const fromWord = await readDocument(`${name}.docx`, words[`${name}.docx`]!);

    const fromPdf = await readDocument(`${name}.pdf`, pdfs[`${name}.pdf`]!);

    expect(actions(fromPdf)).toEqual(actions(fromWord));
    expect(fromPdf.drafts.map((d) => [d.ref, d.lead])).toEqual(ROWS.slice(1).map((r) => [r[0], r[2]!.replace('–', '-')]));
  });
});
