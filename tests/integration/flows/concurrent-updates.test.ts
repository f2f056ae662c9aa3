import { fixedClock } from '../../../src/domain/clock';
import { recordStatusUpdate } from '../../../src/flows/record-status-update';
import { silentLogger } from '../../../src/log';
import { anAction } from '../../support/builders';
import { testStore } from '../../support/store-fixture';

describe('updates to one action at the same moment', () => {
  it('when three arrive together, then none is lost: all are in the history and one of them is the latest', async () => {
    const store = testStore();
    await store.actions.create(anAction({ number: 5 }));
    const deps = { store, clock: fixedClock('2022-05-10T09:00:00Z'), log: silentLogger, configAdmins: ['sec'] };
    const id = { boardCode: 'OB', meetingDate: '2022-04-21', number: 5 };
    const reports = [
      { status: 'amber' as const, text: 'from the card', revisedDue: null },
      { status: 'red' as const, text: 'from chat', revisedDue: null },
      { status: 'on_track' as const, text: 'from the CLI', revisedDue: null },
    ];
    await Promise.all(reports.map((report) => recordStatusUpdate({ id, report, actor: { id: 'sec', name: 'Secretariat' }, source: 'chat' }, deps)));
    const history = await store.updates.history(id);
    expect(history.map((h) => h.text).sort()).toEqual(['from chat', 'from the CLI', 'from the card']);
    const latest = (await store.actions.get(id))!.action.latest!;
    expect(history.map((h) => h.text)).toContain(latest.text);
  });
});
