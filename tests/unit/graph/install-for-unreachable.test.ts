import type { ConversationRecord } from '../../../src/app/ports';
import { installForUnreachable } from '../../../src/app/reach/install-for-unreachable';
import { leadReachability } from '../../../src/app/reach/lead-reachability';
import { fixedClock } from '../../../src/domain/clock';
import { graphClient } from '../../../src/graph/graph-client';
import { graphInstaller } from '../../../src/graph/graph-installer';
import { silentLogger } from '../../../src/log';
import { anAction } from '../../support/builders';
import { FAKE_GRAPH_TOKEN, FakeGraph, startFakeGraph } from '../../support/fake-graph';
import { memoryStore } from '../../support/memory-store';

const MANIFEST_ID = '0f6b1c2a-manifest-chaser';
const CATALOGUE_ID = 'c47a1061-catalogue-chaser';
const SMITH = { id: 'b1000000-0000-4000-8000-000000000001', displayName: 'Commander Smith', userPrincipalName: 'smith@met.example', mail: 'smith@met.example' };
const PATEL = { id: 'b1000000-0000-4000-8000-000000000002', displayName: 'Director Patel', userPrincipalName: 'patel@mopac.example', mail: 'patel@mopac.example' };
const REYES = { id: 'b1000000-0000-4000-8000-000000000003', displayName: 'Chief Reyes', userPrincipalName: 'reyes@fire.example', mail: 'reyes@fire.example' };
const AT = '2022-05-09T08:00:00.000Z';
const clock = fixedClock(AT);

function conversation(target: string, blockedAt: string | null = null): ConversationRecord {
  return { tenantId: 't-1', scope: 'personal', target, userName: target, upn: null, reference: {}, updatedAt: AT, blockedAt };
}

describe('installing Chaser for the people it cannot reach (Graph stand-in)', () => {
  let graph: FakeGraph;
  const installer = () => graphInstaller(graphClient({ baseUrl: graph.url, token: async () => FAKE_GRAPH_TOKEN, log: silentLogger, sleep: async () => undefined }), { manifestAppId: MANIFEST_ID, graphUrl: graph.url });

  beforeEach(async () => {
    graph = await startFakeGraph([SMITH, PATEL, REYES]);
    graph.catalogue.push({ id: CATALOGUE_ID, externalId: MANIFEST_ID });
  });
  afterEach(async () => { await graph.stop(); });

  async function register() {
    const store = memoryStore(['aad-clerk']);
    await store.actions.create(anAction({ number: 1, lead: 'MPS' }));
    await store.actions.create(anAction({ number: 2, lead: 'MOPAC' }));
    await store.leads.save({ lead: 'MPS', users: [{ id: SMITH.id, name: SMITH.displayName }, { id: REYES.id, name: REYES.displayName }], delegates: [], updatedAt: AT });
    await store.leads.save({ lead: 'MOPAC', users: [{ id: SMITH.id, name: SMITH.displayName }, { id: PATEL.id, name: PATEL.displayName }, { id: 'gone@mopac.example', name: 'Former Director' }], delegates: [], updatedAt: AT });
    // Reyes blocked Chaser: never installed again behind their back.
    await store.conversations.save(conversation(REYES.id, AT));
    return store;
  }

  it('when mapped people never opened Chaser, then it is installed for each once (the catalogue id, not the manifest id), 409 counts as already installed, and a missing person is reported', async () => {
    graph.installed.add(PATEL.id);
    const store = await register();
    const report = await installForUnreachable({ store, installer: installer(), log: silentLogger, clock });
    expect(report.installed).toEqual([{ id: SMITH.id, name: SMITH.displayName, leads: ['MOPAC', 'MPS'] }]);
    expect(report.alreadyInstalled.map((p) => p.id)).toEqual([PATEL.id]);
    expect(report.notInstalled).toEqual([{ id: 'gone@mopac.example', name: 'Former Director', leads: ['MOPAC'], reason: expect.stringContaining('no such person') }]);
    const posts = graph.calls.filter((c) => c.method === 'POST');
    expect(posts.map((c) => c.path)).not.toContain(`/v1.0/users/${REYES.id}/teamwork/installedApps`);
    expect(posts[0]!.body).toEqual({ 'teamsApp@odata.bind': `${graph.url}/appCatalogs/teamsApps/${CATALOGUE_ID}` });
    expect(graph.calls.filter((c) => c.path.startsWith('/v1.0/appCatalogs'))).toHaveLength(1);
    // Until Teams tells Chaser of their chats, those installed for show as pending.
    const mopac = (await leadReachability({ store })).find((l) => l.lead === 'MOPAC')!;
    expect(mopac.people.map((p) => [p.name, p.state])).toEqual([['Commander Smith', 'pending-install'], ['Director Patel', 'pending-install'], ['Former Director', 'unknown']]);
  });

  it('when Chaser is not in the app catalogue, then nobody is installed and the reason says an admin must add it', async () => {
    graph.catalogue.length = 0;
    const report = await installForUnreachable({ store: await register(), installer: installer(), log: silentLogger, clock });
    expect(report.installed).toEqual([]);
    expect(report.notInstalled.map((p) => p.reason)).toEqual(Array(3).fill(expect.stringContaining('not in the organisation\'s app catalogue')));
  });

  it('when Graph refuses with 403, then each is reported with the permission to grant', async () => {
    graph.failNext(403, 10);
    const report = await installForUnreachable({ store: await register(), installer: installer(), log: silentLogger, clock });
    expect(report.notInstalled[0]!.reason).toMatch(/AppCatalog\.Read\.All/);
  });

  it('when Graph throttles with 429 then accepts, then the installation goes through', async () => {
    graph.failNext(429, 1, { 'Retry-After': '2' });
    const report = await installForUnreachable({ store: await register(), installer: installer(), log: silentLogger, clock });
    expect(report.installed.map((p) => p.id)).toEqual([SMITH.id, PATEL.id]);
  });

  it('when installation is turned off, then nothing is installed and everyone who lacks Chaser is reported', async () => {
    const report = await installForUnreachable({ store: await register(), installer: null, log: silentLogger, clock, offReason: 'installing for people is off' });
    expect(report.notInstalled.map((p) => [p.id, p.reason])).toEqual([[SMITH.id, 'installing for people is off'], [PATEL.id, 'installing for people is off'], ['gone@mopac.example', 'installing for people is off']]);
    expect(graph.calls).toEqual([]);
  });
});
