import type { LeadOverdue, TrendWeek } from '../domain/charts';
import type { DoughnutSlice } from '../domain/charts';
import { html } from './html';
import { RAG_ORDER, STATUS_NAME, day, ragFill } from './labels';

/**
 * The dashboard's charts, drawn as SVG from the domain's chart data (no chart library: three simple
 * shapes). Each has a caption, a summary for screen readers and the numbers as a table.
 */

const R = 70;
const CIRCUMFERENCE = 2 * Math.PI * R;

/** The RAG doughnut: one arc per status (dash pattern on a circle), total in the middle, legend with counts. */
export function Doughnut({ total, slices }: { total: number; slices: DoughnutSlice[] }) {
  const summary = slices.map((s) => `${STATUS_NAME[s.status]} ${s.count}`).join(', ');
  return html`
    <figure class="chart">
      <figcaption>RAG of the register (${total} actions)</figcaption>
      <div class="doughnut-row">
        <svg viewBox="0 0 200 200" width="200" height="200" role="img" aria-label=${`RAG doughnut: ${summary}`}>
          <circle cx="100" cy="100" r=${R} fill="none" class="track" stroke-width="28" />
          ${slices.filter((s) => s.count > 0).map((s) => html`
            <circle cx="100" cy="100" r=${R} fill="none" stroke=${ragFill(s.status)} stroke-width="28"
              stroke-dasharray=${`${(s.to - s.from) * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
              stroke-dashoffset=${-s.from * CIRCUMFERENCE} transform="rotate(-90 100 100)" data-status=${s.status}>
              <title>${STATUS_NAME[s.status]}: ${s.count}</title>
            </circle>`)}
          <text x="100" y="96" text-anchor="middle" class="big">${total}</text>
          <text x="100" y="118" text-anchor="middle" class="small">actions</text>
        </svg>
        <ul class="legend">
          ${slices.map((s) => html`<li><span class="swatch" style=${`background:${ragFill(s.status)}`} aria-hidden="true"></span>${STATUS_NAME[s.status]}: <strong>${s.count}</strong> (${Math.round(s.share * 100)}%)</li>`)}
        </ul>
      </div>
    </figure>`;
}

const TW = 600;
const TH = 240;
const PAD = { left: 36, right: 8, top: 10, bottom: 36 };

/** The weekly trend: one stacked column per week (complete at the bottom, red on top). */
export function Trend({ weeks }: { weeks: TrendWeek[] }) {
  if (!weeks.length) return html`<figure class="chart"><figcaption>Trend week by week</figcaption><p class="muted">No actions yet.</p></figure>`;
  const totals = weeks.map((w) => RAG_ORDER.reduce((n, s) => n + w.counts[s], 0));
  const max = Math.max(1, ...totals);
  const plotW = TW - PAD.left - PAD.right;
  const plotH = TH - PAD.top - PAD.bottom;
  const slot = plotW / weeks.length;
  const barW = Math.min(48, slot * 0.7);
  const stack = [...RAG_ORDER].reverse();
  const last = weeks[weeks.length - 1]!;
  return html`
    <figure class="chart">
      <figcaption>Trend week by week (status at the end of each week)</figcaption>
      <svg viewBox=${`0 0 ${TW} ${TH}`} class="trend" role="img" aria-label=${`Trend over ${weeks.length} weeks; this week: ${RAG_ORDER.map((s) => `${STATUS_NAME[s]} ${last.counts[s]}`).join(', ')}`}>
        <line x1=${PAD.left} y1=${PAD.top + plotH} x2=${TW - PAD.right} y2=${PAD.top + plotH} class="axis" />
        <text x=${PAD.left - 6} y=${PAD.top + 4} text-anchor="end" class="small">${max}</text>
        <text x=${PAD.left - 6} y=${PAD.top + plotH} text-anchor="end" class="small">0</text>
        ${weeks.map((w, i) => {
          const x = PAD.left + i * slot + (slot - barW) / 2;
          let y = PAD.top + plotH;
          return html`<g data-week=${w.weekOf}>
            ${stack.map((s) => {
              const h = (w.counts[s] / max) * plotH;
              y -= h;
              return h > 0 ? html`<rect x=${x} y=${y} width=${barW} height=${h} fill=${ragFill(s)}><title>${`Week of ${day(w.weekOf)}: ${STATUS_NAME[s]} ${w.counts[s]}`}</title></rect>` : null;
            })}
            <text x=${x + barW / 2} y=${TH - 14} text-anchor="middle" class="small">${day(w.weekOf).replace(/ \d{4}$/, '')}</text>
          </g>`;
        })}
      </svg>
      <table class="sr-only">
        <caption>Trend week by week</caption>
        <thead><tr><th scope="col">Week of</th>${RAG_ORDER.map((s) => html`<th scope="col">${STATUS_NAME[s]}</th>`)}</tr></thead>
        <tbody>${weeks.map((w) => html`<tr><th scope="row">${day(w.weekOf)}</th>${RAG_ORDER.map((s) => html`<td>${w.counts[s]}</td>`)}</tr>`)}</tbody>
      </table>
    </figure>`;
}

/** Overdue by lead: one horizontal bar per lead, most overdue first. */
export function OverdueByLead({ leads }: { leads: LeadOverdue[] }) {
  const max = Math.max(1, ...leads.map((l) => l.overdue));
  return html`
    <figure class="chart">
      <figcaption>Overdue by lead</figcaption>
      ${leads.length === 0 ? html`<p class="muted">Nothing is overdue.</p>` : html`
        <ul class="bars">
          ${leads.map((l) => html`<li><span class="bar-label">${l.lead}</span><span class="bar" style=${`width:${(l.overdue / max) * 100}%`} aria-hidden="true"></span><strong>${l.overdue}</strong></li>`)}
        </ul>`}
    </figure>`;
}
