import { useState } from 'preact/hooks';
import type { ActionDetail } from '../app/tab/open-action';
import { html } from './html';
import { REPORTABLE, STATUS_NAME } from './labels';

/** What the form sends: the same three fields as the reminder card's reply form. */
export interface UpdateValues {
  status: string;
  text: string;
  revisedDue: string;
}

/**
 * The reply form of the card: status, update (the reason, kept in the history), revised due date.
 * The secretariat corrects a due date or a status with it too.
 */
export function UpdateForm({ detail, busy, onSend }: { detail: ActionDetail; busy: boolean; onSend(v: UpdateValues): void }) {
  const current = detail.action.status === 'awaiting_update' ? '' : detail.action.status;
  const [values, setValues] = useState<UpdateValues>({ status: current, text: '', revisedDue: '' });
  const set = (patch: Partial<UpdateValues>) => setValues({ ...values, ...patch });
  return html`
    <form class="update" aria-label="Send an update" onSubmit=${(e: Event) => { e.preventDefault(); onSend(values); }}>
      <fieldset>
        <legend>Status</legend>
        ${REPORTABLE.map((s) => html`
          <label class="radio"><input type="radio" name="status" value=${s} checked=${values.status === s} onChange=${() => set({ status: s })} required /> ${STATUS_NAME[s]}</label>`)}
      </fieldset>
      <label>Update (what happened, or the reason for a change)
        <textarea name="text" rows="3" maxlength="4000" value=${values.text} onInput=${(e: Event) => set({ text: (e.currentTarget as HTMLTextAreaElement).value })}></textarea>
      </label>
      <label>Revised due date (optional)
        <input type="date" name="revisedDue" value=${values.revisedDue} onInput=${(e: Event) => set({ revisedDue: (e.currentTarget as HTMLInputElement).value })} />
      </label>
      <button type="submit" class="primary" disabled=${busy}>${busy ? 'Sending…' : 'Send update'}</button>
    </form>`;
}
