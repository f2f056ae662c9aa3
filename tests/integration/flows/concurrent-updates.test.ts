import { fixedClock } from '../../../src/domain/clock';
import { recordStatusUpdate } from '../../../src/app/updates/record-status-update';
import { silentLogger } from '../../../src/log';
import { anAction } from '../../support/builders';
import { testStore, withAdmins } from '../../support/store-fixture';

describe('updates to one action at the same moment', () => {
  it('when twenty arrive together, then none is lost: all are in the history, each once, and one of them is the latest', async () => {
    const store = withAdmins(testStore(), ['sec']);
    await store.actions.create(anAction({ number: 5 }));
    const deps = { store, clock: fixedClock('2022-05-10T09:00:00Z'), log: silentLogger };
    const id = { boardCode: 'OB', meetingDate: '2022-04-21', number: 5 };
    const statuses = ['amber', 'red', 'on_track'] as const;
    const reports = Array.from({ length: 20 }, (_, i) => ({ status: statuses[i % 3]!, text: `update ${i + 1}`, revisedDue: null }));
    await Promise.all(reports.map((report) => recordStatusUpdate({ id, report, actor: { id: 'sec', name: 'Secretariat' }, source: 'chat' }, deps)));
    const history = await store.actions.history(id);
    expect(history.map((h) => h.text).sort()).toEqual(reports.map((r) => r.text).sort());
    const latest = (await store.actions.get(id))!.action.latest!;
    expect(history[0]!.text).toBe(latest.text);
  });
});
