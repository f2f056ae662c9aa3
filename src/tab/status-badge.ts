import type { Status } from '../domain/action';
import { html } from './html';
import { STATUS_NAME } from './labels';

/** The RAG as a coloured dot and its name: never colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  return html`<span class=${`badge badge-${status}`}><span class="dot" aria-hidden="true"></span>${STATUS_NAME[status]}</span>`;
}
