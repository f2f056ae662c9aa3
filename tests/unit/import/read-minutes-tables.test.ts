import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';

/** An NHS committee's minutes written as a table whose Action column names only who leads (invented). */
const ROWS = [
  ['Item', 'Discussion', 'Action'],
  ['QSC/25/40', 'Falls audit. The Committee noted the rise in falls on the frailty wards. It was agreed that the Chief Nurse would present a falls improvement plan at the December meeting.', 'CN'],
  ['QSC/25/41', 'Mortality review. The Medical Director to confirm the learning from deaths themes by 30 November 2025.', 'MD'],
  ['QSC/25/42', 'Estates. The Committee discussed the condition of the theatres.', 'DoE'],
  ['QSC/25/43', 'Any other business. None.', ''],
];

describe('minutes laid out as a table', () => {
  it('when an "Item | Discussion | Action" table holds initials in its Action column, then the initials lead the agreed sentence of the discussion, and a row with nothing agreed is a suggestion, never an action whose text is the initials', () => {
    const text = ['Hartmoor NHS Foundation Trust', 'Quality and Safety Committee', 'Minutes of the meeting held on 4 November 2025', '', ...ROWS.map((r) => `| ${r.join(' | ')} |`).flatMap((r, i) => (i === 0 ? [r, '|---|---|---|'] : [r]))].join('\n');

    const reading = readText('qsc.md', text);

    expect(reading.drafts.map((d) => [d.ref, d.lead, d.text])).toEqual([
      ['QSC/25/40', 'CN', 'It was agreed that the Chief Nurse would present a falls improvement plan at the December meeting.'],
      ['QSC/25/41', 'MD', 'The Medical Director to confirm the learning from deaths themes by 30 November 2025.'],
    ]);
    expect(reading.suggestions.map((s) => [s.lead, s.text])).toEqual([['DoE', 'The Committee discussed the condition of the theatres.']]);
    expect(reading.problems).toEqual([]);
  });

  it('when the same minutes are a Word table ("Minute | Notes | Action by"), then they are read the same and name the table\'s rows', async () => {
    const cell = (t: string): TableCell => new TableCell({ children: [new Paragraph(t)] });
    const rows = [['Minute', 'Notes', 'Action by'], ...ROWS.slice(1)].map((r) => new TableRow({ children: r.map(cell) }));
    const doc = new Document({ sections: [{ children: [new Paragraph('Hartmoor NHS Foundation Trust Quality and Safety Committee'), new Paragraph('Minutes of the meeting held on 4 November 2025'), new Table({ rows })] }] });

    const reading = await readDocument('qsc.docx', await Packer.toBuffer(doc));

    expect(reading.drafts.map((d) => [d.lead, d.place])).toEqual([['CN', { table: 1, row: 2 }], ['MD', { table: 1, row: 3 }]]);
    expect(reading.suggestions.map((s) => s.lead)).toEqual(['DoE']);
    expect(reading.drafts.some((d) => d.text === d.lead)).toBe(false);
  });

  it('when the Action cell is a sentence with no lead, then it is a problem naming the row', () => {
    const text = ['Minutes of the meeting held on 4 November 2025', '', 'Item\tDiscussion\tAction', '12\tBudget. Noted.\treview the figures in the spring'].join('\n');

    const reading = readText('fic.txt', text);

    expect(reading.drafts).toEqual([]);
    expect(reading.problems.map((p) => p.place.line)).toEqual([4]);
  });

  it('when the table has a Subject and a By when column too ("Minute | Subject | Discussion | Action by | By when"), then the subject is not the action and the By when cell is its timing', () => {
    const text = ['Tollbridge Town Council', 'Minutes of the meeting held on 12 May 2025', '',
      'Minute\tSubject\tDiscussion\tAction by\tBy when',
      '25/31\tAllotments\tThe waiting list has grown. It was agreed that the Clerk would survey the vacant plots.\tClerk\tJuly meeting',
      '25/32\tPlay area\tMembers noted the inspection report.\tRFO\t',
      '25/33\tFinance\tThe accounts were approved.\t-\t'].join('\n');

    const reading = readText('minutes.txt', text);

    expect(reading.drafts.map((d) => [d.ref, d.lead, d.text, d.timing])).toEqual([
      ['25/31', 'Clerk', 'It was agreed that the Clerk would survey the vacant plots.', 'July meeting'],
    ]);
    expect(reading.suggestions.map((s) => [s.lead, s.text])).toEqual([['RFO', 'Members noted the inspection report.']]);
  });

  it('when a table has both an Action and a Lead column beside its Discussion, then it is an action tracker, each Action cell the action', () => {
    const text = ['Tollbridge Town Council', 'Action log - meeting held on 12 May 2025', '',
      'Item\tDiscussion\tAction\tLead\tDue date',
      '25/31\tAllotments waiting list\tSurvey the vacant plots\tClerk\t30/06/2025'].join('\n');

    const reading = readText('log.txt', text);

    expect(reading.drafts.map((d) => [d.ref, d.lead, d.text])).toEqual([['25/31', 'Clerk', 'Survey the vacant plots']]);
  });
});

