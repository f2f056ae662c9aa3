import { graphClient } from '../../../src/graph/graph-client';
import { graphDirectory } from '../../../src/graph/graph-directory';
import { silentLogger } from '../../../src/log';
import { FAKE_GRAPH_TOKEN, FakeGraph, startFakeGraph } from '../../support/fake-graph';

const SMITH = { id: '6F1C2D3E-0000-4000-8000-000000000001', displayName: 'Commander Jane Smith', userPrincipalName: 'Jane.Smith@met.example', mail: 'cmdr.smith@met.example', accountEnabled: true, userType: 'Member' as const };
const OKAFOR = { id: '6f1c2d3e-0000-4000-8000-000000000002', displayName: "Dara O'Neill-Okafor", userPrincipalName: 'dokafor@fire.example', mail: "dara.o'neill@fire.example", accountEnabled: false, userType: 'Member' as const };
const GUEST = { id: '6f1c2d3e-0000-4000-8000-000000000003', displayName: 'Inspector Reyes (Guest)', userPrincipalName: 'reyes_police.example#EXT#@board.onmicrosoft.com', mail: 'reyes@police.example', userType: 'Guest' as const };

describe('finding a person in Microsoft Graph (a local stand-in)', () => {
  let graph: FakeGraph;
  const waits: number[] = [];
  const directory = (token = async () => FAKE_GRAPH_TOKEN) => graphDirectory(graphClient({ baseUrl: graph.url, token, log: silentLogger, sleep: async (ms) => { waits.push(ms); } }));

  beforeEach(async () => {
    graph = await startFakeGraph([SMITH, OKAFOR, GUEST]);
    waits.length = 0;
  });
  afterEach(async () => { await graph.stop(); });

  it('when the address is a UPN, then the person is found by it, with their Entra object id and display name', async () => {
    expect(await directory().findPerson('jane.smith@met.example')).toEqual({
      kind: 'found', person: { id: SMITH.id.toLowerCase(), displayName: 'Commander Jane Smith', userPrincipalName: 'jane.smith@met.example', mail: 'cmdr.smith@met.example', accountEnabled: true, guest: false },
    });
    expect(graph.calls).toHaveLength(1);
  });

  it.each([
    ['cmdr.smith@met.example', SMITH.id.toLowerCase()],
    ["dara.o'neill@fire.example", OKAFOR.id],
    ['REYES@police.example', GUEST.id],
  ])('when the address %s is an e-mail address that differs from the UPN, then the person is found by mail', async (address, id) => {
    const found = await directory().findPerson(address);
    expect(found.kind === 'found' && found.person.id).toBe(id);
    expect(graph.calls.map((c) => c.path)[1]).toContain('mail eq');
  });

  it('when the person has left or is a guest, then the directory says so', async () => {
    const left = await directory().findPerson('dokafor@fire.example');
    const guest = await directory().findPerson('reyes@police.example');
    expect(left.kind === 'found' && left.person.accountEnabled).toBe(false);
    expect(guest.kind === 'found' && guest.person.guest).toBe(true);
  });

  it('when the address is an object id, then the person is found by it', async () => {
    const found = await directory().findPerson(OKAFOR.id);
    expect(found.kind === 'found' && found.person.displayName).toBe("Dara O'Neill-Okafor");
  });

  it.each(['nobody@met.example', 'not-an-address'])('when nobody has %s (404, then no mail match), then the answer is none', async (address) => {
    expect(await directory().findPerson(address)).toEqual({ kind: 'none' });
  });

  it('when Graph refuses with 403 (permission not granted), then the directory is unavailable and says which permission', async () => {
    graph.failNext(403);
    const found = await directory().findPerson('jane.smith@met.example');
    expect(found).toEqual({ kind: 'unavailable', reason: expect.stringContaining('User.Read.All') });
  });

  it('when Graph throttles with 429 and Retry-After, then it waits that long and tries again', async () => {
    graph.failNext(429, 2, { 'Retry-After': '7' });
    const found = await directory().findPerson('jane.smith@met.example');
    expect(found.kind).toBe('found');
    expect(waits).toEqual([7000, 7000]);
    expect(graph.calls).toHaveLength(3);
  });

  it('when Graph keeps throttling past the tries, then the directory is unavailable, not an error', async () => {
    graph.failNext(429, 5, { 'Retry-After': '1' });
    expect(await directory().findPerson('jane.smith@met.example')).toEqual({ kind: 'unavailable', reason: expect.stringContaining('throttling (429) after 3 tries') });
  });

  it('when Graph asks to wait longer than Chaser will, then it gives up at once and reports', async () => {
    graph.failNext(429, 1, { 'Retry-After': '3600' });
    expect((await directory().findPerson('jane.smith@met.example')).kind).toBe('unavailable');
    expect(waits).toEqual([]);
  });

  it('when no token can be had (offline, or the secret is wrong), then the directory is unavailable', async () => {
    const found = await directory(async () => { throw new Error('AADSTS7000215: invalid client secret'); }).findPerson('jane.smith@met.example');
    expect(found).toEqual({ kind: 'unavailable', reason: expect.stringContaining('invalid client secret') });
    expect(graph.calls).toHaveLength(0);
  });

  it('when Graph cannot be reached at all, then the directory is unavailable', async () => {
    const url = graph.url;
    await graph.stop();
    const offline = graphDirectory(graphClient({ baseUrl: url, token: async () => FAKE_GRAPH_TOKEN, log: silentLogger }));
    expect((await offline.findPerson('jane.smith@met.example')).kind).toBe('unavailable');
    graph = await startFakeGraph();
  });
});
