import type { Status } from '../../../src/domain/action';
import { overdueByLead, ragDoughnut, statusAt, trendStart, weeklyTrend } from '../../../src/domain/charts';
import { anAction, anUpdate } from '../../support/builders';

const withStatus = (...statuses: Status[]) => statuses.map((status) => ({ status }));

describe('the RAG doughnut', () => {
  it('when the register has every RAG, then the slices follow red, amber, on track, complete, awaiting and cover the circle', () => {
    const { total, slices } = ragDoughnut(withStatus('red', 'amber', 'amber', 'on_track', 'complete', 'complete', 'complete', 'awaiting_update'));
    expect(total).toBe(8);
    expect(slices.map((s) => [s.status, s.count])).toEqual([['red', 1], ['amber', 2], ['on_track', 1], ['complete', 3], ['awaiting_update', 1]]);
    expect(slices.map((s) => s.from)).toEqual([0, 0.125, 0.375, 0.5, 0.875]);
    expect(slices[4]!.to).toBe(1);
    expect(slices.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1);
  });

  it('when a status has no actions, then its slice is kept empty (from = to) so the legend lists all five', () => {
    const { slices } = ragDoughnut(withStatus('complete', 'complete', 'red'));
    const amber = slices.find((s) => s.status === 'amber')!;
    expect(amber).toMatchObject({ count: 0, share: 0 });
    expect(amber.from).toBe(amber.to);
    expect(slices).toHaveLength(5);
  });

  it('when every action is one status, then that slice is the whole circle', () => {
    const { slices } = ragDoughnut(withStatus('on_track', 'on_track'));
    expect(slices.find((s) => s.status === 'on_track')).toMatchObject({ share: 1, from: 0, to: 1 });
  });

  it('when the register is empty, then the total is 0 and every share is 0 (no division by zero)', () => {
    const { total, slices } = ragDoughnut([]);
    expect(total).toBe(0);
    expect(slices.every((s) => s.share === 0 && s.from === 0 && s.to === 0)).toBe(true);
  });

  it('when thirds do not add up exactly in floating point, then the last slice still ends at 1', () => {
    const { slices } = ragDoughnut(withStatus('red', 'amber', 'awaiting_update'));
    expect(slices[slices.length - 1]!.to).toBe(1);
  });
});

describe('an action\'s status at an instant, from its history', () => {
  const created = anUpdate({ kind: 'created', at: '2022-04-25T09:00:00Z', status: null, changes: [] });
  const amber = anUpdate({ at: '2022-05-03T10:00:00Z', status: 'amber' });
  const done = anUpdate({ at: '2022-05-10T10:00:00Z', status: 'complete' });

  it('when asked before the action entered the register, then it is null', () => {
    expect(statusAt([created, amber], '2022-04-24T23:59:59Z', '2022-04-25T09:00:00Z')).toBeNull();
  });

  it('when asked after it was created and before any update, then it is awaiting update', () => {
    expect(statusAt([created, amber], '2022-05-01T00:00:00Z', '2022-04-25T09:00:00Z')).toBe('awaiting_update');
  });

  it('when asked between updates, then it is the last status set by then; at the very instant of an update, that update counts', () => {
    const history = [done, amber, created];
    expect(statusAt(history, '2022-05-03T10:00:00Z', '2022-04-25T09:00:00Z')).toBe('amber');
    expect(statusAt(history, '2022-05-09T23:00:00Z', '2022-04-25T09:00:00Z')).toBe('amber');
    expect(statusAt(history, '2022-05-10T10:00:01Z', '2022-04-25T09:00:00Z')).toBe('complete');
  });

  it('when the document gave a RAG at import (a created entry with a status), then that is the status from the start', () => {
    expect(statusAt([anUpdate({ kind: 'created', at: '2022-04-25T09:00:00Z', status: 'red' })], '2022-04-26T00:00:00Z', '2022-04-25T09:00:00Z')).toBe('red');
  });

  it('when a correction changed the status without a status of its own, then the change is read', () => {
    const edited = anUpdate({ kind: 'edited', at: '2022-05-04T10:00:00Z', status: null, changes: [{ field: 'status', from: 'amber', to: 'on_track' }] });
    expect(statusAt([created, amber, edited], '2022-05-05T00:00:00Z', '2022-04-25T09:00:00Z')).toBe('on_track');
  });

  it('when an edit changed only the lead, then the status stays', () => {
    const edited = anUpdate({ kind: 'edited', at: '2022-05-04T10:00:00Z', status: null, changes: [{ field: 'lead', from: 'MPS', to: 'MOPAC' }] });
    expect(statusAt([created, amber, edited], '2022-05-05T00:00:00Z', '2022-04-25T09:00:00Z')).toBe('amber');
  });
});

describe('the weekly trend', () => {
  const action = (createdAt: string, ...updates: Array<[string, Status]>) => ({
    createdAt,
    status: updates.length ? updates[updates.length - 1]![1] : ('awaiting_update' as Status),
    history: [anUpdate({ kind: 'created', at: createdAt, status: null }), ...updates.map(([at, status]) => anUpdate({ at, status }))],
  });

  it('when the register was imported two weeks ago, then there is one column per London week from then, the last counted now', () => {
    const now = new Date('2022-05-09T08:00:00Z');
    const trend = weeklyTrend([
      action('2022-04-25T09:00:00Z', ['2022-05-03T10:00:00Z', 'amber'], ['2022-05-09T07:00:00Z', 'red']),
      action('2022-04-25T09:00:00Z', ['2022-04-28T10:00:00Z', 'complete']),
      action('2022-05-04T09:00:00Z'),
    ], now, '2022-05-09');
    expect(trend.map((w) => w.weekOf)).toEqual(['2022-04-25', '2022-05-02', '2022-05-09']);
    expect(trend[0]!.counts).toEqual({ red: 0, amber: 0, on_track: 0, complete: 1, awaiting_update: 1 });
    expect(trend[1]!.counts).toEqual({ red: 0, amber: 1, on_track: 0, complete: 1, awaiting_update: 1 });
    expect(trend[2]!.counts).toEqual({ red: 1, amber: 0, on_track: 0, complete: 1, awaiting_update: 1 });
    expect(trend[2]!.asAt).toBe(now.toISOString());
  });

  it('when a week ends in British Summer Time, then it ends at midnight London (23:00 UTC on Sunday), not UTC', () => {
    const trend = weeklyTrend([action('2022-04-25T09:00:00Z', ['2022-05-01T23:30:00Z', 'red'])], new Date('2022-05-03T08:00:00Z'), '2022-05-03');
    expect(trend[0]!.asAt).toBe('2022-05-01T22:59:59.999Z');
    // 23:30 UTC on Sunday 1 May is 00:30 on Monday in London: the next week's.
    expect(trend[0]!.counts.red).toBe(0);
    expect(trend[1]!.counts.red).toBe(1);
  });

  it('when the register is older than the window, then only the last 12 weeks are shown, ending with this week', () => {
    const trend = weeklyTrend([action('2021-01-04T09:00:00Z')], new Date('2022-05-09T08:00:00Z'), '2022-05-09');
    expect(trend).toHaveLength(12);
    expect(trend[0]!.weekOf).toBe('2022-02-21');
    expect(trend[11]!.weekOf).toBe('2022-05-09');
    expect(trend.every((w) => w.counts.awaiting_update === 1)).toBe(true);
  });

  it('when a smaller window is asked for, then it has that many weeks', () => {
    expect(weeklyTrend([action('2021-01-04T09:00:00Z')], new Date('2022-05-09T08:00:00Z'), '2022-05-09', 4).map((w) => w.weekOf)).toEqual(['2022-04-18', '2022-04-25', '2022-05-02', '2022-05-09']);
  });

  it('when every action came in this week, then there is a single column', () => {
    expect(weeklyTrend([action('2022-05-09T07:30:00Z')], new Date('2022-05-09T08:00:00Z'), '2022-05-09')).toHaveLength(1);
  });

  it('when the register is empty, then there is no trend', () => {
    expect(weeklyTrend([], new Date('2022-05-09T08:00:00Z'), '2022-05-09')).toEqual([]);
  });

  it('when an action has no created entry (an older register), then its createdAt places it', () => {
    const trend = weeklyTrend([{ createdAt: '2022-04-26T09:00:00Z', status: 'awaiting_update', history: [] }], new Date('2022-05-09T08:00:00Z'), '2022-05-09');
    expect(trend.map((w) => w.counts.awaiting_update)).toEqual([1, 1, 1]);
  });

  it('when an action\'s history was not read (unchanged since before the window), then its current status counts in every week it existed', () => {
    const trend = weeklyTrend([
      { createdAt: '2021-03-01T09:00:00Z', status: 'red', history: null },
      { createdAt: '2022-04-27T09:00:00Z', status: 'amber', history: null },
    ], new Date('2022-05-09T08:00:00Z'), '2022-05-09', 3);
    expect(trend.map((w) => [w.weekOf, w.counts.red, w.counts.amber])).toEqual([['2022-04-25', 1, 1], ['2022-05-02', 1, 1], ['2022-05-09', 1, 1]]);
    const earlier = weeklyTrend([{ createdAt: '2022-05-03T09:00:00Z', status: 'amber', history: null }, { createdAt: '2021-03-01T09:00:00Z', status: 'red', history: null }], new Date('2022-05-09T08:00:00Z'), '2022-05-09', 3);
    expect(earlier.map((w) => w.counts.amber)).toEqual([0, 1, 1]);
  });

  it('when the trend starts, then its first instant is Monday midnight in London, weeks back including this one', () => {
    expect(trendStart('2022-05-11', 3).toISOString()).toBe('2022-04-24T23:00:00.000Z');
    expect(trendStart('2022-01-12', 2).toISOString()).toBe('2022-01-03T00:00:00.000Z');
  });
});

describe('overdue by lead', () => {
  it('when leads have overdue actions, then they are counted most first, open and past due only', () => {
    const today = '2022-05-09';
    const actions = [
      anAction({ lead: 'MPS', due: '2022-05-01', status: 'amber' }),
      anAction({ lead: 'MPS', due: '2022-05-08', status: 'awaiting_update' }),
      anAction({ lead: 'MPS', due: '2022-05-09', status: 'red' }),
      anAction({ lead: 'MPS', due: '2022-04-01', status: 'complete' }),
      anAction({ lead: 'MOPAC', due: '2022-04-29', status: 'red' }),
      anAction({ lead: 'Home Office', due: null, status: 'red' }),
    ];
    expect(overdueByLead(actions, today)).toEqual([{ lead: 'MPS', overdue: 2 }, { lead: 'MOPAC', overdue: 1 }]);
  });

  it('when two leads have as many, then they are in alphabetical order; an action without a lead is counted as "(no lead)"', () => {
    const actions = [anAction({ lead: 'Zeta Unit', due: '2022-05-01' }), anAction({ lead: 'Alpha Team', due: '2022-05-01' }), anAction({ lead: '', due: '2022-05-02' })];
    expect(overdueByLead(actions, '2022-05-09').map((l) => l.lead)).toEqual(['(no lead)', 'Alpha Team', 'Zeta Unit']);
  });

  it('when nothing is overdue, then the list is empty', () => {
    expect(overdueByLead([anAction({ due: '2022-06-01' })], '2022-05-09')).toEqual([]);
  });
});
