import type { Status } from '../../domain/action';
import { LEGEND_ORDER, RAG_COLOURS } from '../../domain/digest';

/** One coloured piece of the ring: a status with actions, as an SVG path. */
export interface RingSegment {
  status: Status;
  count: number;
  /** `#RRGGBB`, the board's RAG fill. */
  fill: string;
  /** Where it starts and ends around the ring, as fractions 0–1 clockwise from the top. */
  from: number;
  to: number;
  /** The segment's outline (`d` of an SVG path): outer arc clockwise, inner arc back. */
  path: string;
}

/** One legend line: every status is listed, with its count and its share of the whole. */
export interface LegendEntry {
  status: Status;
  /** "Complete: 13 (57%)" */
  text: string;
  fill: string;
  count: number;
}

/** The RAG doughnut as the board paper draws it: sizes in SVG units, the ring, the total, the legend, the alt text. */
export interface DoughnutFigure {
  width: number;
  height: number;
  centre: { x: number; y: number };
  outer: number;
  inner: number;
  total: number;
  /** Statuses with no actions have no segment; the rest add up to `total`, in legend order. */
  segments: RingSegment[];
  legend: LegendEntry[];
  /** "RAG of 23 actions: 13 complete, 5 on track, 3 amber, 2 red" (statuses with none are left out). */
  altText: string;
}

// Room for the longest legend line ("Awaiting update: 999 (100%)") in DejaVu Sans, wider than Arial.
const WIDTH = 560;
const HEIGHT = 220;
const CENTRE = { x: 110, y: 110 };
const OUTER = 96;
const INNER = 58;

/** A point on a circle at `fraction` of a turn clockwise from the top, rounded to 0.01. */
function at(r: number, fraction: number): string {
  const angle = 2 * Math.PI * fraction;
  const round = (n: number) => Math.round(n * 100) / 100;
  return `${round(CENTRE.x + r * Math.sin(angle))} ${round(CENTRE.y - r * Math.cos(angle))}`;
}

/** A piece of the ring from `from` to `to` (fractions of a turn). A whole turn is drawn as two halves (one SVG arc cannot close a circle). */
export function ringPath(from: number, to: number, outer = OUTER, inner = INNER): string {
  if (to - from >= 1 - 1e-9) return `${ringPath(0, 0.5, outer, inner)} ${ringPath(0.5, 1, outer, inner)}`;
  const large = to - from > 0.5 ? 1 : 0;
  return `M ${at(outer, from)} A ${outer} ${outer} 0 ${large} 1 ${at(outer, to)} L ${at(inner, to)} A ${inner} ${inner} 0 ${large} 0 ${at(inner, from)} Z`;
}

/**
 * The RAG doughnut of the board paper from the counts by status: one segment per status that has actions,
 * in legend order (complete first, clockwise from the top), and a legend that lists all five with counts
 * and shares, in the board's colours. An empty register gives no segments.
 */
export function doughnutFigure(counts: Record<Status, number>): DoughnutFigure {
  const total = LEGEND_ORDER.reduce((n, s) => n + counts[s], 0);
  const segments: RingSegment[] = [];
  let start = 0;
  for (const status of LEGEND_ORDER) {
    const count = counts[status];
    if (count <= 0) continue;
    const end = start + count;
    const from = start / total;
    const to = end === total ? 1 : end / total;
    segments.push({ status, count, fill: `#${RAG_COLOURS[status].hex}`, from, to, path: ringPath(from, to) });
    start = end;
  }
  const legend = LEGEND_ORDER.map((status) => ({
    status,
    count: counts[status],
    fill: `#${RAG_COLOURS[status].hex}`,
    text: `${RAG_COLOURS[status].legend}: ${counts[status]}${total ? ` (${Math.round((counts[status] / total) * 100)}%)` : ''}`,
  }));
  return { width: WIDTH, height: HEIGHT, centre: CENTRE, outer: OUTER, inner: INNER, total, segments, legend, altText: doughnutAltText(total, segments) };
}

function doughnutAltText(total: number, segments: RingSegment[]): string {
  const what = `RAG of ${total} ${total === 1 ? 'action' : 'actions'}`;
  if (!segments.length) return `${what}.`;
  return `${what}: ${segments.map((s) => `${s.count} ${RAG_COLOURS[s.status].legend.toLowerCase()}`).join(', ')}`;
}
