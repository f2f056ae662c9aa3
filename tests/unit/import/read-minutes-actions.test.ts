import { readText } from '../../../src/import/read-text';

/** A charity's trustees' minutes: owner lines, a bold Action line, a numbered Action line and the next meeting. */
const MINUTES = [
  '# Hillside Food Bank Trust',
  "## Minutes of the trustees' meeting held on 4 March 2024",
  '',
  '5. FINANCE',
  '',
  "The Treasurer presented the quarter's figures. Trustees agreed that the reserves policy would be reviewed before the AGM.",
  '',
  'ACTION: Treasurer',
  '',
  '6. VOLUNTEERS',
  '',
  'Action 1: Volunteer Coordinator to recruit two van drivers by 30 April.',
  '',
  '**Action:** Chair to write to the landlord about the lease by the end of March.',
  '',
  '**ACTION: JS/MB** to update the safeguarding policy.',
  '',
  'Date of next meeting: 13 June 2024',
].join('\n');

describe("a charity's trustees' minutes", () => {
  it('when minutes mix ACTION: owner lines, bold Action: lines and a numbered Action line, then every action is read in document order with its lead', () => {
    const reading = readText('trustees-minutes.md', MINUTES);

    expect(reading.drafts.map((d) => [d.number, d.ref, d.lead, d.text])).toEqual([
      [1, '(1)', 'Treasurer', 'Trustees agreed that the reserves policy would be reviewed before the AGM.'],
      [2, '1', 'Volunteer Coordinator', 'Volunteer Coordinator to recruit two van drivers by 30 April.'],
      [3, '3', 'Chair', 'Chair to write to the landlord about the lease by the end of March.'],
      [4, '4', 'JS/MB', 'JS/MB to update the safeguarding policy.'],
    ]);
    expect(reading.problems).toEqual([]);
    expect(reading.suggestions).toEqual([]); // the agreed sentence is the Treasurer's action, not a suggestion
  });

  it('when the minutes give the date of the next meeting, then it is recorded and never taken as the meeting date', () => {
    const reading = readText('trustees-minutes.md', MINUTES);

    expect([reading.meetingDate, reading.nextMeetingDate]).toEqual(['2024-03-04', '2024-06-13']);
  });

  it('when the only date in a document is the next meeting, then there is no meeting date and the next meeting is recorded', () => {
    const reading = readText('notes.txt', 'Trustees action notes\n\nAction 1: Chair to sign the lease.\n\nNext meeting: Thursday 13 June 2024\n');

    expect([reading.meetingDate, reading.nextMeetingDate]).toEqual([null, '2024-06-13']);
  });

  it('when an ACTION: owner line has no paragraph above it, then it is a problem saying what was expected', () => {
    const reading = readText('minutes.txt', 'Minutes of the meeting held on 4 March 2024\n\n# Finance\nACTION: Treasurer\n');

    expect(reading.drafts).toEqual([]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 4: "ACTION: Treasurer" names a lead but no paragraph above it says what was agreed (expected the decision in the paragraph just above the ACTION line).',
    ]);
  });
});

describe('owners written at the end of a paragraph', () => {
  it('when a paragraph ends "ACTION: Chair", then its agreed sentence is the action and the paragraph is not also a suggestion', () => {
    const reading = readText('minutes.txt', [
      "Minutes of the trustees' meeting held on 4 March 2024",
      '',
      'The lease expires in June. The trustees agreed that the Chair would write to the landlord by the end of March. ACTION: Chair',
      '',
      'Members noted the report. Action: all trustees',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['Chair', 'The trustees agreed that the Chair would write to the landlord by the end of March.'],
      ['all trustees', 'Members noted the report.'],
    ]);
    expect(reading.suggestions).toEqual([]);
  });

  it('when "Action: none" closes a paragraph, then there is no action', () => {
    const reading = readText('minutes.txt', 'Minutes of the meeting held on 4 March 2024\n\nThe report was noted.\n\nAction: none\n');

    expect(reading.drafts).toEqual([]);
  });
});
