import type { ActionDetail } from '../../../src/app/tab/open-action';
import { silentLogger } from '../../../src/log';
import { createAdapter } from '../../../src/teams/adapter';
import { createProactiveMessenger } from '../../../src/teams/proactive-messenger';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { PEOPLE, Person, TabServer, TestKeys, makeKeys, seedRegister, ssoIdentity, ssoToken, startTabServer } from '../../support/tab-fixture';
import { visibleText } from '../../support/bot-harness';

/**
 * "Chase now" in the register tab, over HTTP on the real restify server: the caller is identified by a Teams
 * SSO token signed by a local key set (as the other tab tests), the chase goes through the same use case as
 * chat and the cards, and the card reaches the lead through botbuilder's proactive messenger to the Teams
 * connector stand-in (tests/support/fake-connector.ts, the one fake: the edge we do not own). The register
 * is the tab fixture's (Priya Clerk is the secretariat; Cmdr Jo Lead answers for MPS, mapped by UPN), as of
 * Monday 9 May 2022, 09:00 London: #1 (MPS) is overdue, #5 is complete, #2 is MOPAC's.
 */
let keys: TestKeys;
let connector: FakeConnector;
let tab: TabServer;
const TO_LEAD = 'personal-jo-lead';

beforeAll(async () => {
  keys = await makeKeys();
  connector = await startFakeConnector();
});
afterAll(async () => {
  await connector.stop();
});

beforeEach(async () => {
  connector.calls.length = 0;
  const messenger = createProactiveMessenger(createAdapter({ appId: undefined, appPassword: undefined, appTenantId: undefined, appType: 'SingleTenant' }), '', silentLogger, { perSecond: 50, attempts: 2, backoffMs: 1 });
  tab = await startTabServer({ identity: ssoIdentity(keys), chase: { messenger, instanceId: 'tab-test', claimTimeoutMs: 60_000 } });
  await seedRegister(tab.store);
  // The MPS lead has opened Chaser in Teams (Teams told Chaser their UPN); the MOPAC lead never has.
  await tab.store.conversations.save({
    tenantId: 'tenant-1', scope: 'personal', target: PEOPLE.lead.oid, userName: PEOPLE.lead.name, upn: PEOPLE.lead.upn, updatedAt: '2022-05-02T09:00:00.000Z', blockedAt: null,
    reference: { channelId: 'msteams', serviceUrl: connector.url, conversation: { id: TO_LEAD }, user: { id: '29:jo-lead', aadObjectId: PEOPLE.lead.oid }, bot: { id: '28:chaser' } },
  });
});
afterEach(async () => {
  await tab.stop();
});

type Answer = { outcome?: string; code?: string; message: string; at?: string; detail?: ActionDetail | null };

async function chase(key: string, person: Person, body: unknown = {}, token?: string): Promise<{ status: number; body: Answer }> {
  const res = await fetch(`${tab.url}/api/tab/actions/${key}/chase`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token ?? await ssoToken(keys, person)}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Answer };
}

async function open(key: string, person: Person): Promise<ActionDetail> {
  const res = await fetch(`${tab.url}/api/tab/actions/${key}`, { headers: { authorization: `Bearer ${await ssoToken(keys, person)}` } });
  return (await res.json()) as ActionDetail;
}

const historyOf = (number: number) => tab.store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number });

describe('chase now from the register tab', () => {
  it('when the secretariat opens an open action, then it may chase; the lead and the closed action may not', async () => {
    expect(await open('OB_2022-04-21_001', PEOPLE.clerk)).toMatchObject({ canChase: true, chasedToday: null });
    expect(await open('OB_2022-04-21_001', PEOPLE.lead)).toMatchObject({ canChase: false });
    expect(await open('OB_2022-04-21_005', PEOPLE.clerk)).toMatchObject({ canChase: false });
  });

  it('when the secretariat chases with a line, then the lead gets the reminder card with it, and the answer is the action with the chase in its history', async () => {
    const res = await chase('OB_2022-04-21_001', PEOPLE.clerk, { note: 'The board meets on Thursday' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ outcome: 'chased', message: 'Chased OB 21-Apr-2022 #1: the reminder card went to Cmdr Jo Lead (MPS) with your line.', at: '2022-05-09T08:00:00.000Z' });
    expect(res.body.detail).toMatchObject({ canChase: true, chasedToday: { at: '2022-05-09T08:00:00.000Z', byName: PEOPLE.clerk.name } });
    expect(res.body.detail!.history[0]).toMatchObject({ kind: 'chased', source: 'tab', by: PEOPLE.clerk.oid, byName: PEOPLE.clerk.name, text: 'The board meets on Thursday' });
    const sent = connector.sent(TO_LEAD);
    expect(sent).toHaveLength(1);
    expect(visibleText(sent[0]!.body)).toContain('"The board meets on Thursday" — the secretariat.');
    expect(visibleText(sent[0]!.body)).toContain('MPS to share the stop and search dashboard with MOPAC.');
  });

  it('when it is chased again the same day, then it is refused (409) with the time of the first chase and nothing more is sent', async () => {
    await chase('OB_2022-04-21_001', PEOPLE.clerk);
    const again = await chase('OB_2022-04-21_001', PEOPLE.clerk, { note: 'again' });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'already-chased', at: '2022-05-09T08:00:00.000Z' });
    expect(again.body.message).toBe('OB 21-Apr-2022 #1 was already chased today at 09:00 (by Priya Clerk), so I did not send it again. Chase it again tomorrow, or wait for the next reminder.');
    expect(connector.sent(TO_LEAD)).toHaveLength(1);
    expect((await historyOf(1)).filter((h) => h.kind === 'chased')).toHaveLength(1);
  });

  it.each([['the lead', PEOPLE.lead], ['a stranger', PEOPLE.stranger]])('when %s chases, then it is refused with 403 and nothing is sent or recorded', async (_who, person) => {
    const res = await chase('OB_2022-04-21_001', person, { note: 'hurry up' });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/^Only the secretariat can chase a lead now/);
    expect(connector.sent()).toHaveLength(0);
    expect((await historyOf(1)).some((h) => h.kind === 'chased')).toBe(false);
  });

  it('when the token is not Chaser\'s, then it is 401 and nothing is sent', async () => {
    const res = await chase('OB_2022-04-21_001', PEOPLE.clerk, {}, await ssoToken(keys, PEOPLE.clerk, { aud: 'api://elsewhere/x' }));
    expect(res.status).toBe(401);
    expect(connector.sent()).toHaveLength(0);
  });

  it.each([
    ['a complete action', 'OB_2022-04-21_005', 409, 'complete', /^OB 21-Apr-2022 #5 is complete, so there is nothing to chase/],
    ['a lead nobody can be reached for', 'OB_2022-04-21_002', 409, 'unreachable', /^I could not chase OB 21-Apr-2022 #2: none of the users mapped to MOPAC has Chaser installed yet/],
    ['an action that does not exist', 'OB_2022-04-21_042', 404, 'not-found', /There is no action 42/],
  ])('when the secretariat chases %s, then it is refused with a sentence and nothing is sent', async (_case, key, status, code, message) => {
    const res = await chase(key, PEOPLE.clerk);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(res.body.message).toMatch(message);
    expect(connector.sent()).toHaveLength(0);
  });

  it('when the line is not text (an object, a number), then it is 400 naming the field and nothing is sent', async () => {
    for (const note of [{ a: 1 }, 42]) {
      const res = await chase('OB_2022-04-21_001', PEOPLE.clerk, { note } as never);
      expect(res.status).toBe(400);
      expect(res.body.message).toMatch(/^note must be text/);
    }
    expect(connector.sent()).toHaveLength(0);
  });

  it('when the line is longer than 500 characters, then it is 400 and nothing is sent', async () => {
    const res = await chase('OB_2022-04-21_001', PEOPLE.clerk, { note: 'x'.repeat(501) });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/limit is 500/);
    expect(connector.sent()).toHaveLength(0);
  });

  it('when Teams refuses the card, then it is 502, nothing is recorded, and a later chase the same day still goes', async () => {
    connector.failNext(TO_LEAD, 400);
    const failed = await chase('OB_2022-04-21_001', PEOPLE.clerk);
    expect(failed.status).toBe(502);
    expect(failed.body.code).toBe('not-delivered');
    expect((await historyOf(1)).some((h) => h.kind === 'chased')).toBe(false);
    connector.clearFailures();
    expect((await chase('OB_2022-04-21_001', PEOPLE.clerk)).status).toBe(200);
  });
});

describe('a tab without a way to send', () => {
  it('when chasing is not connected, then it says so (503) and nothing is recorded', async () => {
    const bare = await startTabServer({ identity: ssoIdentity(keys) });
    try {
      await seedRegister(bare.store);
      const res = await fetch(`${bare.url}/api/tab/actions/OB_2022-04-21_001/chase`, {
        method: 'POST', headers: { authorization: `Bearer ${await ssoToken(keys, PEOPLE.clerk)}`, 'content-type': 'application/json' }, body: '{}',
      });
      expect(res.status).toBe(503);
      expect((await bare.store.actions.history({ boardCode: 'OB', meetingDate: '2022-04-21', number: 1 })).some((h) => h.kind === 'chased')).toBe(false);
    } finally {
      await bare.stop();
    }
  });
});
