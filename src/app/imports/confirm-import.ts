import type { Actor } from '../../domain/actor';
import { readDocument } from '../../import/read-document';
import { requireSecretariat } from '../access/require-secretariat';
import { ImportResult, applyImport } from './apply-import';
import type { GivenSettings } from './given-settings';
import type { ImportDeps } from './hold-import';
import { planImport } from './plan-import';

export type ConfirmedImport = { kind: 'imported'; importId: string; fileName: string; result: ImportResult; unmappedLeads: string[] } | { kind: 'gone'; message: string };

/**
 * "Import" pressed on a preview: the held document is read and planned again against the register as it
 * is now (someone may have imported since), then written; the held copy is dropped once written.
 * `mode`: 'valid' imports only the rows without problems, 'suggested' adds the prose decisions; `given`: the
 * board's name and meeting date the secretariat gave for a document that does not say them.
 */
export async function confirmImport(id: string, mode: string | undefined, actor: Actor, deps: ImportDeps, given: GivenSettings = {}): Promise<ConfirmedImport> {
  await requireSecretariat(actor, deps, 'import actions');
  const pending = await deps.store.pendingImports.take(actor.id, id);
  if (!pending) return { kind: 'gone', message: 'This preview has already been used or cancelled. Send the document again with "import".' };
  const now = deps.clock.now();
  const options = { ...given, includeSuggested: mode === 'suggested', validOnly: mode === 'valid' };
  const plan = await planImport(await readDocument(pending.fileName, pending.content), options, { store: deps.store, calendar: deps.calendar, now, paperDeadlineDays: deps.paperDeadlineDays });
  // The preview's id becomes the import's: pressing Import twice finds the first import recorded (409).
  const result = await applyImport(plan, actor, { store: deps.store, now, calendar: deps.calendar, paperDeadlineDays: deps.paperDeadlineDays, importHoldMs: deps.importHoldMs }, { id: pending.id, content: pending.content, options });
  await deps.store.pendingImports.remove(actor.id, pending.id);
  return { kind: 'imported', importId: pending.id, fileName: pending.fileName, result, unmappedLeads: plan.unmappedLeads };
}

/** "Cancel" on a preview: the held document is dropped; nothing was imported. */
export async function cancelImport(id: string, actor: Actor, deps: Pick<ImportDeps, 'store'>): Promise<void> {
  await deps.store.pendingImports.remove(actor.id, id);
}
