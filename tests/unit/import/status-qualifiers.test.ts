import { parseStatus } from '../../../src/import/parse-status';
import { readDocument } from '../../../src/import/read-document';

/** "<status word> - <qualifier>" and "<status> (<qualifier>)": the word read, the qualifier kept. */
describe('status words with a qualifier', () => {
  it.each([
    'Complete - awaiting confirmation', 'Completed – awaiting sign-off', 'Complete (subject to confirmation)', 'Done, pending evidence',
    'Completed - for approval by the committee', 'Complete (TBC)', 'Closed - subject to verification',
  ])('when a register says %p, then the action is complete, proposed for closure, the words kept', (text) => {
    const reading = parseStatus(text);
    expect(reading).toMatchObject({ kind: 'status', status: 'complete', note: 'proposed-for-closure' });
    expect(reading.kind === 'status' && reading.word?.replace(/–/g, '-')).toBe(text.replace(/–/g, '-'));
  });

  it.each([
    ['Complete - report sent 3 May', 'complete'], ['In progress - awaiting approval', 'on_track'], ['Amber - awaiting the data', 'amber'],
  ])('when a register says %p, then it is %s with the words kept and no closure proposed', (text, status) => {
    const reading = parseStatus(text);
    expect(reading).toMatchObject({ kind: 'status', status, word: text });
    expect(reading.kind === 'status' && reading.note).toBeFalsy();
  });

  it.each(['On hold', 'Paused', 'Suspended', 'Postponed'])('when a register says %p, then the action is amber with the word kept, as Deferred is', (text) => {
    expect(parseStatus(text)).toEqual({ kind: 'status', status: 'amber', word: text });
  });

  it('when a register says "Closed - superseded", then the action is complete and flagged superseded', () => {
    expect(parseStatus('Closed - superseded')).toMatchObject({ kind: 'status', status: 'complete', note: 'superseded' });
  });

  it('when a committee tracker mixes qualified statuses, then every row is read without a warning and the qualifiers are kept as updates', async () => {
    const csv = [
      'Eastbrook District Council Standards Committee - Action Tracker',
      'Meeting: 11 February 2025',
      'Ref,Action,Officer,Due,Status',
      'SC/1,Refresh the gifts and hospitality register,Monitoring Officer,31 March 2025,Completed – awaiting sign-off',
      'SC/2,Arrange member code of conduct training,Democratic Services Manager,April 2025,On hold',
      'SC/3,Publish the complaints annual report,Monitoring Officer,30 April 2025,Complete (subject to confirmation)',
      'SC/4,Review the register of interests form,Deputy Monitoring Officer,May 2025,Not yet due',
    ].join('\n');
    const reading = await readDocument('standards.csv', Buffer.from(csv));
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.proposedForClosure ?? false, d.update?.replace(/–/g, '-') ?? null])).toEqual([
      ['SC/1', 'complete', true, 'Completed - awaiting sign-off'],
      ['SC/2', 'amber', false, 'On hold'],
      ['SC/3', 'complete', true, 'Complete (subject to confirmation)'],
      ['SC/4', null, false, null],
    ]);
    expect(reading.problems.filter((p) => p.field === 'status')).toEqual([]);
  });
});
