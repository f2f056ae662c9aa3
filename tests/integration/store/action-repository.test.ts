import { StaleRecordError, DuplicateRecordError } from '../../../src/store/storage-errors';
import { anAction } from '../../support/builders';
import { testStore } from '../../support/store-fixture';

describe('ActionRepository against Azurite', () => {
  const store = testStore();

  it('when an action is created, then it reads back field for field', async () => {
    const action = anAction({ number: 1, flags: ['before-meeting'], milestones: ['2022-07-21'], strand: 'Trust', text: 'Text with ${literal} and “quotes”' });
    await store.actions.create(action);
    const read = await store.actions.get(action);
    expect(read?.action).toEqual(action);
    expect(read?.etag).toMatch(/\S/);
  });

  it('when the same number is created twice, then the second fails as a duplicate and the first is kept', async () => {
    await store.actions.create(anAction({ number: 2, text: 'first' }));
    await expect(store.actions.create(anAction({ number: 2, text: 'second' }))).rejects.toBeInstanceOf(DuplicateRecordError);
    expect((await store.actions.get(anAction({ number: 2 })))?.action.text).toBe('first');
  });

  it('when an update presents a stale ETag, then it is refused and the newer change survives', async () => {
    const created = await store.actions.create(anAction({ number: 3 }));
    const first = await store.actions.update(created, { ...created.action, status: 'amber' });
    await expect(store.actions.update(created, { ...created.action, status: 'red' })).rejects.toBeInstanceOf(StaleRecordError);
    const read = await store.actions.get(created.action);
    expect(read?.action.status).toBe('amber');
    expect(read?.etag).toBe(first.etag);
  });

  it('when a meeting does not exist, then get returns null', async () => {
    expect(await store.actions.get({ boardCode: 'OB', meetingDate: '1999-01-01', number: 1 })).toBeNull();
  });

  it('when actions open, close and move their due date, then the open index follows', async () => {
    const s = testStore();
    const a = await s.actions.create(anAction({ number: 10, due: '2022-05-13' }));
    await s.actions.create(anAction({ number: 11, due: '2022-06-01' }));
    await s.actions.create(anAction({ number: 12, due: null, flags: ['needs-date'], resolution: 'none' }));
    await s.actions.create(anAction({ number: 13, due: '2022-05-01', status: 'complete' }));

    expect((await s.actions.listOpenDue({ to: '2022-05-20' })).map((x) => x.number)).toEqual([10]);
    expect((await s.actions.listOpenWithoutDue()).map((x) => x.number)).toEqual([12]);
    expect((await s.actions.listOpen()).map((x) => x.number)).toEqual([10, 11, 12]);

    const moved = await s.actions.update(a, { ...a.action, due: '2022-06-30' });
    expect((await s.actions.listOpenDue({ from: '2022-05-01', to: '2022-06-29' })).map((x) => x.number)).toEqual([11]);
    await s.actions.update(moved, { ...moved.action, status: 'complete' });
    expect((await s.actions.listOpen()).map((x) => x.number)).toEqual([11, 12]);
    expect((await s.actions.listMeeting(a.action)).map((x) => x.number)).toEqual([10, 11, 12, 13]);
  });

  it('when the index has drifted from the register, then rebuilding repairs it', async () => {
    const s = testStore();
    const a = await s.actions.create(anAction({ number: 20, due: '2022-05-13' }));
    const index = await s.tables.table('OpenActionsByDue');
    await index.deleteEntity('open', '2022-05-13|OB_2022-04-21_020');
    await index.upsertEntity({ partitionKey: 'open', rowKey: '2022-01-01|OB_2022-04-21_099' });
    expect((await s.actions.listOpen()).map((x) => x.number)).not.toContain(20);
    const result = await s.actions.rebuildOpenIndex();
    expect(result).toEqual({ added: 1, removed: 1 });
    expect((await s.actions.listOpen()).map((x) => x.number)).toEqual([a.action.number]);
  });
});
