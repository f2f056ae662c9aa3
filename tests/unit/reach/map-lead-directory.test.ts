import type { Directory } from '../../../src/app/ports';
import { mapLead } from '../../../src/app/people/map-lead';
import { fixedClock } from '../../../src/domain/clock';
import { graphClient } from '../../../src/graph/graph-client';
import { graphDirectory } from '../../../src/graph/graph-directory';
import { silentLogger } from '../../../src/log';
import { FAKE_GRAPH_TOKEN, FakeGraph, startFakeGraph } from '../../support/fake-graph';
import { memoryStore } from '../../support/memory-store';

const CLERK = { id: 'aad-clerk', name: 'Board Clerk' };
const SMITH = { id: 'a1b2c3d4-0000-4000-8000-00000000000a', displayName: 'Commander Jane Smith', userPrincipalName: 'jane.smith@met.example', mail: 'cmdr.smith@met.example', userType: 'Member' as const };
const PATEL = { id: 'a1b2c3d4-0000-4000-8000-00000000000b', displayName: 'Director Ravi Patel', userPrincipalName: 'rpatel@mopac.example', mail: 'ravi.patel@mopac.example', userType: 'Member' as const };

describe('mapping a lead by e-mail address or UPN, through the directory', () => {
  let graph: FakeGraph;
  const clock = fixedClock('2022-05-09T08:00:00.000Z');
  const directoryOf = (): Directory => graphDirectory(graphClient({ baseUrl: graph.url, token: async () => FAKE_GRAPH_TOKEN, log: silentLogger, sleep: async () => undefined }));
  beforeEach(async () => { graph = await startFakeGraph([SMITH, PATEL]); });
  afterEach(async () => { await graph.stop(); });

  it.each([
    ['MPS', 'cmdr.smith@met.example', SMITH],
    ['MOPAC', 'RPatel@mopac.example', PATEL],
  ])('when %s is mapped to %s and the directory knows them, then they are stored by Entra object id with their display name and UPN', async (lead, address, person) => {
    const store = memoryStore([CLERK.id]);
    const mapped = await mapLead({ lead, users: [{ id: address, name: address }], delegates: [] }, CLERK, { store, clock, directory: directoryOf() });
    const stored = { id: person.id, name: person.displayName, upn: person.userPrincipalName, verified: true };
    expect(mapped).toEqual({ users: [stored], delegates: [], unverified: null });
    expect((await store.leads.get(lead))!.users).toEqual([stored]);
  });

  it('when a name is given with the address, then that name is kept', async () => {
    const store = memoryStore([CLERK.id]);
    const mapped = await mapLead({ lead: 'MPS', users: [{ id: 'jane.smith@met.example', name: 'Cdr Smith' }], delegates: [] }, CLERK, { store, clock, directory: directoryOf() });
    expect(mapped.users[0]).toMatchObject({ id: SMITH.id, name: 'Cdr Smith', verified: true });
  });

  it.each(['cmdr.smyth@met.example', 'nobody@mopac.example'])('when nobody in the directory has %s, then the mapping is refused and nothing is written', async (address) => {
    const store = memoryStore([CLERK.id]);
    await expect(mapLead({ lead: 'MPS', users: [{ id: 'jane.smith@met.example', name: 'x' }, { id: address, name: address }], delegates: [] }, CLERK, { store, clock, directory: directoryOf() }))
      .rejects.toMatchObject({ code: 'invalid-input', message: expect.stringContaining(address) });
    expect(await store.leads.get('MPS')).toBeNull();
  });

  it.each([403, 429])('when the directory answers %i, then the mapping is stored unverified and says why', async (status) => {
    graph.failNext(status, 5, { 'Retry-After': '1' });
    const store = memoryStore([CLERK.id]);
    const mapped = await mapLead({ lead: 'MPS', users: [{ id: 'cmdr.smith@met.example', name: 'cmdr.smith@met.example' }], delegates: [] }, CLERK, { store, clock, directory: directoryOf() });
    expect(mapped.users).toEqual([{ id: 'cmdr.smith@met.example', name: 'cmdr.smith@met.example', verified: false }]);
    expect(mapped.unverified).toEqual({ ids: ['cmdr.smith@met.example'], reason: expect.stringMatching(status === 403 ? /User\.Read\.All/ : /throttling/) });
  });

  it('when there is no directory (offline CLI, no permission configured), then the mapping is stored as given and reported unverified', async () => {
    const store = memoryStore([CLERK.id]);
    const mapped = await mapLead({ lead: 'MOPAC', users: [{ id: 'ravi.patel@mopac.example', name: 'Ravi' }], delegates: [] }, CLERK, { store, clock });
    expect((await store.leads.get('MOPAC'))!.users).toEqual([{ id: 'ravi.patel@mopac.example', name: 'Ravi' }]);
    expect(mapped.unverified?.ids).toEqual(['ravi.patel@mopac.example']);
  });
});
