import type { Status } from '../../../src/domain/action';
import type { TrendWeek } from '../../../src/domain/charts';
import { RAG_COLOURS } from '../../../src/domain/digest';
import { doughnutSvg, trendSvg } from '../../../src/export/charts/chart-svg';
import { doughnutFigure, ringPath } from '../../../src/export/charts/doughnut-figure';
import { niceTicks, trendFigure } from '../../../src/export/charts/trend-figure';

const counts = (complete: number, on_track: number, amber: number, red: number, awaiting_update: number): Record<Status, number> =>
  ({ complete, on_track, amber, red, awaiting_update });

/** `n` weeks from Monday 14 March 2022, each with the counts `of(i)` gives. */
const weeks = (n: number, of: (i: number) => Record<Status, number>): TrendWeek[] => Array.from({ length: n }, (_, i) => {
  const weekOf = new Date(Date.UTC(2022, 2, 14 + 7 * i)).toISOString().slice(0, 10);
  return { weekOf, asAt: `${weekOf}T12:00:00.000Z`, counts: of(i) };
});

describe('the board paper\'s RAG doughnut (view model)', () => {
  it('when every status has actions, then the segments follow the legend order (complete first), meet end to end and their counts add up to the total', () => {
    const f = doughnutFigure(counts(13, 5, 3, 2, 1));
    expect(f.total).toBe(24);
    expect(f.segments.map((s) => [s.status, s.count])).toEqual([['complete', 13], ['on_track', 5], ['amber', 3], ['red', 2], ['awaiting_update', 1]]);
    expect(f.segments.reduce((n, s) => n + s.count, 0)).toBe(f.total);
    expect(f.segments[0]!.from).toBe(0);
    expect(f.segments[f.segments.length - 1]!.to).toBe(1);
    f.segments.slice(1).forEach((s, i) => expect(s.from).toBe(f.segments[i]!.to));
    f.segments.forEach((s) => expect(s.to - s.from).toBeCloseTo(s.count / f.total, 10));
  });

  it('when a status has no actions, then it has no segment but the legend still lists it with 0', () => {
    const f = doughnutFigure(counts(13, 5, 3, 2, 0));
    expect(f.segments.map((s) => s.status)).toEqual(['complete', 'on_track', 'amber', 'red']);
    expect(f.legend.map((l) => l.text)).toEqual(['Complete: 13 (57%)', 'On track: 5 (22%)', 'Amber: 3 (13%)', 'Red: 2 (9%)', 'Awaiting update: 0 (0%)']);
  });

  it('uses the board\'s RAG colours and legend names, the ones the table and the digest card use', () => {
    const f = doughnutFigure(counts(1, 1, 1, 1, 1));
    for (const s of f.segments) expect(s.fill).toBe(`#${RAG_COLOURS[s.status].hex}`);
    expect(f.legend.map((l) => [l.fill, l.text.split(':')[0]])).toEqual(f.legend.map((l) => [`#${RAG_COLOURS[l.status].hex}`, RAG_COLOURS[l.status].legend]));
  });

  it('says the figure in words for its alt text, leaving out statuses with none', () => {
    expect(doughnutFigure(counts(13, 5, 3, 2, 0)).altText).toBe('RAG of 23 actions: 13 complete, 5 on track, 3 amber, 2 red');
    expect(doughnutFigure(counts(0, 0, 0, 0, 1)).altText).toBe('RAG of 1 action: 1 awaiting update');
  });

  it('when every action is one status, then its segment is the whole ring (drawn as two halves)', () => {
    const f = doughnutFigure(counts(0, 4, 0, 0, 0));
    expect(f.segments).toHaveLength(1);
    expect(f.segments[0]).toMatchObject({ from: 0, to: 1 });
    expect(f.segments[0]!.path.match(/M /g)).toHaveLength(2);
  });

  it('when the register is empty, then there are no segments and no division by zero', () => {
    const f = doughnutFigure(counts(0, 0, 0, 0, 0));
    expect(f.segments).toEqual([]);
    expect(f.legend.map((l) => l.text)).toEqual(['Complete: 0', 'On track: 0', 'Amber: 0', 'Red: 0', 'Awaiting update: 0']);
    expect(f.altText).toBe('RAG of 0 actions.');
  });

  it('draws a quarter from the top to the right, and a three-quarter piece with the large arc', () => {
    expect(ringPath(0, 0.25, 100, 50)).toBe('M 110 10 A 100 100 0 0 1 210 110 L 160 110 A 50 50 0 0 0 110 60 Z');
    expect(ringPath(0, 0.75, 100, 50)).toContain('A 100 100 0 1 1');
  });
});

describe('the board paper\'s weekly trend (view model)', () => {
  it('when there are fewer than two weeks, then there is no trend figure', () => {
    expect(trendFigure([])).toBeNull();
    expect(trendFigure(weeks(1, () => counts(1, 1, 1, 1, 1)))).toBeNull();
  });

  it('when there are several weeks, then there is one point per week, left to right, with its counts and total', () => {
    const f = trendFigure(weeks(9, (i) => counts(2 + i, 3, 2, 1, 12 - i)))!;
    expect(f.weeks).toHaveLength(9);
    expect(f.weeks[0]).toMatchObject({ weekOf: '2022-03-14', label: '14 Mar', x: f.plot.left, total: 20 });
    expect(f.weeks[8]).toMatchObject({ weekOf: '2022-05-09', label: '9 May', x: f.plot.right });
    f.weeks.slice(1).forEach((w, i) => expect(w.x).toBeGreaterThan(f.weeks[i]!.x));
    f.weeks.forEach((w) => expect(w.total).toBe(Object.values(w.counts).reduce((a, b) => a + b, 0)));
  });

  it('stacks the statuses complete at the bottom and leaves out a status no week had', () => {
    const f = trendFigure(weeks(3, (i) => counts(i, 2, 0, 1, 3)))!;
    expect(f.bands.map((b) => b.status)).toEqual(['complete', 'on_track', 'red', 'awaiting_update']);
    expect(f.legend.map((l) => l.text)).toEqual(['Complete', 'On track', 'Amber', 'Red', 'Awaiting update']);
  });

  it('when stacked, then each week\'s top edge stands at its running total, the last band at the week\'s total', () => {
    const f = trendFigure(weeks(2, (i) => counts(1 + i, 2, 3, 4, 0)))!;
    const yOf = (v: number) => f.ticks.find((t) => t.value === v)?.y;
    const tops = f.bands.map((b) => b.top.split(' ').map((p) => Number(p.split(',')[1])));
    const scale = (f.plot.bottom - f.plot.top) / f.ticks[f.ticks.length - 1]!.value;
    expect(tops.map((t) => t.map((y) => Math.round((f.plot.bottom - y) / scale)))).toEqual([[1, 2], [3, 4], [6, 7], [10, 11]]);
    expect(yOf(0)).toBe(f.plot.bottom);
    // each polygon closes on the band below it
    expect(f.bands[1]!.points.endsWith(f.bands[0]!.top.split(' ')[0]!)).toBe(true);
  });

  it('grids the y axis in round steps from 0 to the largest week or just above it', () => {
    expect(niceTicks(20)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(niceTicks(480)).toEqual([0, 100, 200, 300, 400, 500]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it('when the twelve weeks the tab shows are charted, then every week is labelled', () => {
    const f = trendFigure(weeks(12, () => counts(1, 0, 0, 0, 0)))!;
    expect(f.weeks.every((w) => w.labelled)).toBe(true);
  });

  it('when more weeks are crowded, then every other week is labelled, and the last (never its neighbour)', () => {
    const f = trendFigure(weeks(16, () => counts(1, 0, 0, 0, 0)))!;
    expect(f.weeks.filter((w) => w.labelled).map((w) => w.label)).toEqual(['14 Mar', '28 Mar', '11 Apr', '25 Apr', '9 May', '23 May', '6 Jun', '27 Jun']);
  });

  it('says the first and the last week in words for its alt text', () => {
    expect(trendFigure(weeks(2, (i) => counts(i, 1, 0, 0, 1)))!.altText).toBe(
      'RAG week by week over 2 weeks, from the week of 14 March 2022 (2 actions: 0 complete, 1 on track, 0 amber, 0 red, 1 awaiting update) ' +
      'to the week of 21 March 2022 (3 actions: 1 complete, 1 on track, 0 amber, 0 red, 1 awaiting update).',
    );
  });
});

describe('the figures as SVG', () => {
  it('draws one path per segment and one legend line per status, with the alt text as its title', () => {
    const f = doughnutFigure(counts(13, 5, 3, 2, 0));
    const svg = doughnutSvg(f);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="560" height="220"')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain('>Awaiting update: 0 (0%)</text>');
    expect(svg).toContain(`<title>${f.altText}</title>`);
    expect(svg).toContain('>23</text>');
  });

  it('draws one polygon per band and the labelled weeks', () => {
    const svg = trendSvg(trendFigure(weeks(3, (i) => counts(i, 2, 0, 1, 3)))!);
    expect(svg.match(/<polygon /g)).toHaveLength(4);
    expect(svg).toContain('>28 Mar</text>');
  });
});
