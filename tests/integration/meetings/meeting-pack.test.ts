import { addMeeting } from '../../../src/app/meetings/add-meeting';
import { buildMeetingPack } from '../../../src/app/meetings/build-meeting-pack';
import { sendMeetingPacks } from '../../../src/app/meetings/send-meeting-packs';
import type { Store } from '../../../src/app/ports';
import { withClosure } from '../../../src/domain/closure';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { fixedClock } from '../../../src/domain/clock';
import { packDueDate } from '../../../src/domain/meetings/pack';
import { applyReport } from '../../../src/domain/status-update';
import { NotAllowedError, NotFoundError } from '../../../src/errors';
import { silentLogger } from '../../../src/log';
import { LETTER_FILE, RECORD_FILE, importSeed } from '../../support/import-seed';
import { CLERK, COMMANDER, meetingDeps, reachablePeople, recordingMessenger } from '../../support/meeting-fixture';
import { memoryStore } from '../../support/memory-store';

const calendar = englandAndWalesCalendar();
const OB = 'MOPAC MPS Oversight Board';
/** 09:00 London on a day. */
const morning = (date: string) => `${date}T08:00:00Z`;

/** The demo data (the letter and the meeting record), MPS and the clerk reachable, the June Oversight Board known. */
async function demo() {
  const store = memoryStore([CLERK.id]);
  await importSeed(store, LETTER_FILE);
  await importSeed(store, RECORD_FILE);
  await reachablePeople(store);
  await addMeeting({ date: '2022-06-14', board: OB, title: 'Oversight Board' }, CLERK, meetingDeps(store, recordingMessenger()));
  return store;
}

/** A lead's "complete" on action n of the letter, at an instant: proposed for closure. */
async function leadCompletes(store: Store, number: number, at: string): Promise<void> {
  const stored = (await store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number }))!;
  const { action, entry } = withClosure(applyReport(stored.action, { status: 'complete', text: 'Done and sent.', revisedDue: null }, COMMANDER, new Date(at), 'chat'), stored.action);
  await store.actions.record(stored, action, entry);
}

function packJob(store: Store, at: string, messenger = recordingMessenger()) {
  return {
    messenger,
    run: () => sendMeetingPacks({
      store, clock: fixedClock(at), calendar, log: silentLogger, messenger, instanceId: 'test', claimTimeoutMs: 600_000, paperDeadlineDays: 7, packBusinessDays: 10,
    }),
  };
}

describe('matters arising: the pack for a meeting', () => {
  it.each([
    ['2022-06-14', '2022-05-27'], // 2 and 3 June 2022 were bank holidays
    ['2022-04-21', '2022-04-05'], // Good Friday and Easter Monday
    ['2023-01-05', '2022-12-19'], // Boxing Day, the 27 December substitute for Christmas, and 2 January
    ['2022-09-22', '2022-09-07'], // the Queen's funeral, 19 September 2022
  ])('when the meeting is on %s, then its pack is due ten business days before, on %s', (meeting, due) => {
    expect(packDueDate(meeting, calendar, 10)).toBe(due);
  });

  it('when the morning of Friday 27 May 2022 comes on the demo data, then the secretariat gets the pack for the 14 June meeting as a card, once', async () => {
    const store = await demo();
    const early = packJob(store, morning('2022-05-26'));
    expect((await early.run()).packs).toEqual([]);
    expect(early.messenger.sent).toEqual([]);

    const due = packJob(store, morning('2022-05-27'));
    const report = await due.run();
    expect(report.packs).toEqual([{ board: 'OB', meeting: '2022-06-14', dueOn: '2022-05-27', actions: 19, outcome: 'sent' }]);
    expect(due.messenger.sent.map((s) => s.to)).toEqual([CLERK.id]);
    const card = JSON.stringify(due.messenger.sent[0]!.message.card);
    expect(card).toContain('Matters arising: action log for the Oversight Board meeting of 14 June 2022');
    expect(card).toContain('For the pack due 27 May 2022; the meeting sits on 14 June 2022.');

    expect((await packJob(store, morning('2022-05-30'), due.messenger).run()).packs[0]!.outcome).toBe('already sent');
    expect(due.messenger.sent).toHaveLength(1);
    expect((await packJob(store, morning('2022-06-14')).run()).packs).toEqual([]); // the meeting sits: too late for a pack
  });

  it('when the sweep missed the day, then the pack still goes before the meeting; a cancelled meeting gets none', async () => {
    const store = await demo();
    expect((await packJob(store, morning('2022-06-06')).run()).packs.map((p) => p.outcome)).toEqual(['sent']);
    await addMeeting({ date: '2022-07-12', board: 'DMPC-AC Met Operations' }, CLERK, meetingDeps(store, recordingMessenger()));
    await store.meetings.save({ ...(await store.meetings.get('DO', '2022-07-12'))!, cancelled: true });
    expect((await packJob(store, morning('2022-07-01')).run()).packs).toEqual([]);
  });

  it('when built on a fixed clock, then it holds the open actions with their latest updates, the DCDG sentence, the overdue and those proposed for closure', async () => {
    const store = await demo();
    await leadCompletes(store, 5, '2022-05-20T10:00:00Z');
    await leadCompletes(store, 16, '2022-05-23T10:00:00Z');
    const { pack, actions } = await buildMeetingPack({ date: '2022-06-14' }, CLERK, {
      store, clock: fixedClock(morning('2022-05-27')), calendar, paperDeadlineDays: 7, packBusinessDays: 10,
    });

    expect(pack.title).toBe('Matters arising: action log for the Oversight Board meeting of 14 June 2022');
    expect(pack.dueOn).toBe('2022-05-27');
    expect(actions).toHaveLength(19);
    expect(actions.every((a) => a.boardCode === 'OB' && a.meetingDate === '2022-04-21')).toBe(true); // the 2023 record is not this meeting's business
    expect(pack.digest.sentence).toBe('Of the 19 actions, 2 have been progressed: 2 are complete (dark green; 2 proposed for closure, awaiting the board) and 0 are in progress and on track (pale green). There are no actions that are amber or red.');
    expect(pack.proposedForClosure.map((a) => a.number)).toEqual([5, 16]);
    expect(pack.digest.summary.at(-1)).toBe('Proposed for closure, for the board to confirm: OB 21-Apr-2022 #5, OB 21-Apr-2022 #16');
    expect(pack.digest.overdue.map((l) => l.ref.number)).toEqual(expect.arrayContaining([19]));
    expect(pack.digest.overdue.every((l) => l.due! < '2022-05-27')).toBe(true);
    expect(pack.digest.table.flatMap((g) => g.rows).find((r) => r.number === 5)?.update).toBe('Done and sent.');
  });

  it('when the actions agreed at another board name this meeting, then they are in its pack too', async () => {
    const store = await demo();
    await addMeeting({ date: '2022-06-14', board: 'DMPC-AC Met Operations' }, CLERK, meetingDeps(store, recordingMessenger()));
    const { actions } = await buildMeetingPack({ date: '2022-06-14', board: 'DMPC-AC Met Operations' }, CLERK, {
      store, clock: fixedClock(morning('2022-05-27')), calendar, paperDeadlineDays: 7, packBusinessDays: 10,
    });
    expect(actions.map((a) => a.number)).toEqual([1, 3]);
  });

  it('when the meeting is not known, ambiguous or asked for by a lead, then the pack is refused with the reason', async () => {
    const store = await demo();
    const deps = { store, clock: fixedClock(morning('2022-05-27')), calendar, paperDeadlineDays: 7, packBusinessDays: 10 };
    await expect(buildMeetingPack({ date: '2022-06-15' }, CLERK, deps)).rejects.toBeInstanceOf(NotFoundError);
    await addMeeting({ date: '2022-06-14', board: 'DMPC-AC Met Operations' }, CLERK, meetingDeps(store, recordingMessenger()));
    await expect(buildMeetingPack({ date: '2022-06-14' }, CLERK, deps)).rejects.toThrow(/Several boards meet on 14 June 2022 \(DO, OB\)/);
    await expect(buildMeetingPack({ date: '2022-06-14', board: 'OB' }, COMMANDER, deps)).rejects.toBeInstanceOf(NotAllowedError);
  });
});
