import { useEffect, useState } from 'preact/hooks';
import type { LeadsView as Leads } from '../app/tab/lead-directory';
import { callApi } from './api';
import { html } from './html';
import type { Host } from './teams-host';

/** The secretariat's view of the leads: those nobody answers for (Chaser cannot remind anyone), and who answers for the rest. */
export function LeadsView({ host }: { host: Host }) {
  const [leads, setLeads] = useState<Leads | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [people, setPeople] = useState<Record<string, string>>({});
  useEffect(() => {
    callApi<Leads>(host, '/api/tab/leads').then(setLeads).catch((err: unknown) => setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) }));
  }, []);
  const save = async (lead: string) => {
    try {
      const users = (people[lead] ?? '').split(/[,;\s]+/).filter(Boolean);
      setLeads(await callApi<Leads>(host, '/api/tab/leads', { method: 'POST', body: { lead, users } }));
      setMessage({ kind: 'ok', text: `${lead} is now answered for by ${users.join(', ')}.` });
    } catch (err) {
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    }
  };
  return html`
    <section aria-labelledby="leads-title">
      <h2 id="leads-title">Leads</h2>
      ${message ? html`<p class=${`message ${message.kind}`} role=${message.kind === 'error' ? 'alert' : 'status'}>${message.text}</p>` : null}
      ${!leads ? (message ? null : html`<p class="loading">Loading…</p>`) : html`
        <h3>Nobody answers for these leads</h3>
        ${leads.unmapped.length === 0 ? html`<p class="muted">Every lead in the register has someone to remind.</p>` : html`
          <ul class="unmapped">
            ${leads.unmapped.map((lead) => html`
              <li>
                <form class="inline" aria-label=${`Who answers for ${lead}`} onSubmit=${(e: Event) => { e.preventDefault(); void save(lead); }}>
                  <strong>${lead}</strong>
                  <label>Sign-in names <input name="users" placeholder="name@organisation.example" value=${people[lead] ?? ''} onInput=${(e: Event) => setPeople({ ...people, [lead]: (e.currentTarget as HTMLInputElement).value })} /></label>
                  <button type="submit" class="primary">Save</button>
                </form>
              </li>`)}
          </ul>`}
        <h3>Who answers for each lead</h3>
        <table class="grid small">
          <caption class="sr-only">Lead directory</caption>
          <thead><tr><th scope="col">Lead</th><th scope="col">People</th><th scope="col">Delegates</th></tr></thead>
          <tbody>${leads.leads.map((l) => html`<tr><th scope="row">${l.lead}</th><td>${l.users.map((u) => u.name || u.id).join(', ') || '—'}</td><td>${l.delegates.map((u) => u.name || u.id).join(', ') || '—'}</td></tr>`)}</tbody>
        </table>`}
    </section>`;
}
