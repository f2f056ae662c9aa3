import { addMeeting } from '../../../src/app/meetings/add-meeting';
import { closeProposedActions } from '../../../src/app/meetings/close-proposed-actions';
import { reopenClosedAction } from '../../../src/app/meetings/reopen-closed-action';
import type { Store } from '../../../src/app/ports';
import type { ActionId } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { fixedClock } from '../../../src/domain/clock';
import { closureState, withClosure } from '../../../src/domain/closure';
import { applyReport } from '../../../src/domain/status-update';
import { InvalidInputError, NotAllowedError } from '../../../src/errors';
import { anAction } from '../../support/builders';
import { LETTER_FILE, importSeed } from '../../support/import-seed';
import { CLERK, COMMANDER, meetingDeps, recordingMessenger } from '../../support/meeting-fixture';
import { memoryStore } from '../../support/memory-store';

const calendar = englandAndWalesCalendar();
const OB = 'MOPAC MPS Oversight Board';
const letter = (number: number): ActionId => ({ boardCode: 'OB', meetingDate: '2022-04-21', number });
const closeDeps = (store: Store, at: string) => ({ store, clock: fixedClock(at), calendar, paperDeadlineDays: 7 });

async function report(store: Store, id: ActionId, status: 'complete' | 'on_track' | 'amber', at: string): Promise<void> {
  const stored = (await store.actions.get(id))!;
  const { action, entry } = withClosure(applyReport(stored.action, { status, text: `${status} reported`, revisedDue: null }, COMMANDER, new Date(at), 'chat'), stored.action);
  await store.actions.record(stored, action, entry);
}

async function cycle() {
  const store = memoryStore([CLERK.id]);
  await importSeed(store, LETTER_FILE);
  await addMeeting({ date: '2022-06-14', board: OB, title: 'Oversight Board' }, CLERK, meetingDeps(store, recordingMessenger()));
  return store;
}

describe('closure by the board', () => {
  it('when a lead completes an action, the board closes it at the meeting and it is reopened with a reason, then each step is in the history', async () => {
    const store = await cycle();
    await report(store, letter(5), 'on_track', '2022-05-10T09:00:00Z');
    await report(store, letter(5), 'complete', '2022-05-20T09:00:00Z');
    expect(closureState((await store.actions.get(letter(5)))!.action)).toBe('proposed');

    const closed = await closeProposedActions({ date: '2022-06-14' }, CLERK, closeDeps(store, '2022-06-15T09:00:00Z'));
    expect(closed.closed.map((a) => a.number)).toEqual([5]);
    expect(closureState((await store.actions.get(letter(5)))!.action)).toBe('closed');

    const reopened = await reopenClosedAction({ action: letter(5), reason: 'The board wants the data by borough.' }, CLERK, { store, clock: fixedClock('2022-06-16T09:00:00Z') });
    expect(reopened).toMatchObject({ status: 'on_track', latest: { text: 'Reopened: The board wants the data by borough.' } });
    const history = await store.actions.history(letter(5));
    expect(history.slice(0, 3).map((e) => [e.text, e.changes.find((c) => c.field === 'closure')])).toEqual([
      ['Reopened: The board wants the data by borough.', { field: 'closure', from: 'closed', to: 'open' }],
      ['Closed by the board at the Oversight Board meeting of 14 June 2022.', { field: 'closure', from: 'proposed', to: 'closed' }],
      ['complete reported', { field: 'closure', from: 'open', to: 'proposed' }],
    ]);
  });

  it('when closing for a meeting, then only its pack\'s proposals close: not the actions agreed at it, not those proposed after it sat, not other boards\'', async () => {
    const store = await cycle();
    await report(store, letter(7), 'complete', '2022-06-10T09:00:00Z');
    await report(store, letter(8), 'complete', '2022-06-20T09:00:00Z'); // after the meeting sat
    await store.actions.create(anAction({ meetingDate: '2022-06-14', number: 1, status: 'complete', flags: ['proposed-for-closure'] })); // agreed at it
    await store.actions.create(anAction({ boardCode: 'PROB', board: 'Performance and Risk Oversight Board', meetingDate: '2022-05-05', number: 2, status: 'complete', flags: ['proposed-for-closure'], timing: 'End May' }));

    const done = await closeProposedActions({ date: '2022-06-14', board: 'OB' }, CLERK, closeDeps(store, '2022-06-21T09:00:00Z'));

    expect(done.closed.map((a) => a.number)).toEqual([7]);
    expect(done.leftForNext.map((a) => a.number)).toEqual([8]);
    expect(closureState((await store.actions.get({ boardCode: 'OB', meetingDate: '2022-06-14', number: 1 }))!.action)).toBe('proposed');
    expect(closureState((await store.actions.get({ boardCode: 'PROB', meetingDate: '2022-05-05', number: 2 }))!.action)).toBe('proposed');
  });

  it('when the meeting has not sat, or a lead tries, then closing is refused and nothing changes', async () => {
    const store = await cycle();
    await report(store, letter(7), 'complete', '2022-06-10T09:00:00Z');
    await expect(closeProposedActions({ date: '2022-06-14' }, CLERK, closeDeps(store, '2022-06-13T09:00:00Z'))).rejects.toThrow(/has not sat yet/);
    await expect(closeProposedActions({ date: '2022-06-14' }, COMMANDER, closeDeps(store, '2022-06-15T09:00:00Z'))).rejects.toBeInstanceOf(NotAllowedError);
    expect(closureState((await store.actions.get(letter(7)))!.action)).toBe('proposed');
  });

  it('when reopening without a reason, an open action, or a number several meetings share, then it is refused', async () => {
    const store = await cycle();
    await report(store, letter(9), 'complete', '2022-06-10T09:00:00Z');
    const deps = { store, clock: fixedClock('2022-06-16T09:00:00Z') };
    await expect(reopenClosedAction({ action: letter(9), reason: ' ' }, CLERK, deps)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(reopenClosedAction({ action: letter(10), reason: 'why' }, CLERK, deps)).rejects.toThrow(/is open already/);
    await store.actions.create(anAction({ meetingDate: '2022-06-14', number: 9, status: 'complete' }));
    await expect(reopenClosedAction({ action: { number: 9 }, reason: 'why' }, CLERK, deps)).rejects.toThrow(/in 2 meetings/);
    await expect(reopenClosedAction({ action: letter(9), reason: 'why' }, COMMANDER, deps)).rejects.toBeInstanceOf(NotAllowedError);
    const reopened = await reopenClosedAction({ action: letter(9), reason: 'Not done after all.', status: 'red' }, CLERK, deps);
    expect(reopened.status).toBe('red');
  });
});
