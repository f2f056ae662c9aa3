import { readInlineActions } from '../../../src/import/read-inline-actions';
import { inferHeader } from '../../../src/import/infer-header';
import { readText } from '../../../src/import/read-text';

describe('"Action N:" lines in a meeting record', () => {
  it('when action lines come with or without bullets, numbers and bold, then each gives its number, text and lead', () => {
    const lines = [
      '- **Action 1:** MPS to share the data.',
      'Action 2: The MPS to advise MOPAC whether it reviewed every incident.',
      '  * ACTION 3 - AC Ephgrave to brief the DMPC',
      '    on the pilot by mid-May.',
      '4.2. Action 4 (MOPAC): put the report on the agenda.',
      'Action 5. DMPC to write to the Acting Commissioner.',
      'The Action 6 plan was noted.',
    ];

    const result = readInlineActions(lines.map((l) => l.replace(/\*\*/g, '')), new Set());

    expect(result.drafts.map((d) => [d.number, d.lead, d.text, d.place.line])).toEqual([
      [1, 'MPS', 'MPS to share the data.', 1],
      [2, 'MPS', 'The MPS to advise MOPAC whether it reviewed every incident.', 2],
      [3, 'AC Ephgrave', 'AC Ephgrave to brief the DMPC on the pilot by mid-May.', 3],
      [4, 'MOPAC', 'put the report on the agenda.', 5],
      [5, 'DMPC', 'DMPC to write to the Acting Commissioner.', 6],
    ]);
    expect(result.drafts.every((d) => d.timing === '')).toBe(true);
    expect([...result.actionLines]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(result.problems).toEqual([]);
  });

  it('when an action label follows a sentence in the same paragraph, then it is an action; prose that only mentions an action is not', () => {
    const lines = [
      'Tom raised the minibus. Action 4: MPS to obtain two quotes within 2 weeks.',
      'Members discussed the budget. ACTION 5: Treasurer to circulate the revised figures by 30 April.',
      'The committee noted that action 3 was complete. The chair thanked officers.',
      'The chair asked about Action 2: it was on track.',
    ];
    const result = readInlineActions(lines, new Set());
    expect(result.drafts.map((d) => [d.number, d.lead, d.text, d.place.line])).toEqual([
      [4, 'MPS', 'MPS to obtain two quotes within 2 weeks.', 1],
      [5, 'Treasurer', 'Treasurer to circulate the revised figures by 30 April.', 2],
    ]);
  });

  it('when a meeting record has an action label in the middle of a paragraph, then the import has it with the others', () => {
    const text = ['Minutes of the Finance Committee held on 14 March 2024', '', 'Action 1: MPS to circulate the accounts by 30 April.', '',
      'Tom raised the minibus. **Action 2:** MPS to obtain two quotes within 2 weeks.'].join('\n');
    expect(readText('m2.md', text).drafts.map((d) => [d.number, d.lead])).toEqual([[1, 'MPS'], [2, 'MPS']]);
  });

  it('when an action line sits in a table region, then it is left to the table', () => {
    expect(readInlineActions(['Action 1: MPS to share.'], new Set([0])).drafts).toEqual([]);
  });

  it('when the same action number appears twice in a record, then the second is a problem naming both lines', () => {
    const reading = readText('record.txt', 'Action 1: MPS to share the data.\n\nAction 1: MPS to advise MOPAC.\n');

    expect(reading.drafts.map((d) => d.text)).toEqual(['MPS to share the data.']);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 3: action 1 has the same number as line 1 (expected each action to have its own number); only line 1 was kept.',
    ]);
  });
});

describe('tables without a header row', () => {
  it('when numbered rows have no RAG column, then no columns are guessed', () => {
    const lines = ['1\tMPS to share.\tMPS', '2\tMPS to advise.\tMPS', '3\tMOPAC to write.\tMOPAC'];
    expect(inferHeader(lines, 0)).toBeNull();
  });

  it('when numbered rows end in RAG values, then the columns are No., Action, Update and RAG', () => {
    const lines = ['1\tMPS to share.\tShared.\tG', '', '2\tMPS to advise.\tIn hand.\tA', '3\tMOPAC to write.\tSent.\tDG'];
    expect(inferHeader(lines, 0)).toEqual({
      columns: { number: 0, action: 1, update: 2, status: 3 },
      labels: ['No.', 'Action', 'Update', 'RAG'],
    });
    expect(inferHeader(lines, 2)).toBeNull(); // a table starts at number 1
  });
});
