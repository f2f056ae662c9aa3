import type { RegisterColumn, RegisterRow, SortDirection } from '../domain/register';
import { html } from './html';
import { day } from './labels';
import { StatusBadge } from './status-badge';

const HEADINGS: Array<[RegisterColumn, string]> = [
  ['reference', 'Reference'], ['meeting', 'Meeting'], ['action', 'Action'], ['lead', 'Lead'], ['timing', 'Timing'],
  ['due', 'Due'], ['status', 'RAG'], ['lastUpdate', 'Last update'], ['daysOverdue', 'Overdue (business days)'],
];

export interface GridProps {
  caption: string;
  rows: RegisterRow[];
  sort: RegisterColumn;
  direction: SortDirection;
  onSort(column: RegisterColumn): void;
  onOpen(row: RegisterRow): void;
}

/**
 * The register as a table: every column sorts (a button in its heading, `aria-sort` on the sorted one),
 * each reference is a button that opens the action. Tab moves through them; Enter or Space acts.
 */
export function RegisterGrid({ caption, rows, sort, direction, onSort, onOpen }: GridProps) {
  return html`
    <div class="grid-wrap">
      <table class="grid">
        <caption>${caption}</caption>
        <thead><tr>
          ${HEADINGS.map(([column, label]) => html`
            <th scope="col" aria-sort=${column === sort ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
              <button type="button" class="sort" data-column=${column} onClick=${() => onSort(column)}>
                ${label}<span class="arrow" aria-hidden="true">${column === sort ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>`)}
        </tr></thead>
        <tbody>
          ${rows.length === 0 ? html`<tr><td colspan="9" class="empty">No actions match these filters.</td></tr>` : rows.map((row) => html`
            <tr key=${row.key} class=${row.daysOverdue > 0 ? 'overdue' : ''}>
              <th scope="row"><button type="button" class="link" data-key=${row.key} onClick=${() => onOpen(row)} aria-label=${`Open ${row.reference}`}>${row.reference}</button></th>
              <td class="nowrap">${row.meeting}</td>
              <td class="text">${row.action}</td>
              <td>${row.lead || '—'}</td>
              <td>${row.timing}</td>
              <td class="nowrap">${day(row.due)}</td>
              <td class="nowrap"><${StatusBadge} status=${row.status} /></td>
              <td class="text">${row.lastUpdate ? html`<span class="muted">${day(row.lastUpdate.at)} · ${row.lastUpdate.byName}</span><br />${row.lastUpdate.text}` : html`<span class="muted">none yet</span>`}</td>
              <td class="num">${row.daysOverdue || ''}</td>
            </tr>`)}
        </tbody>
      </table>
    </div>`;
}
