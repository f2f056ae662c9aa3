import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { importPlanJson } from '../../../src/cli/commands/import-preview';
import type { ImportPlan } from '../../../src/app/imports/plan-import';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';

const table = (rows: string[][]): string =>
  ['# Minutes of the People Committee – 8 April 2025', '', ...rows.map((r) => `| ${r.join(' | ')} |`).flatMap((r, i) => (i === 0 ? [r, '|---|---|---|'] : [r]))].join('\n');

describe('the Action cell of minutes laid out as a table', () => {
  it('when the Action cell names joint leads with a timing ("A / B – June", "A and B, end of May"), then they lead the agreed sentence and the timing is the action\'s, not a problem blocking the document', () => {
    const reading = readText('people.md', table([
      ['Item', 'Discussion', 'Action'],
      ['25/32', 'Speak Up report received. The Committee asked for a triangulation with grievance data.', 'FTSU Guardian / Head of ER – June'],
      ['25/35', 'Wellbeing. It was agreed that the rota pilot would be evaluated.', 'HR Director and COO, end of May'],
    ]));

    expect(reading.drafts.map((d) => [d.ref, d.lead, d.timing, d.text])).toEqual([
      ['25/32', 'FTSU Guardian / Head of ER', 'June', 'The Committee asked for a triangulation with grievance data.'],
      ['25/35', 'HR Director and COO', 'end of May', 'It was agreed that the rota pilot would be evaluated.'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when the Action cell is a whole action whose lead is not a known role ("Comms to publish by 30 April"), then it is that action, led by the words before "to"', () => {
    const reading = readText('people.md', table([
      ['Item', 'Discussion', 'Action'],
      ['25/33', 'The gender pay gap report was approved for publication.', 'Comms to publish by 30 April'],
      ['25/36', 'The volunteer handbook was noted.', 'Volunteer Services to reissue the handbook'],
    ]));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Comms', 'Comms to publish by 30 April'],
      ['Volunteer Services', 'Volunteer Services to reissue the handbook'],
    ]);
    expect(reading.suggestions).toEqual([]);
  });

  it('when a Word table\'s Discussion cell sets a task ("Safeguarding link governor to complete …") and the Action by cell names who, then it is an action of that row', async () => {
    const cell = (t: string): TableCell => new TableCell({ children: [new Paragraph(t)] });
    const rows = [
      ['Minute', 'Notes', 'Action by'],
      ['FGB 25/43', 'Safeguarding link governor to complete the annual audit with the DSL by 19 September 2025.', 'SG link gov'],
      ['FGB 25/44', 'Premises. Site manager to replace the playground gate before term starts.', 'SBM'],
    ].map((r) => new TableRow({ children: r.map(cell) }));
    const doc = new Document({ sections: [{ children: [new Paragraph('Minutes of the Full Governing Board meeting held on 1 July 2025'), new Table({ rows })] }] });

    const reading = await readDocument('fgb.docx', await Packer.toBuffer(doc));

    expect(reading.drafts.map((d) => [d.ref, d.lead, d.place])).toEqual([
      ['FGB 25/43', 'SG link gov', { table: 1, row: 2 }],
      ['FGB 25/44', 'SBM', { table: 1, row: 3 }],
    ]);
  });

  it('when a suggestion comes from a Word table\'s row, then the preview\'s JSON names that row, not a null line', () => {
    const plan = { fileName: 'fgb.docx', board: null, meetingDate: null, rows: [], suggestions: [{ text: 'Governors discussed the gate.', lead: 'SBM', place: { table: 1, row: 4 } }], problems: [], warnings: [], unmappedLeads: [] } as unknown as ImportPlan;

    expect(importPlanJson(plan).suggestions).toEqual([{ text: 'Governors discussed the gate.', lead: 'SBM', line: null, source: { place: 'Table 1, row 4', table: 1, row: 4 } }]);
  });
});
