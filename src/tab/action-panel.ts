import { useEffect, useRef, useState } from 'preact/hooks';
import type { ActionDetail } from '../app/tab/open-action';
import type { ActionUpdate } from '../domain/action-update';
import { ApiError, callApi } from './api';
import { html } from './html';
import { STATUS_NAME, day, moment } from './labels';
import { StatusBadge } from './status-badge';
import type { Host } from './teams-host';
import { LeadForm } from './lead-form';
import { ChaseForm } from './chase-form';
import { UpdateForm, UpdateValues } from './update-form';

const SOURCE: Record<string, string> = { card: 'from the card', chat: 'in chat', cli: 'from the command line', import: 'from a document', system: 'by Chaser', tab: 'in the register tab' };

function describeChange(c: ActionUpdate['changes'][number]): string {
  const show = (v: string | null) => (c.field === 'status' && v ? STATUS_NAME[v as keyof typeof STATUS_NAME] ?? v : c.field === 'due' ? day(v) : v ?? '—');
  return `${c.field === 'due' ? 'Due date' : c.field[0]!.toUpperCase() + c.field.slice(1)}: ${show(c.from)} → ${show(c.to)}`;
}

/** One action opened from the grid, in a modal dialog (Escape closes it; focus returns to the grid). */
export function ActionPanel({ host, actionKey, secretariat, leads, onClose, onChanged }: { host: Host; actionKey: string; secretariat: boolean; leads: string[]; onClose(): void; onChanged(): void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [detail, setDetail] = useState<ActionDetail | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [formKey, setFormKey] = useState(0);

  useEffect(() => {
    dialog.current?.showModal();
    callApi<ActionDetail>(host, `/api/tab/actions/${encodeURIComponent(actionKey)}`)
      .then(setDetail)
      .catch((err: unknown) => setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) }));
  }, [actionKey]);

  /** Sends a change (a status update or a lead correction) on the version shown; a stale one shows the action as it now is. */
  const change = async (path: string, body: Record<string, unknown>, done: (next: ActionDetail) => string) => {
    if (!detail) return;
    setBusy(true);
    setMessage(null);
    try {
      const next = await callApi<ActionDetail>(host, `/api/tab/actions/${encodeURIComponent(actionKey)}/${path}`, {
        method: 'POST', body: { ...body, version: detail.action.updatedAt },
      });
      setDetail(next);
      setFormKey(formKey + 1);
      setMessage({ kind: 'ok', text: done(next) });
      onChanged();
    } catch (err) {
      // A stale edit: the action as it now is shows above, and the form keeps what the person typed, so
      // they can look and send it again without typing it twice.
      if (err instanceof ApiError && err.status === 412 && err.body.current) setDetail(err.body.current as ActionDetail);
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  /** "Chase now": the answer carries the action as it now is (with the chase in its history), sent or refused. */
  const chase = async (note: string) => {
    setBusy(true);
    setMessage(null);
    try {
      const answer = await callApi<{ message: string; detail: ActionDetail | null }>(host, `/api/tab/actions/${encodeURIComponent(actionKey)}/chase`, { method: 'POST', body: { note } });
      if (answer.detail) setDetail(answer.detail);
      setMessage({ kind: 'ok', text: answer.message });
      onChanged();
    } catch (err) {
      if (err instanceof ApiError && err.body.detail) setDetail(err.body.detail as ActionDetail);
      setMessage({ kind: 'error', text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  const send = (values: UpdateValues) => change('update', { ...values }, (next) => `Update recorded: ${STATUS_NAME[next.action.status]}${values.revisedDue ? `, due ${day(values.revisedDue)}` : ''}.`);
  const correct = (lead: string, reason: string) => change('lead', { lead, reason }, (next) => `Lead corrected to ${next.action.lead}.`);

  const a = detail?.action;
  return html`
    <dialog ref=${dialog} class="panel" aria-labelledby="panel-title" onClose=${onClose}>
      <div class="panel-head">
        <h2 id="panel-title">${detail ? detail.row.reference : 'Opening…'}</h2>
        <button type="button" class="close" onClick=${() => dialog.current?.close()} aria-label="Close">✕</button>
      </div>
      ${message ? html`<p class=${`message ${message.kind}`} role=${message.kind === 'error' ? 'alert' : 'status'}>${message.text}</p>` : null}
      ${a && detail ? html`
        <p class="action-text">${a.text}</p>
        <dl class="facts">
          <dt>Meeting</dt><dd>${a.board}, ${day(a.meetingDate)}</dd>
          <dt>Lead</dt><dd>${a.lead || '—'}</dd>
          <dt>Timing</dt><dd>${a.timing}</dd>
          <dt>Due</dt><dd>${day(a.due)}${a.superseded.length ? html` <span class="muted">(was ${a.superseded.map(day).join(', ')})</span>` : ''}</dd>
          <dt>RAG</dt><dd><${StatusBadge} status=${a.status} /></dd>
          ${detail.row.daysOverdue ? html`<dt>Overdue</dt><dd>${detail.row.daysOverdue} business days</dd>` : ''}
        </dl>
        ${detail.canChase ? html`<${ChaseForm} key=${`chase-${formKey}`} chasedToday=${detail.chasedToday} busy=${busy} onSend=${chase} />` : null}
        ${secretariat ? html`<${LeadForm} key=${`lead-${formKey}`} current=${a.lead} leads=${leads} busy=${busy} onSend=${correct} />` : null}
        ${detail.canUpdate ? html`<${UpdateForm} key=${formKey} detail=${detail} busy=${busy} onSend=${send} />` : html`<p class="muted">Only the lead's people, their delegates and the secretariat can update this action.</p>`}
        <h3>History</h3>
        <ol class="history">
          ${detail.history.map((e) => html`
            <li>
              <div><strong>${moment(e.at)}</strong> · ${e.byName} ${SOURCE[e.source] ?? ''}${e.kind === 'created' ? ' · entered the register' : e.kind === 'chased' ? ' · chased the lead' : ''}</div>
              ${e.status && e.kind === 'status' ? html`<div><${StatusBadge} status=${e.status} /></div>` : ''}
              ${e.text ? html`<div>${e.text}</div>` : ''}
              ${e.changes.length ? html`<ul class="changes">${e.changes.map((c) => html`<li>${describeChange(c)}</li>`)}</ul>` : ''}
            </li>`)}
        </ol>` : null}
    </dialog>`;
}
