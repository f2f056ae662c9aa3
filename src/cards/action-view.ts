import type { Action, Resolution, Status } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import { longDate } from '../domain/calendar-date';
import { londonStamp } from '../domain/london-time';

/** How the board names a status on cards. */
export const STATUS_WORDS: Record<Status, string> = {
  awaiting_update: 'Awaiting update',
  complete: 'Complete (dark green)',
  on_track: 'On track (pale green)',
  amber: 'At risk (amber)',
  red: 'Off track (red)',
};

/** A Container style: the host theme picks a background the default text colour reads on. */
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';

/**
 * The colour of a status as a marker beside its word: the RAG word stays in the default text colour (readable
 * in light, dark and high-contrast themes) inside a container of this style.
 */
export const STATUS_STYLES: Record<Status, ContainerStyle> = {
  awaiting_update: 'emphasis', complete: 'good', on_track: 'good', amber: 'warning', red: 'attention',
};

/** "At risk (amber)" → "At risk": the short RAG word for a marker. */
export function shortStatusWord(status: Status): string {
  return STATUS_WORDS[status].replace(/ \(.*\)$/, '');
}

/**
 * The timing as the card shows it: a timing with several dates as its dated milestones
 * ("Milestones: 13 May 2022, 30 June 2022"), otherwise the words as written ("—" when none).
 */
export function timingText(a: Pick<Action, 'timing' | 'due' | 'milestones'>): string {
  const dates = [...new Set([...(a.due ? [a.due] : []), ...a.milestones])].sort();
  if (a.milestones.length > 0 && dates.length > 1) return `Milestones: ${dates.map(longDate).join(', ')}`;
  return a.timing.trim() || '—';
}

const READ_AS: Record<Resolution, string> = { exact: 'as written', inferred: 'inferred from the timing', none: 'no date yet' };

/** "13 May 2022 (as written)", "1 June 2022 (inferred from the timing)", "No date yet: the secretariat will set one". */
export function dueText(a: Pick<Action, 'due' | 'resolution' | 'flags' | 'latest'>): string {
  if (!a.due) return 'No date yet: the secretariat will set one';
  const revised = a.latest?.revisedDue && a.latest.revisedDue === a.due;
  const how = revised ? `revised by ${a.latest!.byName}` : a.flags.includes('date-set') ? 'set' : a.flags.includes('from-text') ? 'read from the action text' : READ_AS[a.resolution];
  return `${longDate(a.due)} (${how})`;
}

/** "On track — data being linked (Jane Smith, 10 May 2022 14:05)" or "No update yet". */
export function lastUpdateText(a: Pick<Action, 'latest' | 'status'>): string {
  if (!a.latest) return 'No update yet';
  const words = a.latest.text ? ` — ${a.latest.text}` : '';
  return `${STATUS_WORDS[a.latest.status]}${words} (${a.latest.byName}, ${londonStamp(new Date(a.latest.at))})`;
}

/** "Updated by Jane Smith at 10 May 2022, 14:05: On track (pale green) — data being linked". */
export function recordedText(a: Pick<Action, 'latest'>): string {
  if (!a.latest) return '';
  return `Updated by ${a.latest.byName} at ${londonStamp(new Date(a.latest.at))}: ${STATUS_WORDS[a.latest.status]}${a.latest.text ? ` — ${a.latest.text}` : ''}`;
}

export function keyAndReference(a: Action): { key: string; reference: string } {
  return { key: actionKey(a), reference: actionReference(a) };
}
