import type { Status } from '../domain/action';
import { RAG_COLOURS } from '../domain/digest/rag-colours';
import { RAG_ORDER } from '../domain/charts/rag-doughnut';

/** Short status names for the grid, the form and the charts' legends. */
export const STATUS_NAME: Record<Status, string> = {
  red: 'Red (off track)',
  amber: 'Amber (at risk)',
  on_track: 'On track',
  complete: 'Complete',
  awaiting_update: 'Awaiting update',
};

/** The statuses a report may give (never "awaiting update"), as on the card. */
export const REPORTABLE: Status[] = ['complete', 'on_track', 'amber', 'red'];

export { RAG_ORDER };

/** The board's RAG fill colour of a status, `#RRGGBB`. */
export function ragFill(status: Status): string {
  return `#${RAG_COLOURS[status].hex}`;
}

/** "21 Apr 2022" from an ISO date (or instant), in London. */
export function day(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/London' });
}

/** "21 Apr 2022, 14:05" in London. */
export function moment(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}
