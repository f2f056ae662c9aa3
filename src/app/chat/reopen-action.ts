import type { Action, ActionId } from '../../domain/action';
import { actionKey, actionReference } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import type { Clock } from '../../domain/clock';
import { rightToUpdate } from '../../domain/permissions';
import { InvalidInputError, NotAllowedError, NotFoundError } from '../../errors';
import { isAdmin } from '../access/is-admin';
import type { Store } from '../ports';

/**
 * "reopen 3 because …": a completed action is open again, awaiting an update — Chaser claims no RAG nobody
 * gave. The words are kept as the history entry; the same rights as any update (lead, delegate, secretariat).
 * @throws NotFoundError (no such action), InvalidInputError (not complete), NotAllowedError
 */
export async function reopenAction(id: ActionId, words: string, person: Actor, deps: { store: Store; clock: Clock }): Promise<Action> {
  const stored = await deps.store.actions.get(id);
  if (!stored) throw new NotFoundError(`There is no action ${actionReference(id)}; nothing was changed.`);
  const { action } = stored;
  if (action.status !== 'complete') throw new InvalidInputError(`${actionReference(action)} is not complete, so there is nothing to reopen.`);
  const right = rightToUpdate(person, await deps.store.leads.get(action.lead), action.lead, await isAdmin(person, deps));
  if (!right.allowed) throw new NotAllowedError(right.reason);
  const at = deps.clock.now().toISOString();
  const text = `Reopened: ${words.trim()}`;
  const next: Action = {
    ...action, status: 'awaiting_update', flags: action.flags.filter((f) => f !== 'proposed-for-closure'), updatedAt: at,
    latest: { status: 'awaiting_update', text, by: person.id, byName: person.name, at, revisedDue: null },
  };
  const entry: ActionUpdate = { kind: 'status', at, by: person.id, byName: person.name, source: 'chat', status: 'awaiting_update', text, revisedDue: null, changes: [{ field: 'status', from: 'complete', to: 'awaiting_update' }] };
  await deps.store.actions.record(stored, next, entry);
  await deps.store.chatMemories.write(person.id, { lastRecorded: { key: actionKey(next), at } });
  return next;
}
