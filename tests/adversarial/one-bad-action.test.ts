import type { RunningChaser } from '../../src/chaser';
import { sendWeeklyDigest } from '../../src/app/digest/send-weekly-digest';
import type { Action } from '../../src/domain/action';
import { fixedClock } from '../../src/domain/clock';
import { ALEX, Person, activityFrom, send, startTestChaser } from '../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../support/fake-connector';
import { LETTER_FILE, importSeed } from '../support/import-seed';
import { jobDeps } from '../integration/digest/digest-fixture';

/** Monday 9 May 2022, 09:00 London: the seed letter has nine MPS actions due a reminder. */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };

/**
 * Actions stored before the edges checked their values (an older import, a hand-edited table): each has
 * one value that storage cannot use as a key. The sweep and the digest must leave each out, say why, and
 * go on for everyone else.
 */
const BAD_LEADS: Array<[string, string]> = [
  ['a lead of 1,025 bytes', 'L'.repeat(1025)],
  ['a lead of 400 four-byte characters', '\u{1D4DB}'.repeat(400)],
  ['a lead of 300 characters that each need escaping', '#'.repeat(300)],
];

function badAction(number: number, lead: string, due: string): Action {
  const at = '2022-05-04T10:00:00.000Z';
  return {
    boardCode: 'OB', meetingDate: '2022-04-21', number, ref: String(number), board: 'MOPAC MPS Oversight Board', text: `Bad action ${number}`,
    timing: 'By 13 May', lead, strand: null, due, resolution: 'exact', flags: [], milestones: [], superseded: [],
    status: 'awaiting_update', latest: null, createdAt: at, updatedAt: at,
  } as unknown as Action;
}

describe('one action with a value storage cannot take, in the sweep and the digest', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;

  beforeEach(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId }, claimTimeoutMs: 60_000 });
    await importSeed(chaser.store, LETTER_FILE);
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
    for (const person of [COMMANDER, ALEX]) {
      await send(chaser, activityFrom(person, { type: 'installationUpdate', action: 'add', serviceUrl: connector.url, text: undefined }));
    }
    for (const [i, [, lead]] of BAD_LEADS.entries()) await chaser.store.actions.create(badAction(90 + i, lead, '2022-05-13'));
  });
  afterEach(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the sweep meets them, then everyone else still gets their card and the report names each bad action with its reason', async () => {
    const report = await chaser.sweep();
    expect(connector.sent(`personal-${COMMANDER.id}`).length).toBe(1); // the nine MPS actions fit one card (split by size)
    expect(report.reminders.filter((r) => r.lead === 'MPS').every((r) => r.outcome === 'sent')).toBe(true);
    expect(report.skippedActions.map((s) => s.reference)).toEqual(['OB 21-Apr-2022 #90', 'OB 21-Apr-2022 #91', 'OB 21-Apr-2022 #92']);
    expect(report.skippedActions[0]!.reason).toMatch(/the lead is 1,025 characters long; the limit is 200/);
    expect(report.skippedActions[1]!.reason).toMatch(/the lead is 400 characters long; the limit is 200/);
    expect(report.skippedActions[2]!.reason).toMatch(/the lead is 300 characters long/);
    expect(report.reminders.some((r) => r.reference.endsWith('#90'))).toBe(false);
  });

  it('when the sweep is a dry run, then it lists the same skipped actions and the others as would send', async () => {
    const report = await chaser.sweep({ dryRun: true });
    expect(report.skippedActions).toHaveLength(3);
    expect(report.reminders.filter((r) => r.lead === 'MPS').every((r) => r.outcome === 'would send')).toBe(true);
  });

  it('when the digest meets them, then it is still sent, covers the others, and reports each bad action', async () => {
    const report = await sendWeeklyDigest(jobDeps(chaser.store, fixedClock(MONDAY_9AM), { instanceId: 'digest-a', configAdmins: [ALEX.aadObjectId] }));
    expect(report.recipients.map((r) => r.outcome)).toEqual(['sent']);
    expect(report.snapshotSaved).toBe(true);
    expect(report.skippedActions.map((s) => s.reference)).toEqual(['OB 21-Apr-2022 #90', 'OB 21-Apr-2022 #91', 'OB 21-Apr-2022 #92']);
    expect(report.skippedActions[0]!.reason).toMatch(/limit is 200/);
    expect(JSON.stringify(connector.sent(`personal-${ALEX.id}`)[0]!.body)).toContain('Of the 19 actions');
  });

  it('when a chat question needs the digest, then the secretariat still gets an answer', async () => {
    const { replies } = await send(chaser, activityFrom(ALEX, { text: 'digest', serviceUrl: connector.url }));
    expect(JSON.stringify(replies)).not.toMatch(/something went wrong/);
    expect(JSON.stringify(replies)).toContain('19 actions');
  });
});
