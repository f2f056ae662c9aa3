import type { RunningChaser } from '../../../src/chaser';
import { DIGEST_VERBS } from '../../../src/cards/digest-verbs';
import { fixedClock } from '../../../src/domain/clock';
import { sendWeeklyDigest } from '../../../src/app/digest/send-weekly-digest';
import { ALEX, Person, activityFrom, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';
import { MONDAY, WEEK_ONE, jobDeps, recordReplies } from './digest-fixture';

const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };
const STRANGER: Person = { id: 'user-x', aadObjectId: 'aad-x', name: 'Someone Else' };
const CHANNEL = { id: '19:oversight@thread.tacv2', conversationType: 'channel', tenantId: 'tenant-1', name: 'Oversight Board' };

describe('the digest in chat, through HTTP', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const say = async (person: Person, text: string, overrides: Record<string, unknown> = {}) =>
    (await send(chaser, activityFrom(person, { text, serviceUrl: connector.url, ...overrides }))).replies;
  const inChannel = (person: Person, text: string) => say(person, text, { conversation: CHANNEL });
  const runJob = () => sendWeeklyDigest(jobDeps(chaser.store, fixedClock(MONDAY), { configAdmins: [ALEX.aadObjectId] }));

  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
    await recordReplies(chaser.store, WEEK_ONE);
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY });
    await send(chaser, activityFrom(COMMANDER, { type: 'installationUpdate', action: 'add', serviceUrl: connector.url, text: undefined }));
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the secretariat says digest, then the card comes back with the summary, changes and lists', async () => {
    const replies = await say(ALEX, 'digest');
    expect(replies).toHaveLength(1);
    const attachment = (replies[0]!.attachments as Array<{ contentType: string; content: { version: string } }>)[0]!;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content.version).toBe('1.5');
    const lines = visibleText(replies[0]!).split('\n');
    expect(lines.slice(0, 2)).toEqual(['Action log: progress update — as of 9 May 2022', 'Of the 19 actions, 7 have been progressed:']);
    expect(lines.join('|')).toContain('•  3 are complete (dark green; 3 proposed for closure, awaiting the board)|Dark green|•  2 are in progress and on track (pale green)|Pale green|•  1 is amber|Amber|•  1 is red|Red|•  12 are awaiting an update');
    for (const heading of ['Since the last digest', 'Overdue', 'Due in the next two weeks', 'Awaiting an update', 'Needs a date', 'Leads not reachable', 'Get the board paper']) {
      expect(lines).toContain(heading);
    }
    expect(lines).toContain('OB 21-Apr-2022 #19 · MPS · 15 business days overdue · due 13 April 2022');
    expect(lines).toContain('Reminders cannot reach anyone for MOPAC. The secretariat has been told.');
  });

  it('when a lead asks for a lead or a board, then the digest is scoped to it', async () => {
    expect(visibleText((await say(COMMANDER, 'digest for MPS'))[0]!)).toContain('Action log: progress update for MPS — as of 9 May 2022\nOf the 17 actions, 6 have been progressed:');
    expect(visibleText((await say(COMMANDER, 'digest OB'))[0]!)).toContain('Action log: progress update for OB — as of 9 May 2022\nOf the 19 actions');
    expect((await say(COMMANDER, 'digest for Nobody'))[0]!.text).toMatch(/^I know no lead or board called "Nobody"\. Try "digest" for everything, or one of: .*MPS/);
  });

  it('when leads may see only their own actions, then a lead gets their own lead\'s digest and no other', async () => {
    const restricted = await startTestChaser({ clock: fixedClock(MONDAY), env: { CHASER_TABLE_PREFIX: chaser.store.tables.prefix, CHASER_LEADS_SEE_ALL: 'false' } });
    try {
      const ask = async (text: string) => (await send(restricted, activityFrom(COMMANDER, { text, serviceUrl: connector.url }))).replies[0]!;
      expect(visibleText(await ask('digest'))).toContain('Action log: progress update for MPS — as of 9 May 2022');
      expect((await ask('digest for MOPAC')).text).toBe('You can see the digest for MPS only.');
    } finally {
      await restricted.stop();
    }
  });

  it('when someone who is neither secretariat, lead nor recipient asks, then it is refused plainly', async () => {
    expect((await say(STRANGER, 'digest'))[0]!.text).toMatch(/^Chaser gives the digest to the secretariat, action leads and digest recipients/);
    expect((await say(STRANGER, 'digest subscribe'))[0]!.text).toMatch(/^Chaser gives the digest to the secretariat/);
    expect((await pressButton(chaser, STRANGER, DIGEST_VERBS.paper, {}, { serviceUrl: connector.url })).body.value).toMatch(/^Chaser gives the digest/);
  });

  it('when a lead subscribes, then the weekly job sends the digest to them; unsubscribing stops it', async () => {
    expect((await say(COMMANDER, 'digest subscribe'))[0]!.text).toBe('You will get the weekly digest each week when it goes out. Say "digest unsubscribe" to stop.');
    const report = await runJob();
    expect(report.recipients).toEqual([{ recipient: 'aad-cmdr', name: 'Commander Lead', scope: 'all', outcome: 'sent' }]);
    expect(connector.sent(`personal-${COMMANDER.id}`)).toHaveLength(1);
    expect(connector.sent(`personal-${ALEX.id}`)).toHaveLength(0);
    expect((await say(COMMANDER, 'digest unsubscribe'))[0]!.text).toBe('You will no longer get the weekly digest.');
    expect((await say(COMMANDER, 'digest unsubscribe'))[0]!.text).toBe('You were not subscribed to the digest; nothing changed.');
  });

  it('when in a channel, then only the secretariat can subscribe it, and the digest then posts there', async () => {
    expect((await inChannel(COMMANDER, 'digest'))[0]!.text).toMatch(/^I only post the digest here when this conversation is subscribed/);
    expect((await inChannel(COMMANDER, 'digest subscribe'))[0]!.text).toMatch(/^Only the secretariat can subscribe a channel/);
    expect((await inChannel(ALEX, 'digest subscribe for OB'))[0]!.text).toBe('This conversation will get the weekly digest for OB each week when it goes out. Say "digest unsubscribe" to stop.');
    expect(visibleText((await inChannel(COMMANDER, 'digest'))[0]!)).toContain('Action log: progress update — as of 9 May 2022');
    await runJob();
    const posted = connector.sent(CHANNEL.id);
    expect(posted).toHaveLength(1);
    expect(visibleText(posted[0]!.body)).toContain('Action log: progress update for OB — as of 9 May 2022');
    expect((await inChannel(COMMANDER, 'digest unsubscribe'))[0]!.text).toMatch(/^Only the secretariat can unsubscribe/);
    expect((await inChannel(ALEX, 'digest unsubscribe'))[0]!.text).toBe('This conversation will no longer get the weekly digest.');
  });
});
