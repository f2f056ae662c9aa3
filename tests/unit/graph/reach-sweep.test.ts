import { composeJobs } from '../../../src/app/compose';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { fixedClock } from '../../../src/domain/clock';
import { graphClient } from '../../../src/graph/graph-client';
import { graphDirectory } from '../../../src/graph/graph-directory';
import { graphInstaller } from '../../../src/graph/graph-installer';
import { silentLogger } from '../../../src/log';
import { anAction } from '../../support/builders';
import { FAKE_GRAPH_TOKEN, FakeGraph, startFakeGraph } from '../../support/fake-graph';
import { memoryStore } from '../../support/memory-store';

/** Monday 9 May 2022, 09:00 London. */
const MONDAY_9AM = '2022-05-09T08:00:00.000Z';
const WRIGHT = { id: 'd1000000-0000-4000-8000-000000000001', displayName: 'Superintendent Wright', userPrincipalName: 'swright@police.example', mail: 'sam.wright@police.example' };

describe('the reminder sweep reaches people it could not (Graph stand-in)', () => {
  let graph: FakeGraph;
  beforeEach(async () => {
    graph = await startFakeGraph([WRIGHT]);
    graph.catalogue.push({ id: 'catalogue-1', externalId: 'manifest-1' });
  });
  afterEach(async () => { await graph.stop(); });

  it('when a lead was mapped by an unverified e-mail address of someone who never opened Chaser, then the first sweep of the day verifies them and installs Chaser for them, once a day', async () => {
    const store = memoryStore();
    await store.actions.create(anAction({ number: 3, lead: 'Police Service', due: '2022-05-06' }));
    await store.leads.save({ lead: 'Police Service', users: [{ id: 'sam.wright@police.example', name: 'sam.wright@police.example' }], delegates: [], updatedAt: MONDAY_9AM });
    const client = graphClient({ baseUrl: graph.url, token: async () => FAKE_GRAPH_TOKEN, log: silentLogger, sleep: async () => undefined });
    const reach = { directory: graphDirectory(client), installer: graphInstaller(client, { manifestAppId: 'manifest-1', graphUrl: graph.url }) };
    const messenger = { send: async () => ({ ok: true as const, activityId: null }) };
    const jobs = composeJobs({ store, clock: fixedClock(MONDAY_9AM), calendar: englandAndWalesCalendar(), log: silentLogger, messenger, reach }, { digestSchedule: '0 8 * * 1' }, 'test');
    const first = await jobs.sweep();
    expect(first.reach?.mappings?.verified).toEqual([{ lead: 'Police Service', address: 'sam.wright@police.example', id: WRIGHT.id, name: 'Superintendent Wright' }]);
    expect(first.reach?.installs.installed).toEqual([{ id: WRIGHT.id, name: 'Superintendent Wright', leads: ['Police Service'] }]);
    expect(graph.installed.has(WRIGHT.id)).toBe(true);
    const calls = graph.calls.length;
    const again = await jobs.sweep();
    expect(again.reach).toBeNull();
    expect(graph.calls).toHaveLength(calls);
  });

  it('when the sweep has no reach parts, then Graph is never asked', async () => {
    const store = memoryStore();
    await store.leads.save({ lead: 'Police Service', users: [{ id: 'sam.wright@police.example', name: 'x' }], delegates: [], updatedAt: MONDAY_9AM });
    const jobs = composeJobs({ store, clock: fixedClock(MONDAY_9AM), calendar: englandAndWalesCalendar(), log: silentLogger, messenger: { send: async () => ({ ok: true as const, activityId: null }) } }, { digestSchedule: '0 8 * * 1' }, 'test');
    expect((await jobs.sweep()).reach).toBeUndefined();
    expect(graph.calls).toEqual([]);
  });
});
