import { parseStatus } from '../../../src/import/parse-status';
import { readDocument } from '../../../src/import/read-document';

/** Internal audit follow-up trackers report recommendations in their own words. */
describe('internal audit status words', () => {
  it.each(['Implemented', 'Fully implemented', 'IMPLEMENTED'])('when a tracker says %p, then the recommendation is complete', (word) => {
    expect(parseStatus(word)).toEqual({ kind: 'status', status: 'complete' });
  });

  it('when a tracker says "Partially implemented", then the work is under way (on track), the audit word kept', () => {
    expect(parseStatus('Partially implemented')).toEqual({ kind: 'status', status: 'on_track', word: 'Partially implemented' });
  });

  it.each(['Not implemented', 'Not started', 'Not yet implemented'])('when a tracker says %p, then it awaits an update, the word kept', (word) => {
    expect(parseStatus(word)).toEqual({ kind: 'status', status: undefined, word });
  });

  it.each(['Complete*', 'Completed¹', 'Complete (see note 2)', 'Completed [1]', 'Complete†', 'Implemented²'])(
    'when a status carries a footnote marker (%p), then the word without the marker is read', (word) => {
      expect(parseStatus(word)).toEqual({ kind: 'status', status: 'complete' });
    },
  );

  it('when the words the status table already knows are read, then they read as before', () => {
    expect(parseStatus('Complete')).toEqual({ kind: 'status', status: 'complete' });
    expect(parseStatus('Proposed for closure')).toEqual({ kind: 'status', status: 'complete', note: 'proposed-for-closure' });
    expect(parseStatus('Not yet due')).toEqual({ kind: 'status', status: undefined });
    expect(parseStatus('Deferred')).toEqual({ kind: 'status', status: 'amber', word: 'Deferred' });
  });

  it('when an academy trust\'s audit tracker uses the audit words, then each recommendation imports with no warning', async () => {
    const csv = [
      'Hollinsford Academy Trust - Audit and Risk Committee actions from 4 March 2025',
      'Ref,Recommendation,Lead,Due date,Status,Update',
      'IA 24/01,Reconcile the payroll starters and leavers monthly,Trust Business Manager,31/01/2025,Implemented,',
      'IA 24/02,Refresh the scheme of delegation,CEO,31/03/2025,Partially implemented,Draft at March board',
      'IA 24/03,Test the disaster recovery plan,IT Lead,30/06/2025,Not implemented,',
      'IA 24/04,Publish the gifts register,Governance Lead,28/02/2025,Completed¹,',
      '¹ Confirmed by the auditors in February.',
    ].join('\n');
    const reading = await readDocument('academy-audit.csv', Buffer.from(csv));
    expect(reading.drafts.map((d) => [d.ref, d.status ?? null, d.update ?? null])).toEqual([
      ['IA 24/01', 'complete', null],
      ['IA 24/02', 'on_track', 'Partially implemented - Draft at March board'],
      ['IA 24/03', null, 'Not implemented'],
      ['IA 24/04', 'complete', null],
    ]);
    expect(reading.problems.filter((p) => p.field === 'status' || p.field === 'secondStatus')).toEqual([]);
  });
});
