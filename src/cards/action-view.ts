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

/** Adaptive Card text colours for each status. */
export const STATUS_COLOURS: Record<Status, 'Good' | 'Warning' | 'Attention' | 'Default'> = {
  awaiting_update: 'Default', complete: 'Good', on_track: 'Good', amber: 'Warning', red: 'Attention',
};

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
