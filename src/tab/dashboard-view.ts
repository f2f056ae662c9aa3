import { useEffect, useState } from 'preact/hooks';
import type { TabDigest } from '../app/tab/tab-digest';
import { callApi } from './api';
import { Doughnut, OverdueByLead, Trend } from './charts';
import { html } from './html';
import { moment } from './labels';
import { StatusBadge } from './status-badge';
import type { Host } from './teams-host';

/** The digest as pictures: the RAG doughnut, the weekly trend, overdue by lead, and the week's changes. */
export function DashboardView({ host }: { host: Host }) {
  const [digest, setDigest] = useState<TabDigest | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    callApi<TabDigest>(host, '/api/tab/digest').then(setDigest).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, []);
  if (error) return html`<p class="message error" role="alert">${error}</p>`;
  if (!digest) return html`<p class="loading">Loading the dashboard…</p>`;
  return html`
    <section aria-labelledby="dashboard-title" class="dashboard">
      <h2 id="dashboard-title" class="sr-only">Dashboard</h2>
      <div class="cards">
        <div class="card"><${Doughnut} ...${digest.doughnut} /></div>
        <div class="card"><${OverdueByLead} leads=${digest.overdueByLead} /></div>
        <div class="card wide"><${Trend} weeks=${digest.trend} /></div>
        <div class="card wide">
          <h3>What changed in the last seven days</h3>
          ${digest.changes.length === 0 ? html`<p class="muted">No updates this week.</p>` : html`
            <ul class="changes-list">
              ${digest.changes.map((c) => html`<li><strong>${c.reference}</strong> · ${moment(c.at)} · ${c.byName} ${c.status ? html`<${StatusBadge} status=${c.status} />` : ''}<div>${c.text}</div></li>`)}
            </ul>`}
        </div>
      </div>
    </section>`;
}
