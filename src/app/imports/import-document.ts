import type { Actor } from '../../domain/actor';
import { readDocument } from '../../import/read-document';
import { requireSecretariat } from '../access/require-secretariat';
import { ImportResult, applyImport, newImportId } from './apply-import';
import type { ImportDeps } from './hold-import';
import { ImportOptions, ImportPlan, planImport } from './plan-import';

export interface ImportRun {
  plan: ImportPlan;
  /** Null for a dry run, or when problems block the import. */
  result: ImportResult | null;
  /** The import's id when something was written (for `chaser import --undo`), else null. */
  importId: string | null;
  /** True when problems stopped it (and `validOnly` was not asked for). */
  blocked: boolean;
}

/**
 * `chaser import FILE`: read → plan against the register → write, unless it is a dry run or a problem
 * blocks it (nothing is written while any row has an error, unless only the valid rows are asked for).
 */
export async function importDocument(
  document: { fileName: string; content: Buffer }, options: ImportOptions & { dryRun?: boolean; validOnly?: boolean }, actor: Actor, deps: ImportDeps,
): Promise<ImportRun> {
  await requireSecretariat(actor, deps, 'import actions');
  const now = deps.clock.now();
  const plan = await planImport(await readDocument(document.fileName, document.content), options, { store: deps.store, calendar: deps.calendar, now, paperDeadlineDays: deps.paperDeadlineDays });
  const blocked = plan.problems.length > 0 && !options.validOnly;
  if (options.dryRun || blocked) return { plan, result: null, importId: null, blocked };
  const { dryRun: _dryRun, ...kept } = options;
  const source = { id: newImportId(), content: document.content, options: kept };
  const result = await applyImport(plan, actor, { store: deps.store, now, calendar: deps.calendar, paperDeadlineDays: deps.paperDeadlineDays, importHoldMs: deps.importHoldMs }, source);
  return { plan, result, importId: source.id, blocked };
}
