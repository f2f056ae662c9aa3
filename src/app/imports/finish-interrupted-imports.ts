import { readDocument } from '../../import/read-document';
import type { ImportRecord } from '../ports';
import { IMPORT_HOLD_MS, applyImport } from './apply-import';
import type { ImportDeps } from './hold-import';
import { planImport } from './plan-import';
import { finishUndo } from './undo-import';

/** What became of one import found cut short. */
export interface InterruptedImport {
  id: string;
  fileName: string;
  /** `finished` (written to the end), `undone` (an undo finished), `held` (its writer may still be at work: left). */
  outcome: 'finished' | 'undone' | 'held';
}

/**
 * At start (server and CLI): every import left `writing` or `undoing` by a process that stopped is
 * finished. An import is planned again from its own document as of its own time and the rest written,
 * which ends where a clean run ends; an undo is run again (it is idempotent). One still held by its
 * writer (`heldUntil` in the future) is left alone. Claiming is by ETag, so two instances starting
 * together do not both finish the same import.
 * @throws storage errors (the caller logs them; the next start tries again)
 */
export async function finishInterruptedImports(deps: ImportDeps): Promise<InterruptedImport[]> {
  const now = deps.clock.now();
  const outcomes: InterruptedImport[] = [];
  for (const head of await deps.store.imports.unfinished()) {
    const claimed = new Date(head.heldUntil) <= now
      && await deps.store.imports.update(head.id, head.state, { heldUntil: new Date(now.getTime() + (deps.importHoldMs ?? IMPORT_HOLD_MS)).toISOString() }, now);
    if (!claimed) {
      outcomes.push({ id: head.id, fileName: head.fileName, outcome: 'held' });
      continue;
    }
    const record = await deps.store.imports.get(head.id);
    if (!record) continue;
    if (record.state === 'undoing') {
      await finishUndo(record, { id: record.undone?.by ?? record.by, name: record.undone?.byName ?? record.byName }, deps);
      outcomes.push({ id: record.id, fileName: record.fileName, outcome: 'undone' });
    } else {
      await finishWriting(record, deps);
      outcomes.push({ id: record.id, fileName: record.fileName, outcome: 'finished' });
    }
  }
  return outcomes;
}

async function finishWriting(record: ImportRecord, deps: ImportDeps): Promise<void> {
  const content = await deps.store.imports.document(record.id);
  if (!content) throw new Error(`import ${record.id}: its document is missing from the journal`);
  const at = new Date(record.at);
  const options = record.options as { validOnly?: boolean };
  const plan = await planImport(await readDocument(record.fileName, content), record.options, { store: deps.store, calendar: deps.calendar, now: at, paperDeadlineDays: deps.paperDeadlineDays });
  await applyImport(plan, { id: record.by, name: record.byName }, { store: deps.store, now: at, calendar: deps.calendar, paperDeadlineDays: deps.paperDeadlineDays, importHoldMs: deps.importHoldMs }, { id: record.id, content, options }, record);
}
