import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, activityFrom, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { FAKE_GRAPH_TOKEN, FakeGraph, startFakeGraph } from '../../support/fake-graph';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

/**
 * Reaching a lead who never opened Chaser, the whole way (issue #21): a real Chaser over HTTP on the run's
 * Azurite; the lead is mapped by e-mail address → the first sweep of the day finds them in Microsoft Graph →
 * has no chat with them → installs Chaser for them through Graph → opens the personal chat through the Teams
 * connector (createConversation, with their Entra object id and the tenant) → sends the pending reminder card
 * there, settled once in the delivery ledger; a second sweep sends nothing again.
 *
 * The only fakes are the two edges we do not own: the Microsoft Graph stand-in (tests/support/fake-graph.ts:
 * users, the app catalogue, POST /users/{id}/teamwork/installedApps answering 201 or 409) and the Teams
 * connector stand-in (tests/support/fake-connector.ts: createConversation and the messages). Graph's bearer
 * token is the stand-in's own (Chaser's `graphToken` start option), as there is no Entra to issue one.
 */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const WRIGHT = { id: 'd1000000-0000-4000-8000-000000000001', displayName: 'Superintendent Wright', userPrincipalName: 'swright@police.example', mail: 'sam.wright@police.example' };
const WRIGHTS_CHAT = `personal-${WRIGHT.id}`;
/** MPS's actions with a reminder stage on 9 May 2022 (the seed letter; see tests/integration/jobs/reminder-sweep.test.ts). */
const ACTION_19 = 'OB_2022-04-21_019';

describe('install → chat → pending reminder, through Graph and the connector stand-ins', () => {
  let graph: FakeGraph;
  let connector: FakeConnector;
  let chaser: RunningChaser;

  beforeEach(async () => {
    graph = await startFakeGraph([WRIGHT]);
    graph.catalogue.push({ id: 'catalogue-chaser', externalId: 'manifest-chaser' });
    connector = await startFakeConnector();
    chaser = await startTestChaser({
      clock: fixedClock(MONDAY_9AM),
      env: { CHASER_ADMINS: ALEX.aadObjectId, CHASER_GRAPH_URL: graph.url, CHASER_TEAMS_APP_ID: 'manifest-chaser' },
      graphToken: async () => FAKE_GRAPH_TOKEN,
    });
    await importSeed(chaser.store, LETTER_FILE);
    // Mapped by the address the board's letter gives, before anyone checked it in the directory.
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: WRIGHT.mail, name: WRIGHT.mail }], delegates: [], updatedAt: MONDAY_9AM });
    // The secretariat has opened Chaser in Teams: that chat tells Chaser the tenant and the service URL.
    await send(chaser, activityFrom(ALEX, { text: 'hello', serviceUrl: connector.url }));
  });
  afterEach(async () => {
    await chaser.stop();
    await connector.stop();
    await graph.stop();
  });

  it.each([
    ['Graph installs it (201)', false, 'installed'],
    ['Chaser was already installed for them (409)', true, 'alreadyInstalled'],
  ] as const)('when %s, then the chat is opened and the pending reminder card arrives there once', async (_case, alreadyInstalled, how) => {
    if (alreadyInstalled) graph.installed.add(WRIGHT.id);
    const first = await chaser.sweep();

    // Graph: found by e-mail address, stored by object id, installed for (or already was).
    expect(first.reach?.mappings?.verified).toEqual([{ lead: 'MPS', address: WRIGHT.mail, id: WRIGHT.id, name: WRIGHT.displayName }]);
    expect(graph.calls.filter((c) => c.method === 'POST').map((c) => c.path)).toEqual([`/v1.0/users/${WRIGHT.id}/teamwork/installedApps`]);
    expect(first.reach?.installs[how]).toEqual([{ id: WRIGHT.id, name: WRIGHT.displayName, leads: ['MPS'] }]);

    // The connector: one personal chat opened with their Entra object id in the secretariat's tenant.
    expect(connector.created).toHaveLength(1);
    expect(connector.created[0]!.body).toMatchObject({ isGroup: false, members: [{ id: WRIGHT.id }], tenantId: 'tenant-1', channelData: { tenant: { id: 'tenant-1' } } });
    expect(first.reach?.chats).toEqual({ opened: [{ id: WRIGHT.id, name: WRIGHT.displayName, leads: ['MPS'] }], notOpened: [] });
    expect(await chaser.store.conversations.findPersonal(WRIGHT.id)).toMatchObject({ tenantId: 'tenant-1', scope: 'personal', reference: { conversation: { id: WRIGHTS_CHAT }, serviceUrl: connector.url } });

    // The pending reminder card arrived in that chat, and the ledger marks it sent for them.
    const cards = connector.sent(WRIGHTS_CHAT);
    expect(cards).toHaveLength(1);
    expect(visibleText(cards[0]!.body)).toContain('OB 21-Apr-2022 #19');
    expect(first.reminders.filter((r) => r.lead === 'MPS').every((r) => r.outcome === 'sent' && r.recipients.includes(WRIGHT.id))).toBe(true);
    const ledger = (await chaser.store.ledger.forScope(ACTION_19)).filter((r) => r.entry.kind === 'reminder');
    expect(ledger.map((r) => [r.key.split('|')[1], r.entry.state])).toEqual([[WRIGHT.id, 'sent']]);
    // Nobody MPS is left unreachable, so the secretariat's notice does not list MPS.
    expect(first.unreachable.map((u) => u.lead)).not.toContain('MPS');

    // A second sweep: no second install, chat or card.
    const second = await chaser.sweep();
    expect(second.reach).toBeNull();
    expect(second.reminders.filter((r) => r.lead === 'MPS').every((r) => r.outcome === 'already sent')).toBe(true);
    expect(graph.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
    expect(connector.created).toHaveLength(1);
    expect(connector.sent(WRIGHTS_CHAT)).toHaveLength(1);
    expect((await chaser.store.ledger.forScope(ACTION_19)).filter((r) => r.entry.kind === 'reminder')).toHaveLength(1);
  });

  it('when Teams then tells Chaser of the chat (installationUpdate), then its reference replaces the opened one and nothing is sent twice', async () => {
    await chaser.sweep();
    const teamsSays = { id: '29:wright-mri', aadObjectId: WRIGHT.id, name: WRIGHT.displayName };
    const { status } = await send(chaser, activityFrom(teamsSays, { type: 'installationUpdate', action: 'add', text: undefined, serviceUrl: connector.url, conversation: { id: WRIGHTS_CHAT, conversationType: 'personal', tenantId: 'tenant-1' } }));
    expect(status).toBe(200);
    expect(await chaser.store.conversations.findPersonal(WRIGHT.id)).toMatchObject({ reference: { user: { id: '29:wright-mri' }, conversation: { id: WRIGHTS_CHAT } } });
    await chaser.sweep();
    expect(connector.sent(WRIGHTS_CHAT)).toHaveLength(1);
  });

  it('when the directory cannot confirm a lead mapped by sign-in name, then Chaser installs by that name but leaves opening the chat to Teams, and says so', async () => {
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: WRIGHT.userPrincipalName, name: 'Sam Wright' }], delegates: [], updatedAt: MONDAY_9AM });
    graph.failNext(403); // User.Read.All not granted: the directory check stops, installing still works
    const first = await chaser.sweep();
    expect(first.reach?.mappings?.unavailable).toMatch(/User\.Read\.All/);
    expect(first.reach?.installs.installed.map((p) => p.id)).toEqual([WRIGHT.userPrincipalName]);
    expect(first.reach?.chats?.notOpened).toEqual([expect.objectContaining({ id: WRIGHT.userPrincipalName, reason: expect.stringMatching(/knows them by address only/) })]);
    expect(connector.created).toHaveLength(0);
    expect(connector.sent(WRIGHTS_CHAT)).toHaveLength(0);
  });

  it('when Teams refuses to open the chat, then nothing is sent, the secretariat is told why, and the next day\'s sweep opens it and sends', async () => {
    connector.failNext('createConversation', 403);
    const first = await chaser.sweep();
    expect(first.reach?.chats?.opened).toEqual([]);
    expect(first.reach?.chats?.notOpened).toEqual([expect.objectContaining({ id: WRIGHT.id, reason: expect.stringMatching(/^Teams did not open the chat \(403/) })]);
    expect(connector.sent(WRIGHTS_CHAT)).toHaveLength(0);
    expect(first.unreachable.find((u) => u.lead === 'MPS')?.reason).toMatch(/Chaser could not open a chat with Superintendent Wright yet \(Teams did not open the chat \(403/);

    const tuesday = await startTestChaser({
      clock: fixedClock('2022-05-10T08:00:00Z'),
      env: { CHASER_ADMINS: ALEX.aadObjectId, CHASER_GRAPH_URL: graph.url, CHASER_TEAMS_APP_ID: 'manifest-chaser', CHASER_TABLE_PREFIX: chaser.store.tables.prefix },
      graphToken: async () => FAKE_GRAPH_TOKEN,
    });
    try {
      const next = await tuesday.sweep();
      // Installed yesterday (pending install): not installed again, but the chat is opened now.
      expect(next.reach?.installs).toEqual({ installed: [], alreadyInstalled: [], notInstalled: [] });
      expect(next.reach?.chats?.opened.map((p) => p.id)).toEqual([WRIGHT.id]);
      expect(connector.sent(WRIGHTS_CHAT)).toHaveLength(1);
    } finally {
      await tuesday.stop();
    }
  });
});
