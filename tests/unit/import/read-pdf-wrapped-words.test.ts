import { DocumentReading } from '../../../src/import/draft';
import { readDocument } from '../../../src/import/read-document';
import { trackerDocx } from './board-table-documents';
import { convertToPdf, describeWithLibreOffice } from './libre-office';

/**
 * An audit committee's action log with a narrow Action column, where whole words fill a line to the cell's
 * edge ("governance" / "statement") and a long word is broken inside ("Procuremen" / "t").
 */
const ROWS = [
  ['No.', 'Action', 'Lead', 'Due', 'Status'],
  ['ARC 25/05', 'Circulate the draft annual governance statement', 'Trust Secretary', '31/03/2025', 'On track'],
  ['ARC 25/06', 'Review the single tender waivers over £50k', 'Head of Procurement', '30/04/2025', 'Open'],
  ['ARC 25/07', 'Report the safeguarding training compliance', 'Chief Nurse', '30/05/2025', 'Open'],
  ['ARC 25/08', 'Update the information governance framework', 'Senior Information Risk Owner', '30/06/2025', 'Open'],
];

/** Twips: Action columns from narrow to narrower, with and without borders. */
const WIDTHS: Record<string, number[]> = {
  'bordered, 1500': [1500, 1500, 1500, 1600, 1300],
  'bordered, 1400': [1500, 1400, 1300, 1600, 1300],
  'borderless, 1500': [1500, 1500, 1500, 1600, 1300],
  'borderless, 1350': [1500, 1350, 1300, 1600, 1300],
};

function actions(reading: DocumentReading): unknown[] {
  return reading.drafts.map((d) => [d.ref, d.text, d.lead]);
}

describeWithLibreOffice('the PDF import of whole words wrapped in narrow cells')('action logs whose narrow cells wrap whole words at the cell\'s edge, published as PDF', () => {
  const words: Record<string, Buffer> = {};
  let pdfs: Record<string, Buffer> = {};

  beforeAll(async () => {
    for (const [name, widths] of Object.entries(WIDTHS)) {
      words[`${name}.docx`] = await trackerDocx('Stourwell Hospitals NHS Trust', 'Audit and Risk Committee: meeting of 6 February 2025', widths, ROWS, { borders: name.startsWith('bordered') });
    }
    pdfs = convertToPdf(words);
  }, 240_000);

  it.each(Object.keys(WIDTHS))('when a cell (%s) wraps a whole word that filled the line, then the PDF keeps the space between the words, as the Word document has it', async (name) => {
    const fromWord = await readDocument(`${name}.docx`, words[`${name}.docx`]!);

    const fromPdf = await readDocument(`${name}.pdf`, pdfs[`${name}.pdf`]!);

    expect(actions(fromPdf)).toEqual(actions(fromWord));
    expect(fromPdf.drafts.map((d) => d.text)).toEqual(ROWS.slice(1).map((r) => r[1]));
  });
});
