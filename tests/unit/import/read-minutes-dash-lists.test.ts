import { readText } from '../../../src/import/read-text';

/** School governors' minutes that write their ACTION labels with a dash instead of a colon. */
const GOVERNORS = [
  'Oakfield Primary School - Full Governing Board',
  'Minutes of the meeting held on 12 November 2025',
  '',
  '1. Safeguarding',
  'The DSL reported on the autumn training. Governors asked about the checks.',
  'Action \u2013 JB (Safeguarding Governor) to check the single central record before half term.',
  '',
  '2. Premises',
  'ACTION - Clerk to book the fire risk assessment by 30 November.',
  'Action\u2014 Chair to write to the diocese about the roof.',
  '',
  '3. Teaching and learning',
  'Action-led planning was praised by the inspectors.',
].join('\n');

describe('ACTION labels written with a dash', () => {
  it('when minutes write "Action \u2013", "ACTION -" or "Action\u2014" before "<lead> to \u2026", then each is an action led by the name before "to", a role in brackets kept in the text only', () => {
    const reading = readText('governors.txt', GOVERNORS);

    expect(reading.drafts.map((d) => [d.lead, d.text])).toEqual([
      ['JB', 'JB (Safeguarding Governor) to check the single central record before half term.'],
      ['Clerk', 'Clerk to book the fire risk assessment by 30 November.'],
      ['Chair', 'Chair to write to the diocese about the roof.'],
    ]);
    expect(reading.problems).toEqual([]);
  });

  it('when a word is joined to "Action" by a hyphen ("Action-led planning"), then it is prose, not an action', () => {
    const reading = readText('governors.txt', GOVERNORS);

    expect(reading.drafts.some((d) => /inspectors/.test(d.text) || /led planning/.test(d.lead))).toBe(false);
  });

  it('when a dashed ACTION line gives no lead ("Action - review the lettings policy"), then it is a problem naming the line, never an action', () => {
    const reading = readText('parish.txt', [
      'Minutes of the parish council meeting held on 6 October 2025',
      '',
      'The council discussed the village hall lettings.',
      'Action - review the lettings policy at the spring meeting.',
    ].join('\n'));

    expect(reading.drafts).toEqual([]);
    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 4: "Action - review the lettings policy at the spring meeting." does not say who leads the action (expected a name before "to", as in "Action: Clerk to write to the auditors", or the lead alone on the line under the paragraph agreed).',
    ]);
  });
});

/** A charity's trustees' minutes with lists of actions under "Actions agreed:" and "Action points" headings. */
const TRUSTEES = [
  '# Riverside Youth Trust',
  "## Minutes of the trustees' meeting held on 3 December 2025",
  '',
  '### 4. Fundraising',
  'The Treasurer reported on the Christmas appeal.',
  '',
  'Actions agreed:',
  '- KP to share the grant calendar by 31 January.',
  '\u2022 Fundraising Manager to invite the Rotary Club to the spring fair,',
  '  with a note of last year\'s takings.',
  '- Review the gift aid claims before the year end.',
  '- None.',
  '',
  'The Treasurer thanked the volunteers. Tom to look into it.',
  '',
  '### 5. Premises',
  'Action points',
  '1. Clerk to renew the building insurance by 1 March.',
  '2. Chair to meet the landlord in the new year.',
  '6. Any other business',
  'Trustees discussed the newsletter.',
].join('\n');

describe('lists of actions under an "Actions:" heading', () => {
  it('when bulleted and numbered items read "<owner> to <verb> \u2026", then each is an action led by the owner, wrapped lines joined, and the list ends at a blank line or the next heading', () => {
    const reading = readText('trustees.md', TRUSTEES);

    expect(reading.drafts.map((d) => [d.lead, d.text, d.place.line])).toEqual([
      ['KP', 'KP to share the grant calendar by 31 January.', 8],
      ['Fundraising Manager', "Fundraising Manager to invite the Rotary Club to the spring fair, with a note of last year's takings.", 9],
      ['', 'Review the gift aid claims before the year end.', 11],
      ['Clerk', 'Clerk to renew the building insurance by 1 March.', 18],
      ['Chair', 'Chair to meet the landlord in the new year.', 19],
    ]);
  });

  it('when an item gives no lead, then it is a problem naming its line and the heading (the list is still read)', () => {
    const reading = readText('trustees.md', TRUSTEES);

    expect(reading.problems.map((p) => p.message)).toEqual([
      'Line 11: the action "Review the gift aid claims before the year end." under "Actions agreed:" has no lead (expected a name before "to", as in "KP to share the plan by 31 October").',
    ]);
  });

  it('when one "Actions:" heading is followed by prose and another by plain "<owner> to \u2026" lines, then only those lines are actions', () => {
    const reading = readText('board.txt', [
      'Minutes of the board held on 5 May 2025',
      '',
      'Actions:',
      'The board reviewed the log and all actions were complete.',
      '',
      'Action points:',
      'Clerk to circulate the minutes.',
      'Headteacher to invite the English lead to the next meeting.',
    ].join('\n'));

    expect(reading.drafts.map((d) => [d.lead, d.place.line])).toEqual([['Clerk', 7], ['Headteacher', 8]]);
    expect(reading.problems).toEqual([]);
  });
});
