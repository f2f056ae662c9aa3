import type { Actor } from '../../domain/actor';
import { readDocument } from '../../import/read-document';
import { requireSecretariat } from '../access/require-secretariat';
import type { GivenSettings } from './given-settings';
import type { ImportDeps } from './hold-import';
import { ImportPlan, planImport } from './plan-import';

export type RereadImport = { kind: 'held'; id: string; plan: ImportPlan } | { kind: 'gone'; message: string };

/**
 * "Read again" on a Teams preview: the held document is planned again with what the secretariat gave
 * (the board's name, the meeting date) and held again under the same id. Nothing is written to the register.
 * @throws NotAllowedError for anyone outside the secretariat
 */
export async function rereadImport(id: string, given: GivenSettings, actor: Actor, deps: ImportDeps): Promise<RereadImport> {
  await requireSecretariat(actor, deps, 'import actions');
  const pending = await deps.store.pendingImports.take(actor.id, id);
  if (!pending) return { kind: 'gone', message: 'This preview has already been used or cancelled. Send the document again with "import".' };
  await deps.store.pendingImports.save(pending);
  const plan = await planImport(await readDocument(pending.fileName, pending.content), given, { store: deps.store, calendar: deps.calendar, now: deps.clock.now(), paperDeadlineDays: deps.paperDeadlineDays });
  return { kind: 'held', id: pending.id, plan };
}
