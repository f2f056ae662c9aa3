import type { ConversationRecord } from '../../../src/app/ports';
import { silentLogger } from '../../../src/log';
import { createAdapter } from '../../../src/teams/adapter';
import { createProactiveMessenger } from '../../../src/teams/proactive-messenger';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';

/** A personal chat reached through the connector stand-in. */
function chatAt(serviceUrl: string): ConversationRecord {
  return {
    tenantId: 'tenant-1', scope: 'personal', target: 'aad-lead', userName: 'Lead', upn: null, updatedAt: '2025-06-09T08:00:00Z', blockedAt: null,
    reference: { serviceUrl, channelId: 'msteams', conversation: { id: 'personal-lead' }, user: { id: '29:lead' }, bot: { id: '28:chaser' } },
  };
}

describe('proactive sends under Teams throttling', () => {
  let connector: FakeConnector;
  beforeEach(async () => { connector = await startFakeConnector(); });
  afterEach(() => connector.stop());

  it('when Teams answers 429 with Retry-After, then the messenger waits it and retries through its pacer (the Bot Framework client underneath does not)', async () => {
    // 30 s: were the connector client still retrying 429s itself, the send would really wait a minute and the test time out.
    connector.failNext('*', 429, 2, { 'Retry-After': '30' });
    let now = Date.parse('2025-06-09T08:00:30Z');
    const slept: number[] = [];
    const messenger = createProactiveMessenger(createAdapter({ appId: undefined, appPassword: undefined, appTenantId: undefined, appType: 'SingleTenant' }), '', silentLogger, {
      perSecond: 50, attempts: 4, backoffMs: 1, now: () => now, sleep: async (ms) => { slept.push(ms); now += ms; },
    });
    const outcome = await messenger.send(chatAt(connector.url), { text: 'Chaser: 19 (Overdue by 5 business days)' });
    expect(outcome.ok).toBe(true);
    expect(slept.filter((ms) => ms === 30_000)).toHaveLength(2);
    expect(connector.calls.map((c) => c.method)).toEqual(['POST → 429', 'POST → 429', 'POST']);
  }, 10_000);
});
