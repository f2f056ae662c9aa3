import type { Action, LatestUpdate, Status } from '../../../src/domain/action';
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
    expect(changesSince([before[0]!, action], { at, previousStatusOf })).toEqual(expected);
  });
});

describe('changes on the register\'s first load (no snapshot, every action added after the instant)', () => {
  const at = '2022-05-02T07:00:00.000Z';
  const loaded = '2022-05-09T07:59:00.000Z';
  const previousStatusOf = (): Status | undefined => undefined;
  const registers: Array<[string, Action[], Array<[number, string]>]> = [
    ['the demo letter loaded at 08:59, then #5 updated from the card and #7 from chat', [
      anAction({ number: 5, text: 'Action 5', createdAt: loaded, status: 'amber', latest: latest('amber', '2022-05-09T08:03:00.000Z', 'Data team delayed.') }),
      anAction({ number: 7, text: 'Action 7', createdAt: loaded, status: 'complete', latest: latest('complete', '2022-05-09T08:10:00.000Z', 'Data shared on 10 May.') }),
      anAction({ number: 8, text: 'Action 8', createdAt: loaded, status: 'on_track', latest: latest('on_track', loaded, 'As the letter said.') }),
      anAction({ number: 9, text: 'Action 9', createdAt: loaded }),
    ], [[5, 'update'], [7, 'update']]],
    ['an invented register of two meetings imported on different days, one updated since', [
      anAction({ number: 1, meetingDate: '2022-03-10', text: 'Action 1', createdAt: '2022-05-03T10:00:00.000Z' }),
      anAction({ number: 2, text: 'Action 2', createdAt: '2022-05-05T10:00:00.000Z', status: 'red', latest: latest('red', '2022-05-06T10:00:00.000Z', 'Stalled.') }),
    ], [[2, 'update']]],
  ];

  it.each(registers)('when %s, then nothing is listed as new and every update received since the load is', (_name, actions, expected) => {
    const changes = changesSince(actions, { at, previousStatusOf });
    expect(changes.map((c) => [c.action.number, c.kind])).toEqual(expected);
  });

  it('when one action was there before the instant, then those added after it are new, as before', () => {
    const register = [anAction({ number: 1, text: 'Action 1', createdAt: '2022-04-25T10:00:00.000Z' }), anAction({ number: 2, text: 'Action 2', createdAt: loaded })];
    expect(changesSince(register, { at, previousStatusOf }).map((c) => [c.action.number, c.kind])).toEqual([[2, 'new']]);
  });
});
