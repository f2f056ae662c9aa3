import type { Action, LatestUpdate } from '../../domain/action';
import { actionReference, parseActionKey } from '../../domain/action';
import type { ActionUpdate, FieldChange } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import { actorIds } from '../../domain/actor';
import type { Clock } from '../../domain/clock';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { Store } from '../ports';

/** Which update to reverse: the one an Undo button was put under; absent, the person's last one. */
export interface UndoTarget {
  /** Action key. */
  key: string;
  /** When the update was recorded (ISO instant, as in its history entry). */
  at: string;
}

const UNDONE = /^Undid the update of (\S+):/;

/**
 * "undo", "that was wrong", or the Undo button under a recorded update: reverses that update by a NEW
 * history entry (nothing is deleted): status, due date and latest update go back to what they were before
 * it, skipping any update undone earlier. Refused, changing nothing, when someone updated the action since,
 * or when the update is not this person's.
 * @throws NotFoundError when there is nothing to undo; InvalidInputError when the action moved on since
 */
export async function undoLastUpdate(person: Actor, deps: { store: Store; clock: Clock }, target?: UndoTarget): Promise<{ action: Action; undone: ActionUpdate }> {
  const wanted = target ?? (await deps.store.chatMemories.read(person.id)).lastRecorded;
  const id = wanted ? parseActionKey(wanted.key) : null;
  const stored = id ? await deps.store.actions.get(id) : null;
  if (!stored || !wanted) throw new NotFoundError('There is no update of yours for me to undo, so nothing was changed.');
  const history = await deps.store.actions.history(stored.action);
  const ids = actorIds(person);
  const index = history.findIndex((h) => h.at === wanted.at && h.kind === 'status' && ids.includes(h.by.toLowerCase()));
  if (index < 0) throw new NotFoundError('There is no update of yours for me to undo, so nothing was changed.');
  if (index > 0) throw new InvalidInputError(`${actionReference(stored.action)} has been updated since (by ${history[0]!.byName}), so I did not undo yours. Send the right status instead.`);
  const undone = history[0]!;
  const before = (field: FieldChange['field']) => undone.changes.find((c) => c.field === field);
  // The latest update before this one that still stands (updates undone earlier are skipped).
  const undoneAt = new Set(history.flatMap((h) => { const m = h.kind === 'edited' ? UNDONE.exec(h.text) : null; return m ? [m[1]!] : []; }));
  const earlier = history.slice(1).find((h) => h.status !== null && h.kind === 'status' && !undoneAt.has(h.at));
  const latest: LatestUpdate | null = earlier?.status ? { status: earlier.status, text: earlier.text, by: earlier.by, byName: earlier.byName, at: earlier.at, revisedDue: earlier.revisedDue } : null;
  const at = deps.clock.now().toISOString();
  const closure = before('closure');
  const next: Action = {
    ...stored.action,
    status: (before('status')?.from as Action['status'] | undefined) ?? stored.action.status,
    due: before('due') ? before('due')!.from : stored.action.due,
    flags: closure?.from === 'open' ? stored.action.flags.filter((f) => f !== 'proposed-for-closure') : stored.action.flags,
    latest,
    updatedAt: at,
  };
  const changes: FieldChange[] = undone.changes.map((c) => ({ field: c.field, from: c.to, to: c.from }));
  const entry: ActionUpdate = { kind: 'edited', at, by: person.id, byName: person.name, source: 'chat', status: null, text: `Undid the update of ${undone.at}: "${undone.text.slice(0, 200)}".`, revisedDue: null, changes };
  await deps.store.actions.record(stored, next, entry);
  const memory = await deps.store.chatMemories.read(person.id);
  if (memory.lastRecorded?.key === wanted.key && memory.lastRecorded.at === wanted.at) await deps.store.chatMemories.write(person.id, { lastRecorded: null });
  return { action: next, undone };
}
