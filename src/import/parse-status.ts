import { STATUS_LABEL, Status } from '../domain/action';
import { CellValue, cellText } from './cell';

/** What a register may write for each status (compared lower-case, spaces collapsed). */
const WORDS: Record<Exclude<Status, 'awaiting_update'>, string[]> = {
  complete: ['complete', 'completed', 'done', 'closed', 'dark green', 'darkgreen', 'dg', 'blue', 'b'],
  on_track: ['on track', 'ontrack', 'green', 'g', 'pale green', 'palegreen', 'pg', 'light green', 'in progress'],
  amber: ['amber', 'a', 'at risk'],
  red: ['red', 'r', 'off track'],
};

/** Values that mean "nobody has reported yet": no status. */
const NO_STATUS = ['', 'not started', 'awaiting update', 'awaiting', 'open', 'new', '-', 'n/a', 'tbc'];

/** The accepted values, as a sentence fragment for problem messages. */
export const ACCEPTED_STATUSES =
  'Complete, Done, Closed, Dark green (DG), Blue, On track, In progress, Green (G), Pale green (PG), ' +
  'Amber (A), At risk, Red (R), Off track, Not started, Awaiting update, or blank';

export type StatusReading = { kind: 'status'; status: Status | undefined } | { kind: 'unknown'; text: string };

/** Greek and Cyrillic capitals that look like Latin ones (a PDF's "Α" for Amber). */
const LOOKALIKES: Record<string, string> = {
  Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
};

function key(text: string): string {
  return text.replace(/[\u0391-\u03a9\u0410-\u042f]/g, (c) => LOOKALIKES[c] ?? c).toLowerCase().replace(/[_\s]+/g, ' ').replace(/[.!]+$/, '').trim();
}

function lookUp(k: string): Status | undefined | null {
  if (NO_STATUS.includes(k)) return undefined;
  for (const [status, words] of Object.entries(WORDS) as Array<[Status, string[]]>) {
    if (words.includes(k) || k === status.replace('_', ' ')) return status;
  }
  for (const [status, label] of Object.entries(STATUS_LABEL) as Array<[Status, string]>) {
    if (k === label) return status === 'awaiting_update' ? undefined : status;
  }
  return null;
}

/** Reads a status/RAG cell: "Dark green" → complete, "PG" → on_track, "Not started" → no status. */
export function parseStatus(value: CellValue): StatusReading {
  const text = cellText(value);
  const k = key(text);
  let status = lookUp(k);
  // "Complete (dark green)", "Green - on track": try the words around the brackets or the dash.
  if (status === null) {
    for (const part of k.split(/\s*[()\-/:]\s*/).filter(Boolean)) {
      status = lookUp(part);
      if (status !== null) break;
    }
  }
  return status === null ? { kind: 'unknown', text } : { kind: 'status', status };
}
