import type { Actor } from '../../domain/actor';
import type { BusinessCalendar } from '../../domain/business-days';
import type { Clock } from '../../domain/clock';
import { readDocument } from '../../import/read-document';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';
import { ImportPlan, planImport } from './plan-import';
import { newImportId } from './apply-import';

export interface ImportDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  /** CHASER_PAPER_DEADLINE_DAYS (default 7): timings tied to a known meeting are due this many days before it. */
  paperDeadlineDays?: number;
  /** CHASER_IMPORT_HOLD_SECONDS in ms (default 10 minutes): how long the writing process holds an import. */
  importHoldMs?: number;
}

export type HeldImport = { kind: 'held'; id: string; plan: ImportPlan } | { kind: 'too-large'; message: string };

/**
 * A document sent in Teams with "import": read and planned (nothing written to the register), then held
 * (gzipped, in PendingImports) until the secretariat presses Import on the preview, on any instance.
 * @throws NotAllowedError for anyone outside the secretariat; ImportError for an unreadable document
 */
export async function holdImport(document: { fileName: string; content: Buffer }, actor: Actor, deps: ImportDeps): Promise<HeldImport> {
  await requireSecretariat(actor, deps, 'import actions');
  const plan = await planImport(await readDocument(document.fileName, document.content), {}, { store: deps.store, calendar: deps.calendar, now: deps.clock.now(), paperDeadlineDays: deps.paperDeadlineDays });
  const id = newImportId();
  const held = await deps.store.pendingImports.save({ id, userId: actor.id, fileName: document.fileName, content: document.content, createdAt: deps.clock.now().toISOString() });
  if (!held) return { kind: 'too-large', message: `"${document.fileName}" is too large to hold for confirmation in Teams; import it with the CLI: npx chaser import FILE.` };
  return { kind: 'held', id, plan };
}
