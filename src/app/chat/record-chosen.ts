import type { Action } from '../../domain/action';
import { parseActionKey } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import type { Clock } from '../../domain/clock';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { Logger } from '../../log';
import type { PendingClarification, Store } from '../ports';
import { recordStatusUpdate } from '../updates/record-status-update';

/**
 * Records a reply on the action the person chose (or confirmed) for a pending question, with the reply's
 * words kept whole; remembers it for "undo" and closes the question. The choice must be one offered.
 * @throws NotFoundError when the question has expired or was answered; InvalidInputError for a choice not offered
 */
export async function recordChosen(person: Actor, pendingId: string, chosenKey: string, deps: { store: Store; clock: Clock; log: Logger }): Promise<{ action: Action; pending: PendingClarification }> {
  const { pending } = await deps.store.chatMemories.read(person.id);
  if (!pending || pending.id !== pendingId || Date.parse(pending.expiresAt) < deps.clock.now().getTime()) {
    throw new NotFoundError('That question has already been answered or has expired, so nothing was recorded. Send your update again.');
  }
  const id = pending.candidates.includes(chosenKey) ? parseActionKey(chosenKey) : null;
  if (!id) throw new InvalidInputError('That action was not one of those offered, so nothing was recorded.');
  const { action, entry } = await recordStatusUpdate({ id, report: { status: pending.status, text: pending.text, revisedDue: pending.revisedDue }, actor: person, source: 'chat' }, deps);
  await deps.store.chatMemories.write(person.id, { pending: null, lastRecorded: { key: chosenKey, at: entry.at } });
  return { action, pending };
}
