import type { LatestUpdate, Status } from '../../../src/domain/action';
import { changesSince, snapshotOf } from '../../../src/domain/digest';
import { anAction } from '../../support/builders';


function latest(status: Status, at: string, text: string): LatestUpdate {
  return { status, text, by: 'user-1', byName: 'Commander Lead', at, revisedDue: null };
}

const ref = (number: number, text = `Action ${number}`) => ({
  key: `OB_2022-04-21_${String(number).padStart(3, '0')}`,
  reference: `OB 21-Apr-2022 #${number}`,
  number,
  text,
  lead: 'MPS',
});

const before = [
  anAction({ number: 1, text: 'Action 1' }),
  anAction({ number: 2, text: 'Action 2' }),
  anAction({ number: 3, text: 'Action 3', status: 'on_track', latest: latest('on_track', '2022-05-05T09:00:00.000Z', 'Started.') }),
];

describe('digest snapshot', () => {
  it('when a snapshot is taken, then it keeps each action key with its status and latest update instant', () => {
    expect(snapshotOf(before, new Date('2022-05-09T07:00:00.000Z'))).toEqual({
      takenAt: '2022-05-09T07:00:00.000Z',
      actions: {
        'OB_2022-04-21_001': { status: 'awaiting_update', latestAt: null },
        'OB_2022-04-21_002': { status: 'awaiting_update', latestAt: null },
        'OB_2022-04-21_003': { status: 'on_track', latestAt: '2022-05-05T09:00:00.000Z' },
      },
    });
  });
});

describe('changes since the last digest, against its snapshot', () => {
  const snapshot = snapshotOf(before, new Date('2022-05-09T07:00:00.000Z'));

  it('when nothing changed, then there are no changes', () => {
    expect(changesSince(before, { snapshot })).toEqual([]);
  });

  it('when an action is new, one changed status and one had an update, then each is listed new, status, update', () => {
    const now = [
      anAction({ number: 4, text: 'Action 4', createdAt: '2022-05-10T10:00:00.000Z' }),
      anAction({ number: 3, text: 'Action 3', status: 'on_track', latest: latest('on_track', '2022-05-12T09:00:00.000Z', 'Halfway.') }),
      anAction({ number: 2, text: 'Action 2', status: 'amber', latest: latest('amber', '2022-05-11T09:00:00.000Z', 'Data late.') }),
      anAction({ number: 1, text: 'Action 1' }),
    ];
    expect(changesSince(now, { snapshot })).toEqual([
      { kind: 'new', action: ref(4) },
      { kind: 'status', action: ref(2), from: 'awaiting_update', to: 'amber', by: 'Commander Lead', at: '2022-05-11T09:00:00.000Z', text: 'Data late.' },
      { kind: 'update', action: ref(3), status: 'on_track', by: 'Commander Lead', at: '2022-05-12T09:00:00.000Z', text: 'Halfway.' },
    ]);
  });
  it.each([
    ['is not in the snapshot', anAction({ number: 9, text: 'Action 9' }), [{ kind: 'new', action: ref(9) }]],
    ['has a new status', anAction({ number: 1, text: 'Action 1', status: 'complete', latest: latest('complete', '2022-05-10T09:00:00.000Z', 'Done.') }),
      [{ kind: 'status', action: ref(1), from: 'awaiting_update', to: 'complete', by: 'Commander Lead', at: '2022-05-10T09:00:00.000Z', text: 'Done.' }]],
    ['has a new update with the same status', anAction({ number: 3, text: 'Action 3', status: 'on_track', latest: latest('on_track', '2022-05-10T09:00:00.000Z', 'More.') }),
      [{ kind: 'update', action: ref(3), status: 'on_track', by: 'Commander Lead', at: '2022-05-10T09:00:00.000Z', text: 'More.' }]],
    ['is unchanged', before[2]!, []],
  ])('when an action %s, then the changes are as listed', (_case, action, expected) => {
    expect(changesSince([action], { snapshot })).toEqual(expected);
  });
});

describe('changes since an instant, with no snapshot', () => {
  const at = '2022-05-09T07:00:00.000Z';
  const history: Record<string, Status> = { 'OB_2022-04-21_002': 'awaiting_update', 'OB_2022-04-21_003': 'on_track' };
  const previousStatusOf = (key: string): Status | undefined => history[key];

  it.each([
    ['created after the instant', anAction({ number: 4, text: 'Action 4', createdAt: '2022-05-09T08:00:00.000Z' }),
      [{ kind: 'new', action: ref(4) }]],
    ['updated after the instant with a different status then', anAction({ number: 2, text: 'Action 2', status: 'red', latest: latest('red', '2022-05-10T12:00:00.000Z', 'Blocked.') }),
      [{ kind: 'status', action: ref(2), from: 'awaiting_update', to: 'red', by: 'Commander Lead', at: '2022-05-10T12:00:00.000Z', text: 'Blocked.' }]],
    ['updated after the instant with the same status then', anAction({ number: 3, text: 'Action 3', status: 'on_track', latest: latest('on_track', '2022-05-10T12:00:00.000Z', 'Still going.') }),
      [{ kind: 'update', action: ref(3), status: 'on_track', by: 'Commander Lead', at: '2022-05-10T12:00:00.000Z', text: 'Still going.' }]],
    ['updated after the instant with no known earlier status', anAction({ number: 1, text: 'Action 1', status: 'complete', latest: latest('complete', '2022-05-10T12:00:00.000Z', 'Done.') }),
      [{ kind: 'update', action: ref(1), status: 'complete', by: 'Commander Lead', at: '2022-05-10T12:00:00.000Z', text: 'Done.' }]],
    ['last updated before the instant', anAction({ number: 3, text: 'Action 3', status: 'on_track', latest: latest('on_track', '2022-05-09T06:59:59.000Z', 'Earlier.') }),
      []],
    ['created exactly at the instant', anAction({ number: 4, text: 'Action 4', createdAt: '2022-05-09T07:00:00.000Z' }),
      []],
  ])('when an action was %s, then the changes are as listed', (_case, action, expected) => {
    expect(changesSince([action], { at, previousStatusOf })).toEqual(expected);
  });
});
