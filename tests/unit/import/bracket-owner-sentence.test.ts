import { readText } from '../../../src/import/read-text';

const shape = (text: string) => readText('minutes.txt', text).drafts.map((d) => [d.lead, d.timing, d.text]);

describe('an owner in brackets after the sentence it labels', () => {
  it('when "(Action: Clerk)" follows "Clerk to update … by 31/01/25." after a sentence that approved something, then the Clerk\'s sentence is the action, not the approval', () => {
    expect(shape([
      'Minutes of the meeting of the Trustees held on 15 January 2025',
      '',
      '6. Policies',
      'Trustees approved the Pay Policy and the Charging Policy.',
      'Clerk to update the policy register and publish on the website by 31/01/25. (Action: Clerk)',
      '',
      '7. Estates',
      'The Board approved the survey. Facilities Manager to book the roofer by 14 February 2025. [Action: Facilities Manager]',
    ].join('\n'))).toEqual([
      ['Clerk', 'by 31/01/25', 'Clerk to update the policy register and publish on the website by 31/01/25.'],
      ['Facilities Manager', 'by 14 February 2025', 'Facilities Manager to book the roofer by 14 February 2025.'],
    ]);
  });

  it('when the sentence closes "by the end of Q1 2025/26 (Action: Treasurer)", then that deadline is the action\'s timing and the sentence is kept whole', () => {
    expect(shape([
      'Minutes of the meeting of the Fire Authority held on 20 March 2025',
      '',
      'Min 31/25 Financial Plan',
      'RESOLVED that the Authority approves the capital programme, subject to a review of the fleet schedule by the end of Q1 2025/26 (Action: Treasurer).',
    ].join('\n'))).toEqual([
      ['Treasurer', 'by the end of Q1 2025/26', 'The Authority approves the capital programme, subject to a review of the fleet schedule by the end of Q1 2025/26'],
    ]);
  });

  it('when the bracket gives a timing after the owner ("(Action: DoF – June)"), then the lead is the owner and the timing June', () => {
    expect(shape([
      'Minutes of the meeting of the Board held on 2 April 2025',
      '',
      '3. Finance',
      'The Board agreed that the savings plan would be refreshed. (Action: DoF – June)',
      '',
      '4. Grants',
      'It was agreed that the grant would be accepted as approved by the Board. (Action: Chair)',
    ].join('\n'))).toEqual([
      ['DoF', 'June', 'The Board agreed that the savings plan would be refreshed.'],
      ['Chair', '', 'It was agreed that the grant would be accepted as approved by the Board.'],
    ]);
  });
});
