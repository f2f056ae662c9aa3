import { addMeeting } from '../../../src/app/meetings/add-meeting';
import { cancelMeeting } from '../../../src/app/meetings/cancel-meeting';
import { listMeetings } from '../../../src/app/meetings/list-meetings';
import { moveMeeting } from '../../../src/app/meetings/move-meeting';
import { removeMeeting } from '../../../src/app/meetings/remove-meeting';
import { recordStatusUpdate } from '../../../src/app/updates/record-status-update';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { NotAllowedError, NotFoundError, InvalidInputError } from '../../../src/errors';
import type { Store } from '../../../src/app/ports';
import { anAction } from '../../support/builders';
import { LETTER_FILE, importSeed } from '../../support/import-seed';
import { CLERK, COMMANDER, meetingDeps, reachablePeople, recordingMessenger } from '../../support/meeting-fixture';
import { memoryStore } from '../../support/memory-store';

const MET_OPS = 'DMPC-AC Met Operations';
const id = (number: number) => ({ boardCode: 'OB', meetingDate: '2022-04-21', number });
const due = async (store: Store, number: number) => (await store.actions.get(id(number)))!.action;

async function seeded() {
  const store = memoryStore([CLERK.id]);
  await importSeed(store, LETTER_FILE);
  await reachablePeople(store);
  const messenger = recordingMessenger();
  return { store, messenger, deps: meetingDeps(store, messenger) };
}

describe('the meeting calendar and the due dates tied to it', () => {
  it('when the June DMPC-AC Met Operations meeting is added, then actions 1 and 3 move to its paper deadline, with history, and the lead is told', async () => {
    const { store, messenger, deps } = await seeded();
    expect((await due(store, 1)).due).toBe('2022-06-01'); // today's rules until the meeting is known

    const result = await addMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps);

    expect(result.moved.map((m) => m.action.number).sort()).toEqual([1, 3]);
    for (const n of [1, 3]) {
      expect(await due(store, n)).toMatchObject({ due: '2022-06-07', resolution: 'inferred', flags: ['meeting'] });
      const [entry] = await store.actions.history(id(n));
      expect(entry).toMatchObject({ kind: 'edited', source: 'system', changes: [{ field: 'due', from: '2022-06-01', to: '2022-06-07' }] });
      expect(entry!.text).toContain('DMPC-AC Met Operations meeting of 14 June 2022');
    }
    expect((await due(store, 5)).due).toBe('2022-05-13'); // untouched
    expect(messenger.sent).toHaveLength(1);
    expect(messenger.sent[0]!.to).toBe(COMMANDER.id);
    expect(messenger.sent[0]!.message.text).toContain('OB 21-Apr-2022 #1 is now due 7 June 2022, was 1 June 2022');
  });

  it('when the meeting is moved (postponed), then the due dates follow with another history entry, and the lead is told once more', async () => {
    const { store, messenger, deps } = await seeded();
    await addMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps);
    await moveMeeting({ date: '2022-06-14', board: MET_OPS, to: '2022-06-28' }, CLERK, deps);

    expect((await due(store, 3)).due).toBe('2022-06-21');
    expect((await store.actions.history(id(3))).filter((e) => e.source === 'system').map((e) => e.changes[0]?.to)).toEqual(['2022-06-21', '2022-06-07']);
    expect(messenger.sent).toHaveLength(2);
    expect((await store.meetings.list()).map((m) => m.date)).toEqual(['2022-04-21', '2022-06-28']);
  });

  it('when a lead revised a date by hand, then moving the meeting never overrides it', async () => {
    const { store, deps } = await seeded();
    await addMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps);
    await recordStatusUpdate({ id: id(1), report: { status: 'amber', text: 'Panel data late.', revisedDue: '2022-06-30' }, actor: CLERK, source: 'cli' }, { ...deps });
    await recordStatusUpdate({ id: id(1), report: { status: 'amber', text: 'Still waiting.', revisedDue: null }, actor: CLERK, source: 'cli' }, { ...deps });

    const moved = await moveMeeting({ date: '2022-06-14', board: MET_OPS, to: '2022-06-21' }, CLERK, deps);

    expect((await due(store, 1)).due).toBe('2022-06-30');
    expect((await due(store, 3)).due).toBe('2022-06-14');
    expect(moved.moved.map((m) => m.action.number)).toEqual([3]);
  });

  it('when the meeting is cancelled or removed, then the timing is read by today\'s rules again (1 June), with history', async () => {
    const { store, deps } = await seeded();
    await addMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps);
    await cancelMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps);
    expect(await due(store, 1)).toMatchObject({ due: '2022-06-01', flags: [] });
    expect((await store.meetings.list()).find((m) => m.date === '2022-06-14')?.cancelled).toBe(true);

    await addMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps); // un-cancelled
    expect((await due(store, 1)).due).toBe('2022-06-07');
    await removeMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps);
    expect((await due(store, 1)).due).toBe('2022-06-01');
    expect((await store.actions.history(id(1))).filter((e) => e.source === 'system')).toHaveLength(4);
  });

  it('when "by the next meeting" of an invented board, then adding its next meetings dates it and cancelling one moves it to the one after', async () => {
    const store = memoryStore([CLERK.id]);
    const board = 'Performance and Risk Oversight Board';
    const action = anAction({ boardCode: 'PROB', board, meetingDate: '2022-05-05', number: 2, timing: 'Report back by the next meeting', due: null, resolution: 'none', flags: ['needs-date'], lead: 'Finance Director' });
    await store.actions.create(action);
    const deps = meetingDeps(store, recordingMessenger());
    await addMeeting({ date: '2022-07-07', board }, CLERK, deps);
    await addMeeting({ date: '2022-09-08', board: 'PROB', title: 'Performance and Risk Oversight Board' }, CLERK, deps);
    expect((await store.actions.get(action))!.action).toMatchObject({ due: '2022-06-30', flags: ['meeting'] });
    await cancelMeeting({ date: '2022-07-07', board }, CLERK, deps);
    expect((await store.actions.get(action))!.action.due).toBe('2022-09-01');
    await removeMeeting({ date: '2022-09-08', board: 'PROB' }, CLERK, deps);
    expect((await store.actions.get(action))!.action).toMatchObject({ due: null, flags: ['needs-date'] });
  });

  it('when a lead (not the secretariat) changes the calendar, then it is refused and nothing changes', async () => {
    const { store, deps } = await seeded();
    await expect(addMeeting({ date: '2022-06-14', board: MET_OPS }, COMMANDER, deps)).rejects.toBeInstanceOf(NotAllowedError);
    await expect(listMeetings(COMMANDER, { ...deps, packBusinessDays: 10 })).rejects.toBeInstanceOf(NotAllowedError);
    expect((await due(store, 1)).due).toBe('2022-06-01');
  });

  it('when the date or the meeting is wrong, then the secretariat is told what to give', async () => {
    const { deps } = await seeded();
    await expect(addMeeting({ date: '2022-06-31', board: MET_OPS }, CLERK, deps)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(addMeeting({ date: '2022-06-14', board: '  ' }, CLERK, deps)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(moveMeeting({ date: '2022-06-14', board: MET_OPS, to: '2022-06-21' }, CLERK, deps)).rejects.toBeInstanceOf(NotFoundError);
    await addMeeting({ date: '2022-06-14', board: MET_OPS }, CLERK, deps);
    await addMeeting({ date: '2022-06-21', board: MET_OPS }, CLERK, deps);
    await expect(moveMeeting({ date: '2022-06-14', board: MET_OPS, to: '2022-06-21' }, CLERK, deps)).rejects.toThrow(/already has a meeting on 21 June 2022/);
  });

  it('when the meetings are listed, then each shows the day its pack is due (ten business days before, skipping Easter and the June bank holidays)', async () => {
    const { deps } = await seeded();
    await addMeeting({ date: '2022-06-14', board: 'MOPAC MPS Oversight Board', title: 'Oversight Board' }, CLERK, deps);
    const listed = await listMeetings(CLERK, { store: deps.store, calendar: englandAndWalesCalendar(), packBusinessDays: 10 });
    expect(listed.map((m) => [m.boardCode, m.date, m.packDue, m.source])).toEqual([['OB', '2022-04-21', '2022-04-05', 'import'], ['OB', '2022-06-14', '2022-05-27', 'cli']]);
  });
});
