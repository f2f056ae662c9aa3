import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { readDocument } from '../../../src/import/read-document';

/** A council scrutiny committee's Word tracker: one table per meeting, each under its own heading (invented). */
async function trackerDocx(parts: Array<{ heading: string; rows: string[][] }>, title = 'Children\'s Services Scrutiny Committee'): Promise<Buffer> {
  const cell = (text: string): TableCell => new TableCell({ children: [new Paragraph(text)] });
  const children = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  for (const part of parts) {
    children.push(new Paragraph({ text: part.heading, heading: HeadingLevel.HEADING_2 }));
    children.push(new Table({ rows: [['No.', 'Action', 'Lead', 'Due date'], ...part.rows].map((r) => new TableRow({ children: r.map(cell) })) }) as unknown as Paragraph);
  }
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

describe('a Word tracker with one table per meeting', () => {
  it('when each table is under a heading naming its meeting, then each table\'s actions are filed under that meeting and the same numbers are kept', async () => {
    const bytes = await trackerDocx([
      { heading: 'Actions from the meeting of 12 March 2024', rows: [['1', 'Report the school places forecast', 'Director of Education', '30/04/2024'], ['2', 'Share the SEND audit', 'Head of SEND', '31/05/2024']] },
      { heading: 'Actions from the meeting of 13 February 2024', rows: [['1', 'Invite the youth council', 'Scrutiny Officer', '31/03/2024']] },
    ]);

    const reading = await readDocument('scrutiny.docx', bytes);

    expect(reading.board).toBe('Children\'s Services Scrutiny Committee');
    expect(reading.drafts.map((d) => [d.number, d.ref, d.meetingDate, d.place])).toEqual([
      [1, '1', '2024-03-12', { table: 1, row: 2 }], [2, '2', '2024-03-12', { table: 1, row: 3 }], [1, '1', '2024-02-13', { table: 2, row: 2 }],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a third table is under the first one\'s meeting again and repeats its number, then only that repeat is a duplicate', async () => {
    const bytes = await trackerDocx([
      { heading: 'Actions from the meeting of 12 March 2024', rows: [['1', 'Report the school places forecast', 'Director of Education', '30/04/2024']] },
      { heading: 'Actions from the meeting of 13 February 2024', rows: [['1', 'Invite the youth council', 'Scrutiny Officer', '31/03/2024']] },
      { heading: 'Further actions from the meeting of 12 March 2024', rows: [['1', 'Share the SEND audit', 'Head of SEND', '31/05/2024']] },
    ]);

    const reading = await readDocument('scrutiny.docx', bytes);

    expect(reading.drafts.map((d) => d.text)).toEqual(['Report the school places forecast', 'Invite the youth council']);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Table 3, row 2: action 1 has the same number as table 1, row 2 (expected each action to have its own number); only table 1, row 2 was kept.',
    ]);
  });
});
