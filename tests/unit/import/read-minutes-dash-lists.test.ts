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
