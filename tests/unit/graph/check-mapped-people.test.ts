import { checkMappedPeople } from '../../../src/app/reach/check-mapped-people';
import { fixedClock } from '../../../src/domain/clock';
import { graphClient } from '../../../src/graph/graph-client';
import { graphDirectory } from '../../../src/graph/graph-directory';
import { silentLogger } from '../../../src/log';
import { FAKE_GRAPH_TOKEN, FakeGraph, startFakeGraph } from '../../support/fake-graph';
import { memoryStore } from '../../support/memory-store';

const AT = '2022-05-09T08:00:00.000Z';
const SMITH = { id: 'c1000000-0000-4000-8000-000000000001', displayName: 'Commander Smith', userPrincipalName: 'jsmith@met.example', mail: 'cmdr.smith@met.example' };
const GONE = { id: 'c1000000-0000-4000-8000-000000000002', displayName: 'Former Director Lee', userPrincipalName: 'lee@mopac.example', mail: 'lee@mopac.example', accountEnabled: false };
const PARTNER = { id: 'c1000000-0000-4000-8000-000000000004', displayName: 'Inspector Ade (Guest)', userPrincipalName: 'ade_police.example#ext#@board.example', mail: 'ade@police.example', userType: 'Guest' as const };
const OFFICER = { id: 'c1000000-0000-4000-8000-000000000003', displayName: 'Staff Officer Khan', userPrincipalName: 'khan@met.example', mail: 'khan@met.example' };

describe('checking mapped people in the directory at the sweep (Graph stand-in)', () => {
  let graph: FakeGraph;
  const clock = fixedClock(AT);
  const directory = () => graphDirectory(graphClient({ baseUrl: graph.url, token: async () => FAKE_GRAPH_TOKEN, log: silentLogger, sleep: async () => undefined }));
  beforeEach(async () => { graph = await startFakeGraph([SMITH, GONE, OFFICER, PARTNER]); });
  afterEach(async () => { await graph.stop(); });

  async function register() {
    const store = memoryStore();
    await store.leads.save({ lead: 'MPS', users: [{ id: 'cmdr.smith@met.example', name: 'cmdr.smith@met.example', verified: false }], delegates: [{ id: 'khan@met.example', name: 'Khan' }], updatedAt: AT });
    await store.leads.save({ lead: 'MOPAC', users: [{ id: GONE.id, name: 'Director Lee', verified: true }, { id: 'typo@mopac.example', name: 'typo@mopac.example' }], delegates: [], updatedAt: AT });
    return store;
  }

  it('when people were mapped unverified, then they are stored by object id; a leaver and an address nobody has are reported', async () => {
    const store = await register();
    const check = await checkMappedPeople({ store, directory: directory(), clock });
    expect(check).toEqual({
      verified: [{ lead: 'MPS', address: 'cmdr.smith@met.example', id: SMITH.id, name: 'Commander Smith' }, { lead: 'MPS', address: 'khan@met.example', id: OFFICER.id, name: 'Staff Officer Khan' }],
      nobody: [{ lead: 'MOPAC', id: 'typo@mopac.example' }],
      left: [{ lead: 'MOPAC', id: GONE.id, name: 'Former Director Lee' }],
      unavailable: null,
    });
    const mps = (await store.leads.get('MPS'))!;
    expect(mps.users).toEqual([{ id: SMITH.id, name: 'Commander Smith', upn: 'jsmith@met.example', verified: true }]);
    expect(mps.delegates).toEqual([{ id: OFFICER.id, name: 'Khan', upn: 'khan@met.example', verified: true }]);
    expect((await store.leads.get('MOPAC'))!.users[0]).toEqual({ id: GONE.id, name: 'Director Lee', verified: true, leftAt: AT });
  });

  it('when a verified person becomes a guest or comes back, then the mapping follows the directory', async () => {
    const store = memoryStore();
    await store.leads.save({ lead: 'Partner Force', users: [{ id: PARTNER.id, name: 'Ade', verified: true }, { id: SMITH.id, name: 'Smith', verified: true, leftAt: AT }], delegates: [], updatedAt: AT });
    const check = await checkMappedPeople({ store, directory: directory(), clock });
    expect(check.left).toEqual([]);
    expect((await store.leads.get('Partner Force'))!.users).toEqual([{ id: PARTNER.id, name: 'Ade', verified: true, guest: true }, { id: SMITH.id, name: 'Smith', verified: true }]);
  });

  it('when Graph refuses (403), then nothing changes and the reason is given', async () => {
    graph.failNext(403, 10);
    const store = await register();
    const check = await checkMappedPeople({ store, directory: directory(), clock });
    expect(check.unavailable).toMatch(/User\.Read\.All/);
    expect((await store.leads.get('MPS'))!.users[0]!.id).toBe('cmdr.smith@met.example');
  });
});
