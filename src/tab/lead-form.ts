import { useState } from 'preact/hooks';
import { html } from './html';

/** The secretariat's correction of an action's lead: the lead as it should be written, and why. */
export function LeadForm({ current, leads, busy, onSend }: { current: string; leads: string[]; busy: boolean; onSend(lead: string, reason: string): void }) {
  const [lead, setLead] = useState('');
  const [reason, setReason] = useState('');
  return html`
    <details class="correct">
      <summary>Correct the lead (now ${current || 'none'})</summary>
      <form class="update" aria-label="Correct the lead" onSubmit=${(e: Event) => { e.preventDefault(); onSend(lead, reason); }}>
        <label>New lead
          <input name="lead" list="known-leads" required value=${lead} onInput=${(e: Event) => setLead((e.currentTarget as HTMLInputElement).value)} />
          <datalist id="known-leads">${leads.map((l) => html`<option value=${l} />`)}</datalist>
        </label>
        <label>Reason (kept in the history)
          <textarea name="reason" rows="2" maxlength="4000" required value=${reason} onInput=${(e: Event) => setReason((e.currentTarget as HTMLTextAreaElement).value)}></textarea>
        </label>
        <button type="submit" disabled=${busy}>Correct the lead</button>
      </form>
    </details>`;
}
