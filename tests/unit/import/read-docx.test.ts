import { readDocument } from '../../../src/import/read-document';
import { docxHtmlToText } from '../../../src/import/docx-html-text';
import { ImportError } from '../../../src/import/import-error';
import { readText } from '../../../src/import/read-text';
import { LETTER, seedBytes } from './seeds';
import { keyRowLogDocx, letterDocx, tabStopAnnexDocx } from './word-documents';

describe('reading a Word document', () => {
  it('when a RAG key is merged across the bottom of the table, then it is not glued to the last action and nothing is refused', async () => {
    const reading = await readDocument('key.docx', await keyRowLogDocx());
    expect(reading.drafts.map((d) => [d.ref, d.meetingDate, d.lead, d.due, d.status])).toEqual([
      ['F&P 24/11', '2024-03-21', 'CFO', '2024-04-30', 'on_track'],
      ['F&P 24/15', '2024-04-18', 'COO', '2024-05-31', 'amber'],
    ]);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
  });

  it('when the seed letter is a .docx with a real Word table, then it gives the same 19 drafts as the text letter', async () => {
    const fromText = await readDocument(LETTER, seedBytes(LETTER));

    const reading = await readDocument('Letter to the Acting Commissioner.docx', await letterDocx());

    const essentials = (r: typeof reading) => r.drafts.map(({ number, text, timing, lead }) => ({ number, text, timing, lead }));
    expect(reading.drafts).toHaveLength(19);
    expect(essentials(reading)).toEqual(essentials(fromText));
    expect(reading.drafts[11]!.timing).toBe('-16 June Quarterly Public Review meeting -21 July Disproportionality Board meeting');
    expect(reading.board).toBe('MOPAC MPS Oversight Board');
    expect(reading.meetingDate).toBe('2022-04-21');
    expect(reading.problems).toEqual([]);
  });

  it('when the annex is laid out with tab stops instead of a table, then its rows are still read', async () => {
    const reading = await readDocument('annex.docx', await tabStopAnnexDocx());

    expect(reading.drafts.map((d) => [d.number, d.timing, d.lead])).toEqual([[1, 'As soon as possible', 'MPS'], [2, 'End April', 'MOPAC']]);
    expect(reading.meetingDate).toBe('2022-04-21');
    expect(reading.suggestions.map((s) => [s.text, s.lead])).toEqual([['The MPS undertook to brief the Safeguarding Board.', 'MPS']]);
  });

  it('when a .docx is damaged, then it is unreadable and the message names the file', async () => {
    const damaged = (await letterDocx()).subarray(0, 2000);

    const error = await readDocument('annex.docx', damaged).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe('unreadable');
    expect((error as ImportError).message).toBe(
      '"annex.docx" could not be read as a Word document (.docx); it may be damaged or saved in another format (open it, save it again and retry).',
    );
  });
});

describe('Word HTML to text', () => {
  it('when mammoth gives nested numbered lists, then Word numbering is rebuilt so paragraphs keep their numbers', () => {
    const html =
      '<h1>Record of Meeting 31 August 2023</h1><ol><li>Use of Intrusive Powers<ol><li>The MPS undertook to share this data.' +
      '<ul><li><strong>Action 1:</strong> MPS to share the data.</li></ul></li><li>The DMPC noted the data.</li></ol></li></ol>';

    expect(docxHtmlToText(html).split('\n')).toEqual([
      '# Record of Meeting 31 August 2023',
      '',
      '1. Use of Intrusive Powers',
      '  1.1. The MPS undertook to share this data.',
      '    - Action 1: MPS to share the data.',
      '  1.2. The DMPC noted the data.',
      '',
    ]);
    const reading = readText('record.docx', docxHtmlToText(html));
    expect(reading.drafts.map((d) => [d.number, d.lead])).toEqual([[1, 'MPS']]);
    expect(reading.suggestions).toEqual([]); // the undertaking and the Action line are both paragraph 1.1
  });

  it('when a table cell holds several paragraphs, entities or a merged cell, then the row stays one tab-separated line', () => {
    const html =
      '<table><tr><th>No.</th><th>Action</th><th colspan="2">Timing</th><th>Lead</th></tr>' +
      '<tr><td><p>1</p></td><td><p>MPS &amp; MOPAC to meet.</p><p>Then report.</p></td><td>By&nbsp;13 May</td><td></td><td>MPS</td></tr></table>';

    expect(docxHtmlToText(html).split('\n')).toEqual(['No.\tAction\tTiming\t\tLead', '1\tMPS & MOPAC to meet. Then report.\tBy 13 May\t\tMPS', '']);
  });
});
