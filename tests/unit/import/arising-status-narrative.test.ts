import { readText } from '../../../src/import/read-text';

describe('matters arising that report a status with more narrative', () => {
  it('when "Action 4 (SEND audit) - completed, report circulated." stands under "Minutes of the previous meeting and matters arising", then it is an update on an earlier action, not a new action led by its topic', () => {
    const reading = readText('trust.txt', [
      'Minutes of the Meeting of the Board of Trustees held on 15 January 2025',
      '',
      '2. Minutes of the previous meeting and matters arising',
      'The minutes of the meeting held on 9 October 2024 were approved.',
      'Action 4 (SEND audit) - completed, report circulated.',
      'Action 6 (website compliance) - ongoing, Clerk to chase the provider.',
      'Action 7: closed, the policy was published in December.',
      '',
      '3. Finance',
      'ACTION - Finance Lead to circulate the budget by 31 January 2025.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([['Finance Lead', 'Finance Lead to circulate the budget by 31 January 2025.']]);
    expect(reading.problems.map((p) => p.place.line)).toEqual([5, 6, 7]);
  });

  it('when a new numbered action names its topic in brackets ("Action 3 (budget review): CFO to circulate …"), then the lead is CFO, not the topic; "(MOPAC)" is still a lead', () => {
    const reading = readText('minutes.txt', [
      'Minutes of the Finance Committee meeting held on 3 March 2025',
      '',
      'Action 3 (budget review): CFO to circulate the revised budget by 14 March 2025.',
      'Action 4 (MOPAC) - review the estates strategy before the summer.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.ref, d.lead])).toEqual([['3', 'CFO'], ['4', 'MOPAC']]);
  });
});
