import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

const lead = (d: { lead: string; text: string }) => [d.lead, d.text];
const warned = (r: { problems: Array<{ place: { line?: number }; severity?: string; message: string }> }) =>
  r.problems.filter((p) => p.severity === 'warning' && /earlier meeting/.test(p.message)).map((p) => p.place.line);

describe('matters arising that report on earlier actions', () => {
  it('when "Action 2 (22 May 2025): … Complete." stands under "Matters arising", then it is not a new action but a warning naming the line and "chaser update"; a new ACTION there is still read', () => {
    const reading = readText('trust.md', [
      '# Fernbank Housing Trust - Board of Trustees',
      '## Minutes of the meeting held on 17 July 2025',
      '',
      '### Matters arising',
      'Action 2 (22 May 2025): the Finance Director presented the reserves review. Complete.',
      '**ACTION: Treasurer** to circulate the revised reserves policy by 30 September 2025.',
      '',
      '### 4. Strategy',
      '**ACTION: CEO** to circulate the draft strategy by 30 September 2025.',
    ].join('\n'));

    expect(reading.drafts.map(lead)).toEqual([
      ['Treasurer', 'Treasurer to circulate the revised reserves policy by 30 September 2025.'],
      ['CEO', 'CEO to circulate the draft strategy by 30 September 2025.'],
    ]);
    expect(warned(reading)).toEqual([5]);
    expect(reading.problems[0]!.message).toContain('chaser update');
    expect(reading.problems[0]!.message).toContain('Line 5: "Action 2 (22 May 2025)');
  });

  it('when a council reports "Action 14 (from the meeting of 4 March 2025) - ongoing" with no heading over it, then the earlier date alone marks it as an update', () => {
    const reading = readText('council.txt', [
      'Minutes of the Audit Committee held on 10 June 2025',
      '',
      'Action 14 (from the meeting of 4 March 2025): Head of Audit to review the fraud policy - ongoing.',
      'Action 15: Head of Audit to present the annual opinion by 30 September 2025.',
    ].join('\n'));

    expect(reading.drafts.map(lead)).toEqual([['Head of Audit', 'Head of Audit to present the annual opinion by 30 September 2025.']]);
    expect(warned(reading)).toEqual([3]);
  });

  it('when an action number carries a later date in brackets (its deadline), then it is a new action, and the date is never its lead', () => {
    const reading = readText('board.txt', [
      'Minutes of the Board held on 10 June 2025',
      '',
      'Action 3 (30 September 2025): Company Secretary to renew the insurance.',
    ].join('\n'));

    expect(reading.drafts.map(lead)).toEqual([['Company Secretary', 'Company Secretary to renew the insurance.']]);
    expect(warned(reading)).toEqual([]);
  });
});

describe('action logs reviewed at the start of a meeting', () => {
  it('when "Review of actions from the previous meeting" lists numbered actions with their status, then none is a new action and each is a warning', () => {
    const reading = readText('governors.txt', [
      'Ashgrove Academy - Local Governing Body',
      'Minutes of the meeting held on 9 October 2025',
      '',
      '3. Review of actions from the previous meeting',
      '- Action 1: Clerk to update the website - done',
      '- Action 4: Headteacher to share the attendance data. Carried forward.',
      'Item 5 closed.',
      '',
      '4. Curriculum',
      'ACTION: Headteacher to invite the maths lead to the spring meeting.',
    ].join('\n'));

    expect(reading.drafts.map(lead)).toEqual([['Headteacher', 'Headteacher to invite the maths lead to the spring meeting.']]);
    expect(warned(reading)).toEqual([5, 6, 7]);
  });

  it('when a Word "Action log" section reports "Action 7 – Complete", then it is a warning, and the next item\'s actions are read', async () => {
    const bytes = await minutesDocx([
      'Minutes of the Quality Committee held on 12 November 2025',
      { heading: '2. Action log' },
      'Action 7 \u2013 Complete',
      'Action 9: Director of Nursing to audit the falls data. Ongoing.',
      { heading: '3. Infection control' },
      'Action: Infection Control Lead to repeat the hand hygiene audit by 31 January 2026.',
    ]);

    const reading = await readDocument('quality.docx', bytes);

    expect(reading.drafts.map(lead)).toEqual([['Infection Control Lead', 'Infection Control Lead to repeat the hand hygiene audit by 31 January 2026.']]);
    expect(reading.problems.filter((p) => p.severity === 'warning' && /earlier meeting/.test(p.message))).toHaveLength(2);
  });

  it('when "Matters arising" holds prose with no status and no action number, then it is read as before (a decision there is still a suggestion)', () => {
    const reading = readText('charity.txt', [
      'Minutes of the trustees meeting held on 2 April 2025',
      '',
      'Matters arising',
      'Trustees agreed to complete the skills audit before the AGM.',
    ].join('\n'));

    expect(warned(reading)).toEqual([]);
    expect(reading.suggestions.map((s) => s.text)).toEqual([expect.stringContaining('Trustees agreed to complete the skills audit before the AGM.')]);
  });
});

describe('an action log that is this meeting\'s own list', () => {
  it.each<[string, string]>([
    ['a title "Action log - meeting of 3 March 2025"', 'Action log - meeting of 3 March 2025'],
    ['a bare "Action Log" title', '## Action Log'],
    ['a heading dated this meeting', 'Actions arising from the meeting on 3 March 2025'],
  ])('when the actions stand under %s, then they are new actions of the meeting, not reports on earlier ones', (_, heading) => {
    const reading = readText('log.md', [
      'Larkmoor Parish Council', 'Minutes of the meeting held on 3 March 2025', '', heading, '',
      'Action 1: Clerk to book the hall by 31 March 2025.', 'Action 2: Treasurer to circulate the accounts by 14 April 2025.',
    ].join('\n'));

    expect(reading.drafts.map(lead)).toEqual([
      ['Clerk', 'Clerk to book the hall by 31 March 2025.'], ['Treasurer', 'Treasurer to circulate the accounts by 14 April 2025.'],
    ]);
    expect(warned(reading)).toEqual([]);
  });

  it('when "3. Action log" is an agenda item of the minutes, then its numbered lines report on earlier actions and the later items\' actions are read', () => {
    const reading = readText('minutes.txt', [
      'Larkmoor Parish Council', 'Minutes of the meeting held on 3 March 2025', '', '3. Action log', 'Action 4: Clerk to book the hall. Complete.', '',
      '5. Finance', 'The council agreed the budget.', 'Action 5: Treasurer to circulate the accounts by 14 April 2025.',
    ].join('\n'));

    expect(reading.drafts.map(lead)).toEqual([['Treasurer', 'Treasurer to circulate the accounts by 14 April 2025.']]);
    expect(warned(reading)).toEqual([5]);
  });
});

describe('matters arising named by the board\'s own references', () => {
  it('when lines under "Matters arising" open with a coded reference and report a status, then each is a warning, not a new action; a coded line with no status is left to the other readers', () => {
    const reading = readText('minutes.txt', [
      'Tarnside Health Partnership', 'Minutes of the Finance Committee held on 22 May 2025', '',
      '1. Matters arising',
      'FC/24/09 - Estates backlog report: the Director of Estates confirmed it is complete. Closed.',
      'FC/25/02 - Agency spend controls: deferred to the July meeting.',
      'TB 25/014 (winter plan) remains open.',
      '', '2. Finance report', 'The Committee requested a breakdown of the deficit.',
      'Action: Director of Finance to provide the breakdown by 30 June 2025.',
    ].join('\n'));

    expect(warned(reading)).toEqual([5, 6, 7]);
    expect(reading.drafts.map(lead)).toEqual([['Director of Finance', 'Director of Finance to provide the breakdown by 30 June 2025.']]);
  });
});

describe('matters arising under an item number', () => {
  it('when "Item 6: Matters arising from the last meeting" lists earlier actions with their progress, then each is a warning and the file still imports its new actions', () => {
    const reading = readText('minutes.txt', [
      'Fellside Academies Trust', 'Local Governing Body - Hillcrest Primary', 'Minutes of meeting held 19 September 2024', '',
      'Item 4: Policies', 'The attendance policy was adopted. Action: Clerk to publish the policy on the website by Friday.', '',
      'Item 6: Matters arising from the last meeting', '- Action 2 (fire risk assessment) – completed.', '- Action 3 (website audit) – carried forward.',
    ].join('\n'));

    expect(warned(reading)).toEqual([9, 10]);
    expect(reading.problems.filter((p) => p.severity !== 'warning')).toEqual([]);
    expect(reading.drafts.map((d) => d.lead)).toEqual(['Clerk']);
  });
});
