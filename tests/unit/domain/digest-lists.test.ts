import type { Action, LatestUpdate } from '../../../src/domain/action';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { buildDigest } from '../../../src/domain/digest';
import { anAction } from '../../support/builders';


const calendar = englandAndWalesCalendar();
const asOf = '2022-05-09'; // a Monday; Monday 2 May was the Early May bank holiday

function digestOf(actions: Action[], scope?: { lead?: string; boardCode?: string }) {
  return buildDigest({ asOf, actions, since: null, unreachableLeads: ['AC Ephgrave', 'The MPS'], calendar, scope });
}

const numbers = (lines: { ref: { number: number } }[]) => lines.map((l) => l.ref.number);

describe('digest lists', () => {
  it('when actions are overdue, then they are listed most overdue first with business days across the bank holiday', () => {
    const digest = digestOf([
      anAction({ number: 1, due: '2022-04-29' }),
      anAction({ number: 2, due: '2022-05-06', status: 'amber' }),
      anAction({ number: 3, due: '2022-04-21', status: 'red' }),
      anAction({ number: 4, due: '2022-04-01', status: 'complete' }),
    ]);
    expect(digest.overdue.map((l) => [l.ref.number, l.due, l.businessDaysOverdue])).toEqual([
      [3, '2022-04-21', 11],
      [1, '2022-04-29', 5],
      [2, '2022-05-06', 1],
    ]);
  });

  it.each([
    ['the day before, a Sunday', '2022-05-08', [1], []],
    ['asOf itself', '2022-05-09', [], [1]],
    ['asOf + 14 days', '2022-05-23', [], [1]],
    ['asOf + 15 days', '2022-05-24', [], []],
  ])('when an open action is due %s (%s), then overdue is %j and due soon is %j', (_case, due, overdue, dueSoon) => {
    const digest = digestOf([anAction({ number: 1, due, status: 'on_track' })]);
    expect(numbers(digest.overdue)).toEqual(overdue);
    expect(numbers(digest.dueSoon)).toEqual(dueSoon);
  });

  it('when several are due soon, then the soonest comes first and ties go by number', () => {
    const digest = digestOf([
      anAction({ number: 1, due: '2022-05-20' }),
      anAction({ number: 3, due: '2022-05-10' }),
      anAction({ number: 2, due: '2022-05-10' }),
    ]);
    expect(digest.dueSoon.map((l) => [l.ref.number, l.due, l.businessDaysOverdue])).toEqual([
      [2, '2022-05-10', 0], [3, '2022-05-10', 0], [1, '2022-05-20', 0],
    ]);
  });

  it.each([
    ['due long ago', '2022-01-03'],
    ['due today', '2022-05-09'],
    ['with no due date', null],
  ])('when a complete action is %s, then it is in no list', (_case, due) => {
    const digest = digestOf([anAction({ number: 1, due, status: 'complete' })]);
    expect([digest.overdue, digest.dueSoon, digest.awaitingUpdate, digest.needsDate]).toEqual([[], [], [], []]);
  });

  it('when open actions have no due date, then they need a date, in number order, with their last update', () => {
    const update: LatestUpdate = { status: 'amber', text: 'Awaiting funding.', by: 'u', byName: 'U', at: '2022-05-05T09:00:00.000Z', revisedDue: null };
    const digest = digestOf([
      anAction({ number: 7, due: null, status: 'amber', latest: update }),
      anAction({ number: 2, due: null }),
      anAction({ number: 3, due: '2022-06-30' }),
    ]);
    expect(digest.needsDate.map((l) => [l.ref.reference, l.status, l.lastUpdate, l.lastUpdateAt])).toEqual([
      ['OB 21-Apr-2022 #2', 'awaiting_update', null, null],
      ['OB 21-Apr-2022 #7', 'amber', 'Awaiting funding.', '2022-05-05T09:00:00.000Z'],
    ]);
    expect(numbers(digest.awaitingUpdate)).toEqual([2, 3]);
  });
});
