import type { Status } from '../../domain/action';
import { longDate, parts, MONTHS_SHORT } from '../../domain/calendar-date';
import type { TrendWeek } from '../../domain/charts';
import { LEGEND_ORDER, RAG_COLOURS } from '../../domain/digest';

/** One week on the chart: where it stands on the x axis, its label and how many actions stood at each status. */
export interface TrendPoint {
  weekOf: string;
  x: number;
  /** "9 May" */
  label: string;
  /** Whether the label is printed (all of them when there is room, every other one otherwise; the last always). */
  labelled: boolean;
  total: number;
  counts: Record<Status, number>;
}

/** One band of the stack: a status, from the band below it up to its own top, as an SVG polygon. */
export interface TrendBand {
  status: Status;
  fill: string;
  /** `points` of an SVG polygon: its top edge left to right, then the bottom edge right to left. */
  points: string;
  /** The top edge alone (`points` of a polyline), drawn as a line between bands. */
  top: string;
}

/** A horizontal grid line with its value. */
export interface TrendTick {
  value: number;
  y: number;
}

/** The weekly trend as the board paper draws it: a stacked area, complete at the bottom, awaiting update on top. */
export interface TrendFigure {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  weeks: TrendPoint[];
  /** In stacking order, bottom first; statuses with no actions in any week have none. */
  bands: TrendBand[];
  ticks: TrendTick[];
  legend: Array<{ status: Status; text: string; fill: string }>;
  /** The first and last week in words. */
  altText: string;
}

const WIDTH = 680;
const HEIGHT = 280;
const PLOT = { left: 56, right: 650, top: 16, bottom: 216 };
/** Below this many pixels between weeks, only every other week is labelled. */
const LABEL_ROOM = 48;

/** The trend chart needs at least this many weeks: one week is a point, not a trend. */
export const TREND_MIN_WEEKS = 2;

const round = (n: number) => Math.round(n * 100) / 100;

/** "9 May", from a Monday. */
function dayMonth(date: string): string {
  const { m, d } = parts(date);
  return `${d} ${MONTHS_SHORT[m - 1]}`;
}

/** Grid values from 0 to at least `max`: steps of 1, 2 or 5 times a power of ten, at most 5 of them. */
export function niceTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw && Number.isInteger(s)) ?? Math.ceil(raw);
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(v);
  return ticks;
}

/**
 * The weekly RAG trend of the board paper from the domain's weeks (domain/charts/weekly-trend.ts): one point
 * per week at its Monday, the statuses stacked in legend order (complete at the bottom), the y axis from 0 to
 * a round number at or above the largest week. Null with fewer than {@link TREND_MIN_WEEKS} weeks.
 */
export function trendFigure(weeks: TrendWeek[]): TrendFigure | null {
  if (weeks.length < TREND_MIN_WEEKS) return null;
  const totals = weeks.map((w) => LEGEND_ORDER.reduce((n, s) => n + w.counts[s], 0));
  const values = niceTicks(Math.max(...totals));
  const top = values[values.length - 1]!;
  const y = (v: number) => round(PLOT.bottom - (v / top) * (PLOT.bottom - PLOT.top));
  const slot = (PLOT.right - PLOT.left) / (weeks.length - 1);
  const every = slot >= LABEL_ROOM ? 1 : 2;
  const points: TrendPoint[] = weeks.map((w, i) => ({
    weekOf: w.weekOf, x: round(PLOT.left + i * slot), label: dayMonth(w.weekOf),
    labelled: i === weeks.length - 1 ? true : i % every === 0 && (weeks.length - 1 - i) >= every, total: totals[i]!, counts: { ...w.counts },
  }));
  const bands: TrendBand[] = [];
  const below = points.map(() => 0);
  for (const status of LEGEND_ORDER) {
    if (points.every((p) => p.counts[status] === 0)) continue;
    const above = points.map((p, i) => below[i]! + p.counts[status]);
    const topEdge = points.map((p, i) => `${p.x},${y(above[i]!)}`);
    const bottomEdge = points.map((p, i) => `${p.x},${y(below[i]!)}`).reverse();
    bands.push({ status, fill: `#${RAG_COLOURS[status].hex}`, points: [...topEdge, ...bottomEdge].join(' '), top: topEdge.join(' ') });
    above.forEach((v, i) => { below[i] = v; });
  }
  return {
    width: WIDTH, height: HEIGHT, plot: PLOT, weeks: points, bands,
    ticks: values.map((value) => ({ value, y: y(value) })),
    legend: LEGEND_ORDER.map((status) => ({ status, text: RAG_COLOURS[status].legend, fill: `#${RAG_COLOURS[status].hex}` })),
    altText: trendAltText(points),
  };
}

function weekInWords(p: TrendPoint): string {
  const counts = LEGEND_ORDER.map((s) => `${p.counts[s]} ${RAG_COLOURS[s].legend.toLowerCase()}`).join(', ');
  return `the week of ${longDate(p.weekOf)} (${p.total} ${p.total === 1 ? 'action' : 'actions'}: ${counts})`;
}

function trendAltText(points: TrendPoint[]): string {
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return `RAG week by week over ${points.length} weeks, from ${weekInWords(first)} to ${weekInWords(last)}.`;
}
