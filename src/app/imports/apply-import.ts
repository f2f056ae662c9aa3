import { randomBytes } from 'crypto';
import { ChaserError } from '../../errors';
import type { Actor } from '../../domain/actor';
import type { Action } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import type { ActionId } from '../../domain/action';
import { actionKey, parseActionKey } from '../../domain/action';
import type { ImportRecord, NewAction, Store } from '../ports';
import type { ImportOptions, ImportPlan, PlannedAction } from './plan-import';
import type { BusinessCalendar } from '../../domain/business-days';
import { recordFoundMeetings } from '../meetings/record-found-meetings';
import { placeInSentence } from '../../import/place';

export interface ImportResult {
  created: number;
  changed: number;
  unchanged: number;
}

/** The document an import reads and how: kept in the import's journal so it can be finished or undone. */
export interface ImportSource {
  /** The import's id (`newImportId`): what `chaser import --undo` and the card's Undo button name. */
  id: string;
  content: Buffer;
  options: ImportOptions & { validOnly?: boolean };
}

/** How long a writer holds an import by default before another process may finish it (a 5 MB import takes well under a minute). */
export const IMPORT_HOLD_MS = 10 * 60_000;

/** A short id for a new import ("a3f9c2d1"): typed in `chaser import --undo`, so short and unambiguous. */
export function newImportId(): string {
  return randomBytes(4).toString('hex');
}

/** Refused: the plan has problems and the user did not ask to import only the valid rows. */
export class ImportRefusedError extends ChaserError {
  constructor(readonly plan: ImportPlan) {
    super('import-refused', `Nothing was imported from "${plan.fileName}": ${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'} to fix first.\n- ${plan.problems.map((p) => p.message).join('\n- ')}`);
  }
}

/**
 * Writes a plan: new actions with a "created" entry in their history, corrected ones with an "edited"
 * entry naming each change. Status and history of existing actions are kept. With problems, nothing is
 * written unless `validOnly` says to import the rows that are fine. The meetings the document tells of are
 * recorded (src/app/meetings/record-found-meetings.ts).
 *
 * Safe across a crash: before the first write the import is recorded in the journal (`Store.imports`)
 * with its document, the keys it will create and the fields it will correct; it is marked done after the
 * last. One cut short stays `writing` and is finished at the next start (finish-interrupted-imports.ts),
 * planned again as of its own time, which gives what a clean run gives. `resume` is that second run: the
 * journal entry exists, and every action it lists is indexed again.
 */
export async function applyImport(
  plan: ImportPlan, actor: Actor, deps: { store: Store; now: Date; calendar?: BusinessCalendar; paperDeadlineDays?: number; importHoldMs?: number },
  source: ImportSource, resume: ImportRecord | null = null,
): Promise<ImportResult> {
  if (plan.problems.length && !source.options.validOnly) throw new ImportRefusedError(plan);
  const result: ImportResult = { created: 0, changed: 0, unchanged: 0 };
  const at = deps.now.toISOString();
  const created: NewAction[] = [];
  // "Only the valid rows": a row with an error of its own (no lead, an impossible date) is left out.
  const faulty = new Set(plan.problems.map((p) => placeKey(p.place)).filter((k) => k !== '{}'));
  const rows = plan.rows.filter((row) => !faulty.has(placeKey(row.draft.place)));
  for (const row of rows) {
    if (row.outcome === 'new') created.push(newAction(row.action, row, actor, at, plan.fileName));
    else if (row.outcome === 'unchanged') result.unchanged++;
  }
  const corrected = rows.filter((row) => row.outcome === 'changed');
  if (!resume) {
    await deps.store.imports.begin({
      id: source.id, fileName: plan.fileName, by: actor.id, byName: actor.name, at, options: { ...source.options }, state: 'writing',
      heldUntil: new Date(deps.now.getTime() + (deps.importHoldMs ?? IMPORT_HOLD_MS)).toISOString(),
      created: created.map(({ action }) => actionKey(action)), changed: fieldsBefore(corrected), result: null, undone: null,
    }, source.content);
  }
  // New actions go in as few transactions as storage allows: one meeting's actions together. The journal
  // stands in for per-action index markers.
  await deps.store.actions.createMany(created, { journaled: true });
  result.created = created.length;
  for (const row of corrected) {
    const stored = await deps.store.actions.get(row.action);
    if (!stored) continue;
    await deps.store.actions.record(stored, { ...stored.action, ...pick(row.action), updatedAt: at }, entry(actor, at, { kind: 'edited', text: 'Corrected by a new import of the document.', changes: row.changes }));
    result.changed++;
  }
  if (resume) {
    // Actions written before the interruption may lack their index rows: created ones are listed in the
    // journal; a correction cut short between its write and its index left a marker, repaired here.
    await deps.store.actions.reindex(resume.created.map(parseActionKey).filter((id): id is ActionId => id !== null));
    await deps.store.actions.repairIndex();
    result.created = resume.created.length;
    result.changed = resume.changed.length;
    result.unchanged = Math.max(0, rows.length - result.created - result.changed);
  }
  // The document's own meeting and its "Date of next meeting" join the calendar.
  await recordFoundMeetings(plan.meetingsFound, actor, deps);
  await deps.store.imports.update(source.id, 'writing', { state: 'done', result });
  return result;
}

/** The fields an import will correct, as the plan read them from the register: what undo puts back. */
function fieldsBefore(rows: PlannedAction[]): ImportRecord['changed'] {
  return rows.filter((r) => r.before).map((r) => ({ key: actionKey(r.before!), before: { ...pick(r.before!) } }));
}

function newAction(action: Action, row: PlannedAction, actor: Actor, at: string, fileName: string): NewAction {
  const importedFrom = `"${fileName}", ${placeInSentence(row.draft.place)}`;
  // The document's own status and update come in as its latest update; words without a status are kept too.
  const latest = row.draft.status || row.draft.update
    ? { status: row.draft.status ?? action.status, text: row.draft.update ?? '', by: actor.id, byName: actor.name, at, revisedDue: null }
    : null;
  const history = [entry(actor, at, { kind: 'created', text: `Imported from ${importedFrom}.` })];
  if (latest) history.push(entry(actor, at, { kind: 'status', status: row.draft.status ?? null, text: latest.text }));
  return { action: { ...action, latest }, history };
}

/** The fields a document sets: what an import corrects and its undo restores. */
function pick(a: Action): Partial<Action> {
  const { text, timing, due, resolution, flags, milestones, superseded, lead, strand } = a;
  return { text, timing, due, resolution, flags, milestones, superseded, lead, strand };
}

function entry(actor: Actor, at: string, fields: Partial<ActionUpdate> & Pick<ActionUpdate, 'kind' | 'text'>): ActionUpdate {
  return { at, by: actor.id, byName: actor.name, source: 'import', status: null, revisedDue: null, changes: [], ...fields };
}

/** Where a problem or a draft was read, as one comparable key (line; table and row; sheet and row; page and line). */
function placeKey(place: { line?: number; row?: number; table?: number; sheet?: string; page?: number }): string {
  return JSON.stringify({ line: place.line, row: place.row, table: place.table, sheet: place.sheet, page: place.page });
}
