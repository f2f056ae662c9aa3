import type { Action, LatestUpdate } from '../../domain/action';
import { actionReference, parseActionKey } from '../../domain/action';
import type { ActionUpdate, FieldChange } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import { actorIds } from '../../domain/actor';
import type { Clock } from '../../domain/clock';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { Store } from '../ports';

/**
 * "undo", "that was wrong": reverses the person's last update by a NEW history entry (nothing is
 * deleted): status, due date and latest update go back to what they were before it. Refused, changing
 * nothing, when someone has updated the action since.
 * @throws NotFoundError when there is nothing to undo; InvalidInputError when the action moved on since
 */
export async function undoLastUpdate(person: Actor, deps: { store: Store; clock: Clock }): Promise<{ action: Action; undone: ActionUpdate }> {
  const memory = await deps.store.chatMemories.read(person.id);
  const id = memory.lastRecorded ? parseActionKey(memory.lastRecorded.key) : null;
  const stored = id ? await deps.store.actions.get(id) : null;
  if (!stored || !memory.lastRecorded) throw new NotFoundError('There is no update of yours for me to undo, so nothing was changed.');
  const history = await deps.store.actions.history(stored.action);
  const ids = actorIds(person);
  const index = history.findIndex((h) => h.at === memory.lastRecorded!.at && ids.includes(h.by.toLowerCase()) && h.kind === 'status');
  if (index < 0) throw new NotFoundError('There is no update of yours for me to undo, so nothing was changed.');
  if (index > 0) throw new InvalidInputError(`${actionReference(stored.action)} has been updated since (by ${history[0]!.byName}), so I did not undo yours. Send the right status instead.`);
  const undone = history[0]!;
  const before = (field: FieldChange['field']) => undone.changes.find((c) => c.field === field);
  const earlier = history.slice(1).find((h) => h.status !== null);
  const latest: LatestUpdate | null = earlier?.status ? { status: earlier.status, text: earlier.text, by: earlier.by, byName: earlier.byName, at: earlier.at, revisedDue: earlier.revisedDue } : null;
  const at = deps.clock.now().toISOString();
  const next: Action = {
    ...stored.action,
    status: (before('status')?.from as Action['status'] | undefined) ?? stored.action.status,
    due: before('due') ? before('due')!.from : stored.action.due,
    latest,
    updatedAt: at,
  };
  const changes: FieldChange[] = undone.changes.map((c) => ({ field: c.field, from: c.to, to: c.from }));
  const entry: ActionUpdate = { kind: 'edited', at, by: person.id, byName: person.name, source: 'chat', status: null, text: `Undid the update of ${undone.at.slice(0, 16).replace('T', ' ')}: "${undone.text.slice(0, 200)}".`, revisedDue: null, changes };
  await deps.store.actions.record(stored, next, entry);
  await deps.store.chatMemories.write(person.id, { lastRecorded: null });
  return { action: next, undone };
}
