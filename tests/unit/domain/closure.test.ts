import type { Action, Status } from '../../../src/domain/action';
import { closeAtMeeting, closureOf, closureState, proposedBy, reopenAction, withClosure } from '../../../src/domain/closure';
import { countRag, summaryLines, summarySentence } from '../../../src/domain/digest';
import { applyReport } from '../../../src/domain/status-update';
import { anAction } from '../../support/builders';
import { aMeeting } from '../../support/meetings';

const lead = { id: 'cmdr@met.example', name: 'Commander Lead' };
const clerk = { id: 'cli:clerk', name: 'Clerk (secretariat, CLI)' };
const at = new Date('2022-06-01T10:00:00Z');
const report = (action: Action, status: Status) => withClosure(applyReport(action, { status, text: 'Data shared.', revisedDue: null }, lead, at, 'chat'), action);

describe('closure is the board\'s', () => {
  it('when a lead reports an open action complete, then it is complete and proposed for closure, and the history says so', () => {
    const { action, entry } = report(anAction({ status: 'amber' }), 'complete');
    expect(action.status).toBe('complete');
    expect(closureState(action)).toBe('proposed');
    expect(entry.changes).toEqual([{ field: 'status', from: 'amber', to: 'complete' }, { field: 'closure', from: 'open', to: 'proposed' }]);
  });

  it('when an action is reported with any other status, then it is open and carries no closure flag', () => {
    for (const status of ['on_track', 'amber', 'red'] as Status[]) {
      const { action } = report(anAction({ status: 'complete', flags: ['proposed-for-closure', 'meeting'] }), status);
      expect(closureState(action)).toBe('open');
      expect(action.flags).toEqual(['meeting']);
    }
  });

  it('when a closed action is reported complete again, then it stays closed (the board has accepted it)', () => {
    expect(closureOf(anAction({ status: 'complete' }), 'complete')).toEqual([]);
    expect(closureOf(anAction({ status: 'on_track', flags: ['from-text'] }), 'complete')).toEqual(['from-text', 'proposed-for-closure']);
  });

  it('when proposed, then closed at the meeting, then reopened with a reason, then each step is in the history', () => {
    const proposed = report(anAction({ status: 'on_track' }), 'complete').action;
    const june = aMeeting('2022-06-14', { title: 'Oversight Board' });
    expect(proposedBy(proposed, june.date)).toBe(true);
    const closed = closeAtMeeting(proposed, june, clerk, new Date('2022-06-15T09:00:00Z'))!;
    expect(closureState(closed.action)).toBe('closed');
    expect(closed.entry).toMatchObject({ status: 'complete', text: 'Closed by the board at the Oversight Board meeting of 14 June 2022.', changes: [{ field: 'closure', from: 'proposed', to: 'closed' }] });
    expect(closeAtMeeting(closed.action, june, clerk, at)).toBeNull();
    const reopened = reopenAction(closed.action, 'The board asked for the data by ward.', 'amber', clerk, new Date('2022-06-16T09:00:00Z'));
    expect(reopened.action).toMatchObject({ status: 'amber', latest: { text: 'Reopened: The board asked for the data by ward.' } });
    expect(closureState(reopened.action)).toBe('open');
    expect(reopened.entry.changes).toEqual([{ field: 'status', from: 'complete', to: 'amber' }, { field: 'closure', from: 'closed', to: 'open' }]);
  });

  it('when reopening without a reason or an open action, then it is refused', () => {
    expect(() => reopenAction(anAction({ status: 'complete' }), '  ', 'on_track', clerk, at)).toThrow(RangeError);
    expect(() => reopenAction(anAction({ status: 'red' }), 'why', 'on_track', clerk, at)).toThrow(RangeError);
  });

  it('when proposed after the meeting sat, then it was not in that meeting\'s pack', () => {
    const late = anAction({ status: 'complete', flags: ['proposed-for-closure'], latest: { status: 'complete', text: '', by: 'x', byName: 'x', at: '2022-06-20T09:00:00Z', revisedDue: null } });
    expect(proposedBy(late, '2022-06-14')).toBe(false);
    expect(proposedBy(late, '2022-07-21')).toBe(true);
  });
});

describe('the DCDG sentence with actions proposed for closure', () => {
  const statuses = (list: Array<[Status, boolean?]>) => list.map(([status, proposed]) => anAction({ status, flags: proposed ? ['proposed-for-closure'] : [] }));

  it('when some complete actions await the board, then they count as complete and are marked as awaiting the board', () => {
    const counts = countRag(statuses([['complete', true], ['complete'], ['complete'], ['on_track'], ['amber']]));
    expect(counts).toMatchObject({ complete: 3, proposedForClosure: 1 });
    expect(summarySentence(counts)).toBe('Of the 5 actions, all have been progressed: 3 are complete (dark green; 1 proposed for closure, awaiting the board), 1 is in progress and on track (pale green), 1 is amber and 0 are red.');
  });

  it('when every complete action awaits the board, then the lines say how many', () => {
    const counts = countRag(statuses([['complete', true], ['complete', true], ['on_track'], ['awaiting_update']]));
    expect(summaryLines(counts)).toEqual([
      'Of the 4 actions, 3 have been progressed:', '2 are complete (dark green; 2 proposed for closure, awaiting the board)',
      '1 is in progress and on track (pale green)', 'There are no actions that are amber or red', '1 is awaiting an update',
    ]);
  });

  it('when none await the board, then the sentence reads as before', () => {
    const counts = countRag(statuses([['complete'], ['on_track']]));
    expect(counts.proposedForClosure).toBeUndefined();
    expect(summarySentence(counts)).toBe('Of the 2 actions, all have been progressed: 1 is complete (dark green) and 1 is in progress and on track (pale green). There are no actions that are amber or red.');
  });
});
