import { StaleRecordError } from '../../../src/errors';
import { anAction, anUpdate } from '../../support/builders';
import { testStore } from '../../support/store-fixture';

/** What only the Azure Tables register does (the behaviour both stores share is in tests/contract/). */
describe('the action register on Azure Tables', () => {
  it('when an update presents a stale ETag inside a transaction, then the whole transaction fails: no history entry either', async () => {
    const store = testStore();
    const created = await store.actions.create(anAction({ number: 3 }), [anUpdate({ kind: 'created', status: null, text: 'Imported.' })]);
    await store.actions.record(created, { ...created.action, status: 'amber' }, anUpdate({ status: 'amber', text: 'first' }));
    await expect(store.actions.record(created, { ...created.action, status: 'red' }, anUpdate({ status: 'red', text: 'stale' }))).rejects.toBeInstanceOf(StaleRecordError);
    expect((await store.actions.history(created.action)).map((u) => u.text)).toEqual(['first', 'Imported.']);
    expect((await store.actions.get(created.action))?.action.status).toBe('amber');
  });

  it('when the index write fails after an update, then the update stands whole and a repair brings the index in line', async () => {
    const store = testStore();
    const a = await store.actions.create(anAction({ number: 20, due: '2022-05-13' }));
    // The index drifts as a crash between the transaction and the index write would leave it.
    const index = await store.tables.table('OpenActionsByDue');
    await index.deleteEntity('open', '2022-05-13|OB_2022-04-21_020');
    const actions = await store.tables.table('Actions');
    await actions.upsertEntity({ partitionKey: 'OB_2022-04-21', rowKey: 'x|020', number: 20 });
    expect((await store.actions.listOpen()).map((x) => x.number)).not.toContain(20);
    expect(await store.actions.repairIndex()).toEqual({ repaired: 1 });
    expect((await store.actions.listOpen()).map((x) => x.number)).toEqual([a.action.number]);
    expect(await store.actions.repairIndex()).toEqual({ repaired: 0 });
  });

  it('when the number index write is lost after an update, then a repair brings "show action" in line', async () => {
    const store = testStore();
    const a = await store.actions.create(anAction({ number: 21, ref: '21/04' }));
    await store.actions.record(a, { ...a.action, status: 'amber' }, anUpdate({ status: 'amber' }));
    // As a crash before the index write would leave it: the old copy in the index, the marker in the register.
    const byNumber = await store.tables.table('ActionsByNumber');
    await byNumber.upsertEntity({ ...(await byNumber.getEntity('21', 'OB_2022-04-21_021')), partitionKey: '21', rowKey: 'OB_2022-04-21_021', status: 'on_track' }, 'Replace');
    await byNumber.deleteEntity('ref:21%2F04', 'OB_2022-04-21_021');
    await (await store.tables.table('Actions')).upsertEntity({ partitionKey: 'OB_2022-04-21', rowKey: 'x|021', number: 21 });
    expect((await store.actions.findByNumber(21)).map((x) => x.status)).toEqual(['on_track']);
    expect(await store.actions.repairIndex()).toEqual({ repaired: 1 });
    expect((await store.actions.findByNumber(21)).map((x) => x.status)).toEqual(['amber']);
    expect((await store.actions.findByRef('21/04')).map((x) => x.status)).toEqual(['amber']);
  });

  it('when a register written before the number index is opened, then migrate indexes every action once', async () => {
    const store = testStore();
    await store.actions.createMany([8, 9, 108].map((number) => ({ action: anAction({ number, ref: `${number}/22` }), history: [] })));
    const byNumber = await store.tables.table('ActionsByNumber');
    for await (const row of byNumber.listEntities()) await byNumber.deleteEntity(row.partitionKey!, row.rowKey!);
    expect(await store.actions.findByNumber(9)).toEqual([]);
    expect(await store.migrate()).toMatchObject({ indexedActions: 3 });
    expect((await store.actions.findByNumber(9)).map((x) => x.ref)).toEqual(['9/22']);
    expect((await store.actions.findByRef('108/22')).map((x) => x.number)).toEqual([108]);
    expect(await store.migrate()).toMatchObject({ indexedActions: 0 });
  });

  it('when the lead and status index write is lost after an update, then a repair brings "what is open for …" and "which are red" in line', async () => {
    const store = testStore();
    const a = await store.actions.create(anAction({ number: 22, lead: 'MPS', status: 'amber', due: '2022-05-13' }));
    const b = await store.actions.create(anAction({ number: 23, lead: 'MPS', status: 'red', due: '2022-05-20' }));
    // As a crash before the index writes would leave it: the old rows in the index, the markers in the register.
    const index = await store.tables.table('OpenActionsByLeadAndStatus');
    const before = new Map<string, Record<string, unknown>>();
    for await (const row of index.listEntities()) before.set(`${row.partitionKey} ${row.rowKey}`, row);
    await store.actions.record(a, { ...a.action, lead: 'MOPAC', status: 'red', due: '2022-06-30' }, anUpdate({ status: 'red' }));
    await store.actions.record(b, { ...b.action, status: 'complete' }, anUpdate({ status: 'complete' }));
    for await (const row of index.listEntities()) await index.deleteEntity(row.partitionKey!, row.rowKey!);
    for (const row of before.values()) await index.upsertEntity(row as { partitionKey: string; rowKey: string }, 'Replace');
    const actions = await store.tables.table('Actions');
    for (const n of ['022', '023']) await actions.upsertEntity({ partitionKey: 'OB_2022-04-21', rowKey: `x|${n}`, number: Number(n) });
    const numbers = async (read: Promise<Array<{ number: number }>>) => (await read).map((x) => x.number);
    expect(await numbers(store.actions.listOpenByLead('MPS'))).toEqual([22, 23]);
    expect(await store.actions.repairIndex()).toEqual({ repaired: 2 });
    expect(await numbers(store.actions.listOpenByLead('MPS'))).toEqual([]);
    expect((await store.actions.listOpenByLead('mopac')).map((x) => [x.number, x.status, x.due])).toEqual([[22, 'red', '2022-06-30']]);
    expect(await numbers(store.actions.listOpenByStatus('red'))).toEqual([22]);
    expect(await numbers(store.actions.listOpenByStatus('amber'))).toEqual([]);
    expect(await store.actions.repairIndex()).toEqual({ repaired: 0 });
  });

  it('when a register written before the lead and status index is opened, then migrate indexes every open action once', async () => {
    const store = testStore();
    await store.actions.createMany([
      { action: anAction({ number: 40, lead: 'MPS', status: 'red' }), history: [] },
      { action: anAction({ number: 41, lead: 'MOPAC', status: 'on_track', due: null, flags: ['needs-date'], resolution: 'none' }), history: [] },
      { action: anAction({ number: 42, lead: 'MPS', status: 'complete' }), history: [] },
    ]);
    const index = await store.tables.table('OpenActionsByLeadAndStatus');
    for await (const row of index.listEntities()) await index.deleteEntity(row.partitionKey!, row.rowKey!);
    expect(await store.actions.listOpenByLead('MPS')).toEqual([]);
    expect(await store.migrate()).toMatchObject({ leadStatusIndexed: 2 });
    expect((await store.actions.listOpenByLead('mps')).map((x) => x.number)).toEqual([40]);
    expect((await store.actions.listOpenByLead('MOPAC')).map((x) => x.number)).toEqual([41]);
    expect((await store.actions.listOpenByStatus('red')).map((x) => x.number)).toEqual([40]);
    expect(await store.migrate()).toMatchObject({ leadStatusIndexed: 0 });
  });

  it('when a register written by the first release is opened, then its history moves beside its actions, once', async () => {
    const store = testStore();
    await store.actions.create(anAction({ number: 7 }));
    const legacy = store.tables.existing('ActionUpdates');
    await legacy.createTable();
    await legacy.createEntity({ partitionKey: 'OB_2022-04-21_007', rowKey: '8347938000000_abc', kind: 'status', at: '2022-05-10T09:30:00.000Z', by: 'u', byName: 'Lead', source: 'chat', status: 'amber', text: 'old entry', revisedDue: '', changes: '[]' });
    expect(await store.migrate()).toMatchObject({ historyEntries: 1 });
    expect((await store.actions.history(anAction({ number: 7 }))).map((u) => u.text)).toEqual(['old entry']);
    expect(await store.migrate()).toMatchObject({ historyEntries: 0 });
    expect((await store.actions.history(anAction({ number: 7 }))).map((u) => u.text)).toEqual(['old entry']);
  });
});
