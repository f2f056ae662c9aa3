import { useState } from 'preact/hooks';
import type { TabSession } from '../app/tab/tab-session';
import { html } from './html';
import { RAG_ORDER, STATUS_NAME } from './labels';

/** The grid's filters as the form holds them (empty = not a constraint). */
export interface FilterValues {
  meeting: string;
  lead: string;
  status: string;
  overdue: boolean;
  dueFrom: string;
  dueTo: string;
  q: string;
  /** Show complete actions too. */
  all: boolean;
}

export const NO_FILTERS: FilterValues = { meeting: '', lead: '', status: '', overdue: false, dueFrom: '', dueTo: '', q: '', all: false };

/** The filters as the register API's parameters. */
export function filterParams(f: FilterValues): URLSearchParams {
  const p = new URLSearchParams();
  if (f.meeting) p.set('meeting', f.meeting);
  if (f.lead) p.set('lead', f.lead);
  if (f.status) p.set('status', f.status);
  if (f.overdue) p.set('overdue', 'true');
  if (f.dueFrom) p.set('dueFrom', f.dueFrom);
  if (f.dueTo) p.set('dueTo', f.dueTo);
  if (f.q.trim()) p.set('q', f.q.trim());
  p.set('all', String(f.all));
  return p;
}

/** The filter form: applied with its button (or Enter in any field); "Clear" shows the whole register again. */
export function Filters({ session, values, onApply }: { session: TabSession; values: FilterValues; onApply(v: FilterValues): void }) {
  const [draft, setDraft] = useState(values);
  const set = (patch: Partial<FilterValues>) => setDraft({ ...draft, ...patch });
  const text = (e: Event) => (e.currentTarget as HTMLInputElement).value;
  return html`
    <form class="filters" role="search" aria-label="Filter the register" onSubmit=${(e: Event) => { e.preventDefault(); onApply(draft); }}>
      <label>Meeting
        <select name="meeting" value=${draft.meeting} onChange=${(e: Event) => set({ meeting: text(e) })}>
          <option value="">All meetings</option>
          ${session.meetings.map((m) => html`<option value=${m.key}>${m.label}</option>`)}
        </select>
      </label>
      <label>Lead
        <select name="lead" value=${draft.lead} onChange=${(e: Event) => set({ lead: text(e) })}>
          <option value="">All leads</option>
          ${session.leads.map((l) => html`<option value=${l}>${l}</option>`)}
        </select>
      </label>
      <label>RAG
        <select name="status" value=${draft.status} onChange=${(e: Event) => set({ status: text(e) })}>
          <option value="">Any</option>
          ${RAG_ORDER.map((s) => html`<option value=${s}>${STATUS_NAME[s]}</option>`)}
        </select>
      </label>
      <label>Due from <input type="date" name="dueFrom" value=${draft.dueFrom} onInput=${(e: Event) => set({ dueFrom: text(e) })} /></label>
      <label>Due to <input type="date" name="dueTo" value=${draft.dueTo} onInput=${(e: Event) => set({ dueTo: text(e) })} /></label>
      <label class="grow">Words <input type="search" name="q" value=${draft.q} placeholder="e.g. strip search" onInput=${(e: Event) => set({ q: text(e) })} /></label>
      <label class="check"><input type="checkbox" name="overdue" checked=${draft.overdue} onChange=${(e: Event) => set({ overdue: (e.currentTarget as HTMLInputElement).checked })} /> Overdue only</label>
      <label class="check"><input type="checkbox" name="all" checked=${draft.all} onChange=${(e: Event) => set({ all: (e.currentTarget as HTMLInputElement).checked })} /> Include complete</label>
      <div class="buttons">
        <button type="submit" class="primary">Filter</button>
        <button type="button" onClick=${() => { setDraft(NO_FILTERS); onApply(NO_FILTERS); }}>Clear</button>
      </div>
    </form>`;
}
