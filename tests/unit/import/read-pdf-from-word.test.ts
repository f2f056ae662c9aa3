import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { DocumentReading } from '../../../src/import/draft';
import { readDocument } from '../../../src/import/read-document';
import { convertToPdf, describeWithLibreOffice } from './libre-office';
import { letterDocx, ownerLineMinutesDocx, panelTrackerDocx, scrutinyLogDocx, tabStopAnnexDocx } from './word-documents';

const FIXTURES = join(__dirname, '..', '..', 'fixtures', 'import');
const fixtureNames = readdirSync(FIXTURES).filter((name) => name.endsWith('.docx'));

/**
 * The Word documents the import tests use (the fixtures and those they build), each read as it is and as
 * the PDF LibreOffice makes of it. The annex laid out with Word's default tab stops is not among them: on
 * the page its columns overrun each other ("Action TimingLead"), so no reader of the PDF can find them;
 * the same annex with tab stops set where the columns are is.
 */
const built: Record<string, () => Promise<Buffer>> = {
  'Letter to the Acting Commissioner.docx': letterDocx,
  'annex with tab stops.docx': () => tabStopAnnexDocx([700, 6600, 9400]),
  'osmb-action-log.docx': scrutinyLogDocx,
  'panel tracker over several pages.docx': panelTrackerDocx,
  'scrutiny minutes.docx': ownerLineMinutesDocx,
};

/** What an import keeps of a reading: the document's board and meeting, each action, and the kinds of problem. */
function essentials(reading: DocumentReading) {
  return {
    board: reading.board,
    meetingDate: reading.meetingDate,
    drafts: reading.drafts.map(({ ref, text, lead, timing, due, status, meetingDate }) => ({ ref, text, lead, timing, due, status, meetingDate })),
    suggestions: reading.suggestions.map((s) => [s.text, s.lead]),
    problems: reading.problems.map((p) => [p.severity ?? 'error', p.field]),
  };
}

describeWithLibreOffice('the Word documents read as PDF')('a Word document and the PDF LibreOffice makes from it', () => {
  const words: Record<string, Buffer> = {};
  let pdfs: Record<string, Buffer> = {};

  beforeAll(async () => {
    for (const name of fixtureNames) words[name] = readFileSync(join(FIXTURES, name));
    for (const [name, make] of Object.entries(built)) words[name] = await make();
    pdfs = convertToPdf(words);
  }, 240_000);

  it.each([...fixtureNames, ...Object.keys(built)])('when %s is published as PDF, then the PDF gives the same actions, board, meeting and problems', async (name) => {
    const fromWord = await readDocument(name, words[name]!);
    const pdfName = name.replace(/\.docx$/, '.pdf');

    const fromPdf = await readDocument(pdfName, pdfs[pdfName]!);

    expect(fromWord.drafts.length).toBeGreaterThan(0);
    expect(essentials(fromPdf)).toEqual(essentials(fromWord));
  });

  it('when the Word problem names "Table 2, row 6", then the PDF\'s names the page and line where a reader sees that row', async () => {
    const reading = await readDocument('osmb-action-log.pdf', pdfs['osmb-action-log.pdf']!);

    expect(reading.problems.map((p) => p.message)).toEqual([
      'Page 1, line 14: action OSMB 23/57 has no lead (expected a name such as "MPS" in the Lead column).',
    ]);
    expect(reading.drafts.map((d) => d.place)).toEqual([{ page: 1, line: 7 }, { page: 1, line: 10 }, { page: 1, line: 14 }]);
  });
});
