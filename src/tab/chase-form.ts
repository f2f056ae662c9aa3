import { useState } from 'preact/hooks';
import { html } from './html';
import { MAX_CHASE_NOTE } from '../domain/chase';
import { moment } from './labels';

/**
 * The secretariat's "Chase now": the lead's people get the reminder card at once, with an optional line.
 * Once an action a day: after today's chase the form says when and by whom instead.
 */
export function ChaseForm({ chasedToday, busy, onSend }: { chasedToday: { at: string; byName: string } | null; busy: boolean; onSend(note: string): void }) {
  const [note, setNote] = useState('');
  if (chasedToday) return html`<p class="muted chased">Chased today (${moment(chasedToday.at)}) by ${chasedToday.byName}; it can be chased again tomorrow.</p>`;
  return html`
    <details class="correct chase">
      <summary>Chase now</summary>
      <form class="update" aria-label="Chase the lead now" onSubmit=${(e: Event) => { e.preventDefault(); onSend(note); }}>
        <p class="muted">The lead's people get the reminder card for this action now. It is recorded in the history; an action is chased at most once a day.</p>
        <label>A line for the lead (optional)
          <textarea name="note" rows="2" maxlength=${MAX_CHASE_NOTE} value=${note} onInput=${(e: Event) => setNote((e.currentTarget as HTMLTextAreaElement).value)}></textarea>
        </label>
        <button type="submit" class="primary" disabled=${busy}>${busy ? 'Sending…' : 'Send the chase'}</button>
      </form>
    </details>`;
}
