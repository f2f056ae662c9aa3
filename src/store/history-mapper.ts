import { randomUUID } from 'crypto';
import type { ActionId } from '../domain/action';
import type { ActionUpdate, FieldChange, UpdateSource } from '../domain/action-update';
import type { Status } from '../domain/action';
import { actionRowKey } from './action-mapper';
import { newestFirstKey } from './keys';
import { joinLong, splitLong } from './long-text';

/** A history entry as stored, in the `Actions` table beside its action (same partition). */
export type HistoryEntity = {
  partitionKey: string;
  rowKey: string;
  kind: string;
  at: string;
  by: string;
  byName: string;
  source: string;
  status: string;
  text: string;
  revisedDue: string;
  changes: string;
};

/** History rows of action `005`: `h|005|<inverted time>_<tiebreak>` (newest first). */
export function historyPrefix(id: Pick<ActionId, 'number'>): string {
  return `h|${actionRowKey(id)}|`;
}

/**
 * Entries stamped with the same instant (a fixed demo clock, one import writing several) keep the order
 * they were recorded in: newest first by the machine's wall clock, then a random suffix. This orders ties
 * only; it never decides anything by date.
 */
function insertionTiebreak(): string {
  return `${String(9_999_999_999_999 - Date.now()).padStart(13, '0')}${randomUUID().slice(0, 6)}`;
}

export function historyToPersistence(partitionKey: string, id: Pick<ActionId, 'number'>, u: ActionUpdate): HistoryEntity {
  return splitLong(historyEntity(partitionKey, id, u), ['text']);
}

function historyEntity(partitionKey: string, id: Pick<ActionId, 'number'>, u: ActionUpdate): HistoryEntity {
  return {
    partitionKey,
    rowKey: `${historyPrefix(id)}${newestFirstKey(new Date(u.at), insertionTiebreak())}`,
    kind: u.kind,
    at: u.at,
    by: u.by,
    byName: u.byName,
    source: u.source,
    status: u.status ?? '',
    text: u.text,
    revisedDue: u.revisedDue ?? '',
    changes: JSON.stringify(u.changes),
  };
}

export function historyToDomain(e: HistoryEntity): ActionUpdate {
  return {
    kind: e.kind as ActionUpdate['kind'],
    at: e.at,
    by: e.by,
    byName: e.byName,
    source: e.source as UpdateSource,
    status: (e.status || null) as Status | null,
    text: joinLong(e, 'text'),
    revisedDue: e.revisedDue || null,
    changes: e.changes ? (JSON.parse(e.changes) as FieldChange[]) : [],
  };
}
