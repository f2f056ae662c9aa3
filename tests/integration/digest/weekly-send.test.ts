import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { sendWeeklyDigest } from '../../../src/app/digest/send-weekly-digest';
import { openStore } from '../../../src/store/store';
import { readTestAzurite } from '../../support/azurite-env';
import { ALEX, Person, activityFrom, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';
import { MONDAY, NEXT_MONDAY, WEEK_ONE, jobDeps, recordReplies } from './digest-fixture';

const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };
const CHANNEL = { id: '19:oversight@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1', name: 'Oversight Board' };
const ALEX_CHAT = `personal-${ALEX.id}`;
const COMMANDER_CHAT = `personal-${COMMANDER.id}`;

describe('the weekly digest job against Azurite and the Teams connector stand-in', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const deps = (at = MONDAY, instanceId = 'instance-a') => jobDeps(chaser.store, fixedClock(at), { instanceId, configAdmins: [ALEX.aadObjectId] });
  const cards = (conversationId: string) => connector.sent(conversationId).map((c) => visibleText(c.body));

  async function subscribeCommanderAndChannel(): Promise<void> {
    const addedAt = '2022-05-06T09:00:00Z';
    await chaser.store.digests.subscribe({ kind: 'personal', tenantId: 'tenant-1', target: COMMANDER.aadObjectId, name: COMMANDER.name, scope: { lead: 'MPS' }, addedBy: ALEX.aadObjectId, addedAt });
    await chaser.store.digests.subscribe({ kind: 'channel', tenantId: 'tenant-1', target: CHANNEL.id, name: CHANNEL.name, scope: {}, addedBy: ALEX.aadObjectId, addedAt });
  }

  beforeEach(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
    await recordReplies(chaser.store, WEEK_ONE);
    for (const person of [ALEX, COMMANDER]) {
      await send(chaser, activityFrom(person, { type: 'installationUpdate', action: 'add', serviceUrl: connector.url, text: undefined }));
    }
    await send(chaser, activityFrom(ALEX, { type: 'conversationUpdate', conversation: CHANNEL, membersAdded: [{ id: 'bot-id' }], serviceUrl: connector.url }));
  });
  afterEach(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when nobody has subscribed, then the secretariat gets the card, and a snapshot is kept', async () => {
    const report = await sendWeeklyDigest(deps());
    expect(report).toMatchObject({ asOf: '2022-05-09', week: 'week:2022-05-09', skipped: null, snapshotSaved: true });
    expect(report.recipients).toEqual([{ recipient: 'aad-alex', name: 'aad-alex', scope: 'all', outcome: 'sent' }]);
    const [card] = cards(ALEX_CHAT);
    expect(card).toContain('Action log: progress update — as of 9 May 2022');
    expect(card).toContain('Of the 19 actions, 7 have been progressed:');
    expect(connector.sent(COMMANDER_CHAT)).toHaveLength(0);
    expect((await chaser.store.digests.latestSnapshot())?.takenAt).toBe(new Date(MONDAY).toISOString());
  });

  it('when the job runs twice and on a second instance, then each recipient gets it once; a new week sends again', async () => {
    await subscribeCommanderAndChannel();
    const other = openStore({ kind: 'connection-string', connectionString: readTestAzurite().connectionString }, chaser.store.tables.prefix);
    const otherDeps = jobDeps(other, fixedClock(MONDAY), { instanceId: 'instance-b', configAdmins: [ALEX.aadObjectId] });
    await Promise.all([sendWeeklyDigest(deps()), sendWeeklyDigest(otherDeps), sendWeeklyDigest(deps())]);
    const again = await sendWeeklyDigest(otherDeps);
    expect(again.recipients.map((r) => r.outcome)).toEqual(['already sent', 'already sent']);
    expect(again.snapshotSaved).toBe(false);
    expect(connector.sent(COMMANDER_CHAT)).toHaveLength(1);
    expect(connector.sent(CHANNEL.id)).toHaveLength(1);
    expect(connector.sent(ALEX_CHAT)).toHaveLength(0); // subscribers replace the secretariat fallback
    expect(cards(COMMANDER_CHAT)[0]).toContain('Action log: progress update for MPS — as of 9 May 2022');
    expect(cards(COMMANDER_CHAT)[0]).toContain('Of the 17 actions, 6 have been progressed:');
    expect(cards(CHANNEL.id)[0]).toContain('Of the 19 actions');

    await recordReplies(chaser.store, [[11, 'on_track', 'Overview in draft.', '2022-05-12T10:00:00Z']]);
    const nextWeek = await sendWeeklyDigest(deps(NEXT_MONDAY));
    expect(nextWeek.recipients.map((r) => r.outcome)).toEqual(['sent', 'sent']);
    expect(connector.sent(COMMANDER_CHAT)).toHaveLength(2);
    const second = cards(COMMANDER_CHAT)[1]!;
    expect(second).toContain('as of 16 May 2022');
    expect(second).toContain('Compared with the digest of 9 May 2022, 08:59. 1 status change.');
    expect(second).toContain('OB 21-Apr-2022 #11 · MPS · Awaiting update → Pale green');
  });

  it('when it is not yet this week\'s digest time, then nothing goes unless forced', async () => {
    const early = await sendWeeklyDigest(deps('2022-05-09T06:30:00Z'));
    expect(early.skipped).toMatch(/scheduled time \(0 8 \* \* 1, London time\)/);
    expect(connector.sent()).toHaveLength(0);
    const forced = await sendWeeklyDigest(deps('2022-05-09T06:30:00Z'), { force: true });
    expect(forced.recipients.map((r) => r.outcome)).toEqual(['sent']);
    const laterThatWeek = await sendWeeklyDigest(deps('2022-05-11T12:00:00Z'));
    expect(laterThatWeek.recipients.map((r) => r.outcome)).toEqual(['already sent']);
  });

  it('when Teams fails, then the ledger says so and the next run delivers it, once', async () => {
    connector.failNext(ALEX_CHAT, 500, 5);
    const failed = await sendWeeklyDigest(deps());
    expect(failed.recipients[0]?.outcome).toBe('failed');
    expect(failed.snapshotSaved).toBe(false);
    expect((await chaser.store.ledger.get('digest:aad-alex', 'week:2022-05-09|aad-alex'))?.entry).toMatchObject({ state: 'failed', attempts: 1 });
    connector.clearFailures();
    const retried = await sendWeeklyDigest(deps());
    expect(retried.recipients[0]?.outcome).toBe('sent');
    expect(connector.sent(ALEX_CHAT).filter((c) => c.method === 'POST')).toHaveLength(1);
  });

  it('when it is a dry run, then it says who would get it and writes nothing', async () => {
    await subscribeCommanderAndChannel();
    const dry = await sendWeeklyDigest(deps(), { dryRun: true });
    expect(dry.recipients.map((r) => [r.recipient, r.scope, r.outcome])).toEqual([
      ['aad-cmdr', 'MPS', 'would send'], [`conv:${CHANNEL.id}`, 'all', 'would send'],
    ]);
    expect(connector.sent()).toHaveLength(0);
    expect(await chaser.store.digests.latestSnapshot()).toBeNull();
  });
});
