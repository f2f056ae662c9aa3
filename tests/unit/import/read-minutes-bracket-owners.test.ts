import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

/** A parish council's minutes that close a resolution with the owner in brackets. */
const PARISH = [
  'Little Wenham Parish Council',
  'Minutes of the meeting of the Parish Council held on 9 September 2025',
  '',
  '12/25 Play area',
  'The Council received the annual inspection report. The fence posts were found to be rotten. It was resolved to obtain three quotes for the play area fencing by 31 October 2025. (Action: Clerk)',
  '',
  '13/25 Allotments',
  'Members discussed the waiting list and agreed that the Allotments Officer would write to every tenant before the spring (ACTION - Allotments Officer). The Chair thanked members.',
  '',
  '14/25 Finance',
  'The Council noted the bank reconciliation. [Action: RFO]',
  '',
  '15/25 Grass cutting',
  'The contract was discussed at length.',
  '(Action: none)',
].join('\n');

describe('owners in brackets closing a sentence', () => {
  it('when a resolution ends "(Action: Clerk)", "(ACTION - Allotments Officer)" or "[Action: RFO]", then the sentence (or the paragraph\'s agreed sentence) is the action, led by the owner in brackets', () => {
    const reading = readText('parish.txt', PARISH);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Clerk', 'It was resolved to obtain three quotes for the play area fencing by 31 October 2025.'],
      ['Allotments Officer', 'Members discussed the waiting list and agreed that the Allotments Officer would write to every tenant before the spring'],
      ['RFO', 'The Council noted the bank reconciliation.'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a charity\'s Word minutes close a paragraph with "(Action: Treasurer)", then its agreed sentence is an action led by the Treasurer, not only a suggestion', async () => {
    const bytes = await minutesDocx([
      'Brightwater Hospice Charity',
      'Minutes of the meeting of the Board of Trustees held on 3 June 2025',
      { heading: '4. Reserves' },
      'The Treasurer presented the accounts. Trustees agreed that a reserves policy review would be brought to the July meeting. (Action: Treasurer)',
      { heading: '5. Safeguarding' },
      'The lead trustee reported no incidents (Action: none).',
    ]);

    const reading = await readDocument('trustees.docx', bytes);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Treasurer', 'Trustees agreed that a reserves policy review would be brought to the July meeting.'],
    ]);
    expect(reading.suggestions).toEqual([]);
  });

  it('when the brackets hold no owner ("(Action: see minute 12)"), then it is a problem naming the line, never an action', () => {
    const reading = readText('ccg.md', ['# Quality Committee minutes 4 March 2025', '', 'It was agreed the audit would be repeated (Action: see minute 12).'].join('\n'));

    expect(reading.drafts).toEqual([]);
    expect(reading.problems.map((p) => p.place.line)).toEqual([3]);
  });
});

describe('action points', () => {
  const VOICES = [
    'Meadowbank Academy Trust - Board of Trustees',
    'Minutes of the meeting held on 14 October 2025',
    '',
    '2. Admissions',
    'The Board approved the admissions policy. Action point: Clerk to publish the policy on the website no later than 1 February 2026.',
    '',
    'Action point 3: CEO to brief headteachers on the new arrangements.',
    '',
    'AP: HR Director to circulate the pay policy by 30 November 2025.',
  ];

  it('when minutes write "Action point:", "Action point 3:" or "AP:", then each is an action led by the name before "to"', () => {
    const reading = readText('trust.txt', VOICES.join('\n'));

    expect(reading.drafts.map((d) => [d.ref, d.lead, d.text])).toEqual([
      ['', 'Clerk', 'Clerk to publish the policy on the website no later than 1 February 2026.'],
      ['3', 'CEO', 'CEO to brief headteachers on the new arrangements.'],
      ['', 'HR Director', 'HR Director to circulate the pay policy by 30 November 2025.'],
    ].map(([ref, lead, text]) => [expect.stringMatching(ref ? `^${ref}$` : /.*/), lead, text]));
    expect(reading.problems).toEqual([]);
  });

  it('when Word minutes write the same labels, then they are read the same', async () => {
    const bytes = await minutesDocx([VOICES[0]!, VOICES[1]!, { heading: VOICES[3]! }, VOICES[4]!, VOICES[6]!, VOICES[8]!]);

    const reading = await readDocument('trust.docx', bytes);

    expect(reading.drafts.map((d) => d.lead)).toEqual(['Clerk', 'CEO', 'HR Director']);
  });
});
