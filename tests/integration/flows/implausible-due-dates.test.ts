import { fixedClock } from '../../../src/domain/clock';
import { recordStatusUpdate } from '../../../src/app/updates/record-status-update';
import { InvalidInputError } from '../../../src/errors';
import { silentLogger } from '../../../src/log';
import { anAction } from '../../support/builders';
import { memoryStore } from '../../support/memory-store';

const ID = { boardCode: 'OB', meetingDate: '2022-04-21', number: 5 };
const SECRETARIAT = { id: 'sec', name: 'Secretariat' };

async function setUp(dueHorizonYears?: number) {
  const store = memoryStore(['sec']);
  await store.actions.create(anAction({ number: 5, meetingDate: '2022-04-21', due: '2022-05-13' }));
  return { store, deps: { store, clock: fixedClock('2022-05-09T08:30:00Z'), log: silentLogger, dueHorizonYears } };
}

describe('recording an update with a revised due date outside the plausible window', () => {
  it.each(['1900-01-01', '2022-04-20', '9999-12-31'])('when the revised due date is %s, then it is refused and nothing is written', async (revisedDue) => {
    const { store, deps } = await setUp();
    const request = { id: ID, report: { status: 'amber' as const, text: 'x', revisedDue }, actor: SECRETARIAT, source: 'card' as const };
    await expect(recordStatusUpdate(request, deps)).rejects.toThrow(InvalidInputError);
    await expect(recordStatusUpdate(request, deps)).rejects.toThrow(/^The revised due date .*Nothing was changed\.$/);
    expect(await store.actions.history(ID)).toHaveLength(0);
    expect((await store.actions.get(ID))!.action.due).toBe('2022-05-13');
  });

  it('when the setting is 1 year, then 18 months ahead is refused and 6 months ahead is recorded', async () => {
    const { store, deps } = await setUp(1);
    const at = (revisedDue: string) => ({ id: ID, report: { status: 'amber' as const, text: 'x', revisedDue }, actor: SECRETARIAT, source: 'chat' as const });
    await expect(recordStatusUpdate(at('2023-11-09'), deps)).rejects.toThrow(/more than 1 year ahead; give a date from 21 April 2022 to 9 May 2023/);
    await recordStatusUpdate(at('2022-11-09'), deps);
    expect((await store.actions.get(ID))!.action.due).toBe('2022-11-09');
  });
});
