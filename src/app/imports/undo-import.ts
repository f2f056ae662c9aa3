import type { Action, ActionId } from '../../domain/action';
import { actionKey, actionReference, parseActionKey } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import type { ActionUpdate, FieldChange } from '../../domain/action-update';
import { ChaserError, NotFoundError } from '../../errors';
import type { ImportRecord, Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';
import type { ImportDeps } from './hold-import';

/** An import that cannot be undone; the message says why and what to do instead. Nothing was changed. */
export class UndoRefusedError extends ChaserError {
  constructor(message: string) {
    super('undo-refused', message);
  }
}

export interface UndoneImport {
  record: ImportRecord;
  /** Actions the import had created, now removed. */
  removed: number;
  /** Actions the import had corrected, now as they were before it. */
  restored: number;
}

/**
 * `chaser import --undo ID` and the card's "Undo this import": takes an import back while nobody has
 * touched its actions since (a lead's update, a correction, a move of the meeting): the actions it created
 * are removed with their history and index rows, the ones it corrected get their earlier text, timing, due
 * date and lead back (with an "edited" entry saying so). The import stays in the journal, marked undone,
 * with its document. Crash-safe: marked `undoing` first, and finished at the next start if cut short.
 * @throws NotAllowedError (not the secretariat), NotFoundError (no such import), UndoRefusedError
 */
export async function undoImport(id: string, actor: Actor, deps: ImportDeps): Promise<UndoneImport> {
  await requireSecretariat(actor, deps, 'undo an import');
  const record = await deps.store.imports.get(id.trim().toLowerCase());
  if (!record) throw new NotFoundError(`There is no import "${id.trim()}". chaser import --list shows every import with its id.`);
  if (record.state === 'undone') throw new UndoRefusedError(`The import of "${record.fileName}" (${record.id}) was already undone by ${record.undone?.byName ?? 'someone'} at ${record.undone?.at ?? 'an earlier time'}.`);
  if (record.state === 'writing') throw new UndoRefusedError(`The import of "${record.fileName}" (${record.id}) is still being written (or was cut short and is finished at Chaser's next start); undo it once it is done.`);
  if (record.state === 'done') {
    const touched = await touchedSince(record, deps.store);
    if (touched.length) {
      const names = await Promise.all(touched.slice(0, 5).map(async ({ id, entry }) => {
        const stored = await deps.store.actions.get(id);
        return `${actionReference(stored?.action ?? id)} (updated by ${entry.byName} at ${entry.at})`;
      }));
      throw new UndoRefusedError(`The import of "${record.fileName}" (${record.id}) cannot be undone: ${touched.length} of its actions ${touched.length === 1 ? 'has' : 'have'} been updated since: ${names.join('; ')}${touched.length > 5 ? ` and ${touched.length - 5} more` : ''}. Nothing was changed; correct those actions one by one instead.`);
    }
    const undone = { by: actor.id, byName: actor.name, at: deps.clock.now().toISOString() };
    if (!(await deps.store.imports.update(record.id, 'done', { state: 'undoing', undone }))) {
      throw new UndoRefusedError(`Someone else is undoing the import of "${record.fileName}" (${record.id}) at this moment.`);
    }
    record.undone = undone;
  }
  return finishUndo(record, actor, deps);
}

/** Removes what the import created and restores what it corrected; then marks it undone. Idempotent. */
export async function finishUndo(record: ImportRecord, actor: Actor, deps: Pick<ImportDeps, 'store' | 'clock'>): Promise<UndoneImport> {
  const at = record.undone?.at ?? deps.clock.now().toISOString();
  await deps.store.actions.removeMany(ids(record.created));
  let restored = 0;
  for (const { key, before } of record.changed) {
    const id = parseActionKey(key);
    const stored = id ? await deps.store.actions.get(id) : null;
    if (!stored) continue;
    const earlier = before as Partial<Action>;
    const changes: FieldChange[] = (['text', 'timing', 'due', 'lead', 'strand'] as const)
      .filter((f) => f in earlier && (stored.action[f] ?? null) !== (earlier[f] ?? null))
      .map((field) => ({ field, from: stored.action[field] ?? null, to: earlier[field] ?? null }));
    restored++;
    if (!changes.length) continue; // restored before an interruption
    await deps.store.actions.record(stored, { ...stored.action, ...earlier, updatedAt: at }, {
      at, by: actor.id, byName: actor.name, source: 'import', kind: 'edited', status: null, revisedDue: null, changes,
      text: `The import of "${record.fileName}" (${record.id}) was undone.`,
    });
  }
  await deps.store.imports.update(record.id, 'undoing', { state: 'undone' });
  return { record: { ...record, state: 'undone' }, removed: record.created.length, restored };
}

/**
 * The import's actions that someone touched after it (a lead's update, a correction, a move of the
 * meeting): any entry in their history after the import's own. A later import that was itself undone, and
 * its undo, touched nothing: its corrections were put back (so imports can be undone newest first). One read
 * of history per meeting.
 */
async function touchedSince(record: ImportRecord, store: Store): Promise<Array<{ id: ActionId; entry: ActionUpdate }>> {
  const own = (e: ActionUpdate) => e.source === 'import' && e.at === record.at && e.by === record.by;
  const undone = new Set((await store.imports.list()).filter((r) => r.state === 'undone' && r.id !== record.id)
    .flatMap((r) => [`${r.at}|${r.by}`, ...(r.undone ? [`${r.undone.at}|${r.undone.by}`] : [])]));
  const neutral = (e: ActionUpdate) => e.source === 'import' && undone.has(`${e.at}|${e.by}`);
  const created = ids(record.created);
  const changed = ids(record.changed.map((c) => c.key));
  const histories = await store.actions.histories([...created, ...changed]);
  const touched: Array<{ id: ActionId; entry: ActionUpdate }> = [];
  for (const id of created) {
    const other = (histories.get(actionKey(id)) ?? []).find((e) => !own(e) && !neutral(e));
    if (other) touched.push({ id, entry: other });
  }
  for (const id of changed) {
    // Newest first: the import's own "edited" entry must still be the newest that counts.
    const newest = (histories.get(actionKey(id)) ?? []).find((e) => !neutral(e));
    if (newest && !own(newest)) touched.push({ id, entry: newest });
  }
  return touched;
}

function ids(keys: string[]): ActionId[] {
  return keys.map(parseActionKey).filter((id): id is ActionId => id !== null);
}
