import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import type { Action } from '../../../src/domain/action';
import { DEFAULT_REGISTER_QUERY, chatFiltersOf, daysOverdue, matchesTabOnly, pageOf, parseRegisterQuery, registerRow, sortRegister } from '../../../src/domain/register';
import { anAction } from '../../support/builders';

const TODAY = '2022-05-09';

describe('reading the register grid\'s parameters', () => {
  it('when nothing is given, then it is the open actions, soonest due first, 50 a page', () => {
    expect(parseRegisterQuery({})).toEqual({ query: { includeComplete: false, sort: 'due', direction: 'asc', page: 1, pageSize: 50 } });
  });

  it.each([['true', true], ['1', true], ['yes', true], ['false', false], ['no', false]])('when all=%s, then complete actions are included: %s', (all, included) => {
    expect(parseRegisterQuery({ all })).toEqual({ query: { ...DEFAULT_REGISTER_QUERY, includeComplete: included } });
  });

  it('when every filter is given, then each is read', () => {
    const parsed = parseRegisterQuery({ meeting: 'PROB_2023-08-31', lead: 'MOPAC', mine: 'true', status: 'red, amber', overdue: '1', dueFrom: '2022-05-01', dueTo: '2022-05-31', q: ' strip search ', all: 'false', sort: 'lastUpdate', dir: 'desc', page: '3', pageSize: '25' });
    expect(parsed).toEqual({ query: {
      meeting: { boardCode: 'PROB', meetingDate: '2023-08-31' }, lead: 'MOPAC', mine: true, statuses: ['red', 'amber'], overdue: true,
      dueFrom: '2022-05-01', dueTo: '2022-05-31', text: 'strip search', includeComplete: false, sort: 'lastUpdate', direction: 'desc', page: 3, pageSize: 25,
    } });
  });

  it('when a parameter is repeated, then the first is used; empty ones are ignored', () => {
    expect(parseRegisterQuery({ lead: ['MPS', 'MOPAC'], q: '', sort: '  ' })).toEqual({ query: { ...DEFAULT_REGISTER_QUERY, lead: 'MPS' } });
  });

  it.each([
    [{ meeting: '2022-04-21' }, 'meeting'],
    [{ meeting: 'OB_2022-02-30' }, 'meeting'],
    [{ status: 'on_track,green' }, 'status'],
    [{ dueTo: '2022-13-01' }, 'dueTo'],
    [{ dueFrom: '2022-05-10', dueTo: '2022-05-09' }, 'dueFrom'],
    [{ sort: 'colour' }, 'sort'],
    [{ dir: 'sideways' }, 'dir'],
    [{ page: '0' }, 'page'],
    [{ page: '-1' }, 'page'],
    [{ pageSize: '201' }, 'pageSize'],
    [{ pageSize: '2.5' }, 'pageSize'],
  ])('when %j is not valid, then the problem names %s', (params, name) => {
    const parsed = parseRegisterQuery(params);
    expect('problem' in parsed && parsed.problem.startsWith(name)).toBe(true);
  });
});

describe('what the grid hands to chat\'s query, and what it filters itself', () => {
  it('when filters are set, then lead, mine, statuses, overdue, due range and words become chat filters', () => {
    const parsed = parseRegisterQuery({ lead: 'MPS', mine: 'yes', status: 'red', overdue: 'true', dueFrom: '2022-05-01', dueTo: '2022-05-31', q: 'custody', meeting: 'OB_2022-04-21' });
    if (!('query' in parsed)) throw new Error(parsed.problem);
    expect(chatFiltersOf(parsed.query)).toEqual({ lead: 'MPS', mine: true, statuses: ['red'], overdue: true, dueFrom: '2022-05-01', dueTo: '2022-05-31', text: 'custody' });
  });

  it('when no filters are set, then chat gets none', () => {
    expect(chatFiltersOf(DEFAULT_REGISTER_QUERY)).toEqual({});
  });

  it('when a meeting is chosen, then only its actions pass (board code and date both)', () => {
    const query = { ...DEFAULT_REGISTER_QUERY, meeting: { boardCode: 'OB', meetingDate: '2022-04-21' } };
    expect(matchesTabOnly(anAction(), query)).toBe(true);
    expect(matchesTabOnly(anAction({ meetingDate: '2022-06-16' }), query)).toBe(false);
    expect(matchesTabOnly(anAction({ boardCode: 'PROB' }), query)).toBe(false);
  });

  it('when complete actions are left out, then they pass only if the status filter asks for them', () => {
    const open = { ...DEFAULT_REGISTER_QUERY, includeComplete: false };
    expect(matchesTabOnly(anAction({ status: 'complete' }), open)).toBe(false);
    expect(matchesTabOnly(anAction({ status: 'amber' }), open)).toBe(true);
    expect(matchesTabOnly(anAction({ status: 'complete' }), { ...open, statuses: ['complete'] })).toBe(true);
  });
});

describe('days overdue', () => {
  it.each([
    ['2022-05-08', 'amber', 1],
    ['2022-04-29', 'awaiting_update', 10],
    ['2021-05-09', 'red', 365],
    ['2022-05-09', 'red', 0],
    ['2022-05-20', 'red', 0],
    ['2022-04-01', 'complete', 0],
    [null, 'red', 0],
  ] as const)('when due %s and %s on 9 May 2022, then it is %i days overdue', (due, status, days) => {
    expect(daysOverdue({ due, status }, TODAY)).toBe(days);
  });
});

describe('sorting the register', () => {
  const a = (n: number, over: Partial<Action>) => anAction({ number: n, ref: String(n), ...over });
  const list = [
    a(1, { due: '2022-05-20', lead: 'mps', status: 'on_track', text: 'Beta', timing: 'By 20 May' }),
    a(2, { due: null, lead: 'MOPAC', status: 'red', text: 'alpha', timing: 'TBC' }),
    a(3, { due: '2022-04-29', lead: 'Home Office', status: 'amber', text: 'Gamma', timing: 'End April', latest: { status: 'amber', text: 'x', by: 'u', byName: 'U', at: '2022-05-01T10:00:00Z', revisedDue: null } }),
    a(4, { due: '2022-05-01', lead: 'MPS', status: 'complete', text: 'delta', timing: 'By 1 May' }),
    a(5, { due: '2022-05-05', lead: 'MOPAC', status: 'awaiting_update', text: 'Epsilon', timing: 'ASAP', meetingDate: '2022-06-16' }),
  ];
  const order = (column: Parameters<typeof sortRegister>[1], dir: 'asc' | 'desc') => sortRegister(list, column, dir, TODAY).map((x) => x.number);

  it('when sorted by due date, then undated actions come last in both directions', () => {
    expect(order('due', 'asc')).toEqual([3, 4, 5, 1, 2]);
    expect(order('due', 'desc')).toEqual([1, 5, 4, 3, 2]);
  });

  it('when sorted by RAG, then worst first ascending (red, amber, awaiting, on track, complete) and the reverse descending', () => {
    expect(order('status', 'asc')).toEqual([2, 3, 5, 1, 4]);
    expect(order('status', 'desc')).toEqual([4, 1, 5, 3, 2]);
  });

  it('when sorted by text columns, then case does not matter', () => {
    expect(order('action', 'asc')).toEqual([2, 1, 4, 5, 3]);
    expect(order('lead', 'asc')).toEqual([3, 2, 5, 1, 4]);
    expect(order('timing', 'asc')).toEqual([5, 4, 1, 3, 2]);
  });

  it('when sorted by days overdue, then the most overdue first descending; ties by meeting then number', () => {
    expect(order('daysOverdue', 'desc')).toEqual([3, 5, 1, 2, 4]);
  });

  it('when sorted by last update, then actions never updated come last', () => {
    expect(order('lastUpdate', 'desc')[0]).toBe(3);
    expect(order('lastUpdate', 'asc')[0]).toBe(3);
  });

  it('when sorted by reference or meeting, then by meeting date then number', () => {
    expect(order('reference', 'asc')).toEqual([1, 2, 3, 4, 5]);
    expect(order('meeting', 'desc')).toEqual([5, 4, 3, 2, 1]);
  });

  it('when sorting, then the list given is not changed', () => {
    const before = list.map((x) => x.number);
    sortRegister(list, 'due', 'desc', TODAY);
    expect(list.map((x) => x.number)).toEqual(before);
  });
});

describe('pages and rows', () => {
  const items = Array.from({ length: 23 }, (_, i) => i + 1);

  it.each([
    [1, 10, [1, 10], 3],
    [3, 10, [21, 23], 3],
    [9, 10, [21, 23], 3],
    [1, 50, [1, 23], 1],
  ])('when page %i of %i a page is asked for, then it holds items %j of %i pages', (page, size, [first, last], pages) => {
    const p = pageOf(items, page, size);
    expect([p.items[0], p.items[p.items.length - 1]]).toEqual([first, last]);
    expect(p).toMatchObject({ total: 23, pages });
  });

  it('when the list is empty, then there is one empty page', () => {
    expect(pageOf([], 4, 10)).toEqual({ items: [], total: 0, page: 1, pageSize: 10, pages: 1 });
  });

  it('when a row is made, then it carries what the grid shows (days overdue in business days, as chat and the exports count them) and the version for edits', () => {
    const row = registerRow(anAction({ due: '2022-05-01', latest: { status: 'amber', text: 'Late', by: 'u', byName: 'Jo', at: '2022-05-02T09:00:00Z', revisedDue: null }, status: 'amber' }), 'OB_2022-04-21_005', TODAY, englandAndWalesCalendar());
    // Sunday 1 May to Monday 9 May 2022: 8 calendar days, 5 business days (2 May was a bank holiday).
    expect(row).toMatchObject({ key: 'OB_2022-04-21_005', reference: 'OB 21-Apr-2022 #5', meeting: 'OB 2022-04-21', timing: 'By 13 May', daysOverdue: 5, lastUpdate: { text: 'Late', byName: 'Jo' }, updatedAt: '2022-05-04T10:00:00.000Z' });
  });
});
