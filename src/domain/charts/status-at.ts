import type { Status } from '../action';
import type { ActionUpdate } from '../action-update';

/**
 * An action's status at an instant, read from its history alone: the status of the last entry made at
 * or before `at` that set one (a status update, a "created" entry carrying the document's RAG, or a
 * correction changing the status). `null` when the action did not exist yet (its first entry is later).
 * An action with history but no status set yet is `awaiting_update`. Entries may come in any order.
 */
export function statusAt(history: Pick<ActionUpdate, 'at' | 'status' | 'changes' | 'kind'>[], at: string, createdAt: string): Status | null {
  const atMs = Date.parse(at);
  const entries = [...history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const born = Math.min(Date.parse(createdAt), ...entries.map((e) => Date.parse(e.at)));
  if (!(born <= atMs)) return null;
  let status: Status = 'awaiting_update';
  for (const entry of entries) {
    if (Date.parse(entry.at) > atMs) break;
    const changed = entry.changes.find((c) => c.field === 'status')?.to as Status | undefined;
    if (entry.status) status = entry.status;
    else if (changed) status = changed;
  }
  return status;
}
