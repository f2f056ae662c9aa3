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
