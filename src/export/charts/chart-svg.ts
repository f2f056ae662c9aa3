import type { DoughnutFigure } from './doughnut-figure';
import type { TrendFigure } from './trend-figure';

/**
 * The board paper's figures as SVG documents, drawn from their view models (doughnut-figure.ts,
 * trend-figure.ts) and nothing else. Text names Arial first, as the paper does, then fonts a Linux server
 * has (svg-png.ts loads the system's fonts).
 */

/** The fonts the figures ask for, in order. */
export const CHART_FONTS = "Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const TEXT = '#262626';
const GRID = '#D9D9D9';
const AXIS = '#7F7F7F';

/** Text for SVG content and attributes. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function svg(width: number, height: number, title: string, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONTS}" fill="${TEXT}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** The legend's swatch: the colour with a thin grey edge, so pale green still shows on white. */
function swatch(x: number, y: number, fill: string): string {
  return `<rect x="${x}" y="${y}" width="14" height="14" fill="${fill}" stroke="${AXIS}" stroke-width="0.75"/>`;
}

/** The RAG doughnut: the ring (white gaps between segments), the total in the middle, the legend with counts on the right. */
export function doughnutSvg(f: DoughnutFigure): string {
  const { x, y } = f.centre;
  const body = [
    `<circle cx="${x}" cy="${y}" r="${(f.outer + f.inner) / 2}" fill="none" stroke="${GRID}" stroke-width="${f.outer - f.inner}"/>`,
    ...f.segments.map((s) => `<path d="${s.path}" fill="${s.fill}" stroke="#FFFFFF" stroke-width="${f.segments.length > 1 ? 2 : 0}" data-status="${s.status}"/>`),
    `<circle cx="${x}" cy="${y}" r="${f.outer}" fill="none" stroke="${AXIS}" stroke-width="0.75"/>`,
    `<circle cx="${x}" cy="${y}" r="${f.inner}" fill="none" stroke="${AXIS}" stroke-width="0.75"/>`,
    `<text x="${x}" y="${y + 6}" text-anchor="middle" font-size="28" font-weight="bold">${f.total}</text>`,
    `<text x="${x}" y="${y + 26}" text-anchor="middle" font-size="13">${f.total === 1 ? 'action' : 'actions'}</text>`,
  ];
  const left = x + f.outer + 36;
  const top = y - (f.legend.length * 28) / 2;
  f.legend.forEach((entry, i) => {
    const row = top + i * 28;
    body.push(swatch(left, row + 3, entry.fill), `<text x="${left + 24}" y="${row + 15}" font-size="15">${esc(entry.text)}</text>`);
  });
  return svg(f.width, f.height, f.altText, body);
}

/** The weekly trend: grid and counts on the left, the stacked bands, week labels below, the legend under them. */
export function trendSvg(f: TrendFigure): string {
  const { left, right, top, bottom } = f.plot;
  const body = [
    ...f.ticks.map((t) => `<line x1="${left}" y1="${t.y}" x2="${right}" y2="${t.y}" stroke="${t.value === 0 ? AXIS : GRID}" stroke-width="1"/>`),
    ...f.ticks.map((t) => `<text x="${left - 8}" y="${t.y + 4}" text-anchor="end" font-size="12">${t.value}</text>`),
    ...f.bands.map((b) => `<polygon points="${b.points}" fill="${b.fill}" data-status="${b.status}"/>`),
    // White lines part the bands; the top of the stack is edged in grey so a pale band still shows on white.
    ...f.bands.map((b, i) => `<polyline points="${b.top}" fill="none" stroke="${i === f.bands.length - 1 ? AXIS : '#FFFFFF'}" stroke-width="${i === f.bands.length - 1 ? 1 : 1.5}"/>`),
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="${AXIS}" stroke-width="1"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="${AXIS}" stroke-width="1"/>`,
    ...f.weeks.map((w) => `<line x1="${w.x}" y1="${bottom}" x2="${w.x}" y2="${bottom + 4}" stroke="${AXIS}" stroke-width="1"/>`),
    ...f.weeks.filter((w) => w.labelled).map((w) => `<text x="${w.x}" y="${bottom + 18}" text-anchor="middle" font-size="12">${esc(w.label)}</text>`),
  ];
  let x = left;
  const legendY = bottom + 40;
  for (const entry of f.legend) {
    body.push(swatch(x, legendY, entry.fill), `<text x="${x + 20}" y="${legendY + 12}" font-size="13">${esc(entry.text)}</text>`);
    x += 20 + Math.ceil(entry.text.length * 8) + 22;
  }
  return svg(f.width, f.height, f.altText, body);
}
