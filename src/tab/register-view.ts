import { useEffect, useState } from 'preact/hooks';
import type { TabSession } from '../app/tab/tab-session';
import type { Page, RegisterColumn, RegisterRow, SortDirection } from '../domain/register';
import { ActionPanel } from './action-panel';
import { callApi, downloadFile } from './api';
import { FilterValues, Filters, NO_FILTERS, filterParams } from './filters';
import { html } from './html';
import { RegisterGrid } from './register-grid';
import type { Host } from './teams-host';

const PAGE_SIZE = 50;

/**
 * The register (or, with `mine`, "My actions"): filters, the sortable grid, pages, and the action
 * panel. Every filter, sort and page is asked of the server, which applies it to the whole register.
 */
export function RegisterView({ host, session, mine, openKey }: { host: Host; session: TabSession; mine: boolean; openKey?: string | null }) {
  const [filters, setFilters] = useState<FilterValues>(NO_FILTERS);
  const [sort, setSort] = useState<{ column: RegisterColumn; direction: SortDirection }>({ column: 'due', direction: 'asc' });
  const [pageNo, setPageNo] = useState(1);
  const [data, setData] = useState<(Page<RegisterRow> & { today: string }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(openKey ?? null);
  const [reload, setReload] = useState(0);

  useEffect(() => {
    const params = filterParams(filters);
    if (mine) params.set('mine', 'true');
    params.set('sort', sort.column);
    params.set('dir', sort.direction);
    params.set('page', String(pageNo));
    params.set('pageSize', String(PAGE_SIZE));
    callApi<Page<RegisterRow> & { today: string }>(host, `/api/tab/register?${params}`)
      .then((d) => { setData(d); setError(null); })
      .catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  }, [filters, sort, pageNo, reload, mine]);

  const onSort = (column: RegisterColumn) => {
    setSort(sort.column === column ? { column, direction: sort.direction === 'asc' ? 'desc' : 'asc' } : { column, direction: 'asc' });
    setPageNo(1);
  };
  const exportAs = (format: 'docx' | 'xlsx' | 'csv') => {
    const params = filterParams(filters);
    if (mine) params.set('mine', 'true');
    params.set('sort', sort.column);
    params.set('dir', sort.direction);
    params.set('format', format);
    downloadFile(host, `/api/tab/export?${params}`).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  const close = () => {
    const key = open;
    setOpen(null);
    // Back to where the person was: the reference they opened.
    setTimeout(() => (document.querySelector(`button[data-key="${key}"]`) as HTMLElement | null)?.focus(), 0);
  };

  return html`
    <section aria-labelledby=${mine ? 'mine-title' : 'register-title'}>
      <h2 id=${mine ? 'mine-title' : 'register-title'} class="sr-only">${mine ? 'My actions' : 'Register'}</h2>
      ${mine ? html`<p class="intro">Actions for ${session.ownLeads.join(', ') || 'no lead yet'}. Open one to send an update, as on the reminder card.</p>` : null}
      <${Filters} session=${session} values=${filters} onApply=${(v: FilterValues) => { setFilters(v); setPageNo(1); }} />
      ${error ? html`<p class="message error" role="alert">${error}</p>` : null}
      ${data ? html`
        <div class="count-row">
          <p class="count" role="status">${data.total} ${data.total === 1 ? 'action' : 'actions'}${data.pages > 1 ? `, page ${data.page} of ${data.pages}` : ''}</p>
          <div class="exports" role="group" aria-label="Export what is shown">
            <span class="muted">Export what is shown:</span>
            <button type="button" onClick=${() => exportAs('docx')}>Board paper (Word)</button>
            <button type="button" onClick=${() => exportAs('xlsx')}>Excel</button>
            <button type="button" onClick=${() => exportAs('csv')}>CSV</button>
          </div>
        </div>
        <${RegisterGrid} caption=${mine ? 'My actions' : 'Action register'} rows=${data.items} sort=${sort.column} direction=${sort.direction} onSort=${onSort} onOpen=${(row: RegisterRow) => setOpen(row.key)} />
        ${data.pages > 1 ? html`
          <nav class="pager" aria-label="Pages">
            <button type="button" disabled=${data.page <= 1} onClick=${() => setPageNo(data.page - 1)}>Previous</button>
            <span>Page ${data.page} of ${data.pages}</span>
            <button type="button" disabled=${data.page >= data.pages} onClick=${() => setPageNo(data.page + 1)}>Next</button>
          </nav>` : null}` : error ? null : html`<p class="loading">Loading…</p>`}
      ${open ? html`<${ActionPanel} host=${host} actionKey=${open} secretariat=${session.secretariat} leads=${session.leads} onClose=${close} onChanged=${() => setReload(reload + 1)} />` : null}
    </section>`;
}
