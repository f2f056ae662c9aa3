import { readDocument } from '../../../src/import/read-document';
import { readText } from '../../../src/import/read-text';
import { minutesDocx } from './minutes-documents';

const shape = (text: string) => readText('minutes.txt', text).drafts.map((d) => [d.lead, d.timing, d.text]);
const offered = (text: string) => readText('minutes.txt', text).suggestions.map((s) => [s.lead, s.text]);

describe('labelled decisions that name who acts', () => {
  it('when "Agreed:", "Resolved: that", "Decision:" or "AGREED that" label a sentence naming its lead, then each is that lead\'s action without the label, timed by its closing "by …"', () => {
    expect(shape([
      'Minutes of the Board of Governors held on 12 March 2025',
      '',
      '3. Budget',
      'Governors reviewed the forecast. Agreed: the School Business Manager will circulate the revised budget to all governors by 28 March 2025.',
      '',
      '4. Transport',
      'Resolved: that the Head of Transport provides a punctuality report by 30 April 2025.',
      '',
      '5. Premises',
      'Decision: Site Manager to replace the boiler valves',
      '',
      '6. Lettings',
      'The hall was discussed. AGREED that the Clerk would update the lettings policy.',
    ].join('\n'))).toEqual([
      ['School Business Manager', 'by 28 March 2025', 'The School Business Manager will circulate the revised budget to all governors by 28 March 2025.'],
      ['Head of Transport', 'by 30 April 2025', 'The Head of Transport provides a punctuality report by 30 April 2025.'],
      ['Site Manager', '', 'Site Manager to replace the boiler valves'],
      ['Clerk', '', 'The Clerk would update the lettings policy.'],
    ]);
  });

  it('when the label stands on its own line with the sentence on the next, then the sentence is the action', () => {
    expect(shape([
      'Minutes of the Scrutiny Committee held on 4 June 2025',
      '',
      '7. Libraries',
      '**Resolved:**',
      'that the Director of Culture provides a branch-by-branch opening hours report by 31 July 2025.',
    ].join('\n'))).toEqual([
      ['Director of Culture', 'by 31 July 2025', 'The Director of Culture provides a branch-by-branch opening hours report by 31 July 2025.'],
    ]);
  });

  it('when a labelled decision names no lead, then a future one is a suggestion and a record ("RESOLVED to approve the minutes") is neither', () => {
    const text = [
      'Minutes of the Trustees held on 9 May 2025',
      '',
      '1. Minutes',
      'RESOLVED to approve the minutes of the last meeting.',
      '',
      '2. Policies',
      'Agreed: the reserves policy will be reviewed in the autumn.',
    ].join('\n');
    expect(shape(text)).toEqual([]);
    expect(offered(text)).toEqual([[null, 'The reserves policy will be reviewed in the autumn.']]);
  });

  it('when a Word document puts a bold "Resolved:" paragraph above the decision, then the decision is the lead\'s action', async () => {
    const bytes = await minutesDocx([
      'Minutes of the Highways Panel held on 6 February 2025',
      { heading: '12. Gritting' },
      { runs: [{ text: 'Resolved:', bold: true }] },
      'that the Head of Highways circulates the revised gritting routes by 28 February 2025.',
    ]);
    const reading = await readDocument('panel.docx', bytes);
    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Head of Highways', 'The Head of Highways circulates the revised gritting routes by 28 February 2025.'],
    ]);
  });
});

describe('a decision beside an action about something else', () => {
  it('when "It was agreed that <lead> would …" sits in a paragraph whose action has another lead and other words, then it is still a suggestion', () => {
    expect(offered([
      'Minutes of the Trustees held on 2 October 2024',
      '',
      'Item 4 - Governance',
      'It was agreed that the Chair would arrange an appraisal of the Chief Executive before Christmas.',
      'Action - DW to circulate the revised whistleblowing policy (end of October).',
    ].join('\n'))).toEqual([['Chair', 'It was agreed that the Chair would arrange an appraisal of the Chief Executive before Christmas.']]);
  });

  it('when the decision restates the paragraph\'s action or names its lead, then it is not offered again', () => {
    expect(offered([
      'Minutes of the Trustees held on 2 October 2024',
      '',
      'Item 4 - Governance',
      'It was agreed that the Treasurer would review the bank mandate.',
      'Action - Treasurer to review the bank mandate and the signatories by November.',
    ].join('\n'))).toEqual([]);
  });
});

describe('timings closing an action line and the next board', () => {
  it('when an action line closes with "(next board)", "(July)" or "(next meeting)", then that is its timing, and "Next board: <date>" is the next meeting', () => {
    const reading = readText('minutes.md', [
      '# Board meeting',
      'Date: 14 May 2025',
      '',
      'Actions:',
      '- Company Secretary to refresh the register of interests (next board)',
      '- Director of Finance to present the treasury report (July)',
      '- Chair to write to the Regulator (next meeting)',
      '',
      'Next board: 23 July 2025',
    ].join('\n'));
    expect(reading.drafts.map((d) => d.timing)).toEqual(['next board', 'July', 'next meeting']);
    expect(reading.nextMeetingDate).toBe('2025-07-23');
  });

  it('when the date of the next sitting is labelled "Date of next Board" or "Next committee meeting -", then it is the next meeting, and prose naming the next Board is not', () => {
    const next = (line: string) => readText('m.txt', ['Minutes of the Board held on 1 April 2025', '', 'ACTION: Clerk to book the room.', line].join('\n')).nextMeetingDate;
    expect(next('Date of next Board: 10 June 2025')).toBe('2025-06-10');
    expect(next('Next committee meeting - 11 June 2025')).toBe('2025-06-11');
    expect(next('The report goes to the next Board. 12 June 2025 is the deadline.')).toBeUndefined();
  });
});

describe('an owner label inside a sentence', () => {
  it('when "[Action: Clerk]" or "(Action: Treasurer)" stands inside a sentence, then the words after it are kept and their "by …" is the timing', () => {
    expect(shape([
      'Minutes of the Parish Council held on 3 March 2025',
      '',
      '25/031 Play area. RESOLVED that the Clerk obtains two quotes for resurfacing [Action: Clerk] by the April meeting.',
      '25/032 Audit. The Treasurer will send the accounts (Action: Treasurer) to the internal auditor by 30 April 2025. Members noted it.',
    ].join('\n'))).toEqual([
      ['Clerk', 'by the April meeting', 'The Clerk obtains two quotes for resurfacing by the April meeting.'],
      ['Treasurer', 'by 30 April 2025', 'The Treasurer will send the accounts to the internal auditor by 30 April 2025.'],
    ]);
  });
});

describe('lone owner lines as a PDF prints a list', () => {
  it('when "● <lead> to …" bullets have no blank line around them and a labelled line follows, then each is a suggestion', () => {
    expect(offered([
      'Minutes of the Panel held on 5 March 2025',
      '8. Early help',
      'ACTION: EM to share the plan with the Panel.',
      '\u25cf Head of Early Help to circulate the evaluation - mid April',
      '\u25cf Scrutiny Officer to add exclusions to the work programme - ongoing',
      'Date of next meeting: 14 May 2025',
    ].join('\n'))).toEqual([
      ['Head of Early Help', 'Head of Early Help to circulate the evaluation - mid April'],
      ['Scrutiny Officer', 'Scrutiny Officer to add exclusions to the work programme - ongoing'],
    ]);
  });
});
