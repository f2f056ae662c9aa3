import { readDocument } from '../../../src/import/read-document';
import { LETTER, seedBytes } from './seeds';

const HEADING = 'MOPAC MPS Oversight Board\nActions from 21 April 2022 Meeting\n\n';

function read(text: string, name = 'annex.txt') {
  return readDocument(name, Buffer.from(text, 'utf8'));
}

describe('problems in a text document', () => {
  it('when a row has no number, then it is a problem naming the line and the No. column, and the row is not drafted', async () => {
    const reading = await read(`${HEADING}No.\tAction\tTiming\tLead\n1\tMPS to do A.\tBy 13 May\tMPS\n\tMPS to do B.\tEnd April\tMPS\n`);

    expect(reading.drafts.map((d) => d.text)).toEqual(['MPS to do A.']);
    expect(reading.problems).toEqual([
      {
        place: { line: 6 }, field: 'number',
        message: 'Line 6: the row "MPS to do B." has no number (expected a whole number such as 2 in the No. column).',
      },
    ]);
  });

  it('when a row has a number but no action text, then it is a problem naming the line and the Action column', async () => {
    const reading = await read(`${HEADING}No.\tAction\tTiming\tLead\n1\tMPS to do A.\tBy 13 May\tMPS\n2\t\tEnd April\tMPS\n`);

    expect(reading.drafts.map((d) => d.number)).toEqual([1]);
    expect(reading.problems.map((p) => [p.field, p.message])).toEqual([
      ['action', 'Line 6: action 2 has no action text (expected the action in the Action column).'],
    ]);
  });

  it('when two rows have the same number, then the second is a problem naming both lines and only the first is kept', async () => {
    const reading = await read(`${HEADING}No.\tAction\tTiming\tLead\n5\tMPS to do A.\tBy 13 May\tMPS\n5\tMPS to do B.\tEnd April\tMPS\n`);

    expect(reading.drafts.map((d) => d.text)).toEqual(['MPS to do A.']);
    expect(reading.problems.map((p) => [p.field, p.message])).toEqual([
      ['number', 'Line 6: action 5 has the same number as line 5 (expected each action to have its own number); only line 5 was kept.'],
    ]);
  });

  it('when a number is zero or not a reference, then it is a problem quoting the cell; a reference such as 2a is kept', async () => {
    const reading = await read(`${HEADING}No.\tAction\tTiming\tLead\n1\tMPS to do A.\tBy 13 May\tMPS\n2a\tMPS to do B.\tEnd April\tMPS\n0\tMPS to do C.\tEnd May\tMPS\nTBC\tMPS to do D.\tEnd May\tMPS\n`);

    expect(reading.drafts.map((d) => [d.number, d.ref])).toEqual([[1, '1'], [2, '2a']]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 7: the "No." column has "0", which is not an action number (expected a whole number such as 5, or a reference such as 4.01).',
      'Line 8: the "No." column has "TBC", which is not an action number (expected a whole number such as 5, or a reference such as 4.01).',
    ]);
  });

  it('when the lead is missing, then the action is drafted with no lead and the problem names the Lead column', async () => {
    const reading = await read(`${HEADING}No.\tAction\tTiming\tLead\n13\tMPS to report to the DMPC.\tBy 13 May\t\n`);

    expect(reading.drafts).toEqual([
      { number: 13, ref: '13', text: 'MPS to report to the DMPC.', timing: 'By 13 May', lead: '', place: { line: 5 } },
    ]);
    expect(reading.problems.map((p) => [p.field, p.message])).toEqual([
      ['lead', 'Line 5: action 13 has no lead (expected a name such as "MPS" in the Lead column).'],
    ]);
  });

  it('when an Action line names no lead, then it is a problem that shows what was expected', async () => {
    const reading = await read('Record of Meeting 31 August 2023\n\nAction 4: Report to be circulated by the end of May.\n');

    expect(reading.drafts).toEqual([{ number: 4, ref: '4', text: 'Report to be circulated by the end of May.', timing: '', lead: '', place: { line: 3 } }]);
    expect(reading.problems[0]!.message).toBe(
      'Line 3: action 4 ("Report to be circulated by the end of May.") has no lead (expected a name such as "MPS" before "to", as in "Action 4: MPS to share ...").',
    );
  });

  it('when a row with no number wraps the row above, then its cells continue that row', async () => {
    const reading = await read(`${HEADING}No.\tAction\tUpdate\tRAG\n1\tPilot to review vehicle stops\tThe pilot has been\tG\n\tunder Section 163\textended to June.\t\n\n2\tA review of handcuffing\tPublished.\tDG\n`);

    expect(reading.drafts.map((d) => [d.number, d.text, d.update, d.status])).toEqual([
      [1, 'Pilot to review vehicle stops under Section 163', 'The pilot has been extended to June.', 'on_track'],
      [2, 'A review of handcuffing', 'Published.', 'complete'],
    ]);
    // The table has no Lead column; "extended to June" in the update is read as the due date (a warning says so).
    expect(reading.problems.map((p) => [p.field, p.severity])).toEqual([['lead', undefined], ['revisedDue', 'warning']]);
    expect(reading.problems[0]!.message).toMatch(/^Line 4: the table has no Lead column/);
  });
});

describe('odd characters', () => {
  it('when the letter has CRLF line ends, smart quotes, en dashes, non-breaking spaces and zero-width spaces, then it reads like the plain letter', async () => {
    const plain = await readDocument(LETTER, seedBytes(LETTER));
    const odd = seedBytes(LETTER)
      .toString('utf8')
      .replace(/'as is'/, '\u2018as is\u2019')
      .replace('-16 June', '\u201316 June')
      .replace('-21 July', '\u201421 July')
      .replace('By 13 May', 'By\u00a013\u00a0May')
      .replace('MPS to share the Engagement', 'MPS\u200b to share the Engagement')
      .replace(/\n/g, '\r\n');

    const reading = await readDocument('letter.txt', Buffer.from(odd, 'utf8'));

    expect(odd).toContain('\u2013');
    expect(reading.drafts).toEqual(plain.drafts);
    expect(reading.board).toBe('MOPAC MPS Oversight Board');
    expect(reading.meetingDate).toBe('2022-04-21');
  });

  it('when a text file is saved as Windows-1252 or UTF-16, then it is decoded', async () => {
    const text = `${HEADING}No.\tAction\tTiming\tLead\n1\tMPS to send the \u201cSafer Schools\u201d report.\tImmediately\tMPS\n`;
    const cp1252 = Buffer.from(text.replace(/[\u201c\u201d]/g, (q) => (q === '\u201c' ? '\x93' : '\x94')), 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);

    for (const bytes of [cp1252, utf16]) {
      const reading = await readDocument('annex.txt', bytes);
      expect(reading.drafts.map((d) => d.text)).toEqual(['MPS to send the "Safer Schools" report.']);
    }
  });

  it('when a markdown file has a pipe table, then its rows are read like a tab-separated table', async () => {
    const md = '# Performance and Risk Oversight Board\n# Record of Meeting 31 August 2023\n\n| No. | Action | Timing | Lead |\n|---|---|---|---|\n| 1 | **MPS** to share the data. | As soon as possible | MPS |\n';

    const reading = await readDocument('record.md', Buffer.from(md));

    expect(reading.drafts).toEqual([{ number: 1, ref: '1', text: 'MPS to share the data.', timing: 'As soon as possible', lead: 'MPS', place: { line: 6 } }]);
    expect([reading.board, reading.meetingDate]).toEqual(['Performance and Risk Oversight Board', '2023-08-31']);
  });
});
