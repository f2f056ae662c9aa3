import { ChaserError } from '../../errors';
import type { Actor } from '../../domain/actor';
import type { Action } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import type { NewAction, Store } from '../ports';
import type { ImportPlan, PlannedAction } from './plan-import';
import type { BusinessCalendar } from '../../domain/business-days';
import { recordFoundMeetings } from '../meetings/record-found-meetings';

export interface ImportResult {
  created: number;
  changed: number;
  unchanged: number;
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
 */
export async function applyImport(
  plan: ImportPlan, actor: Actor, deps: { store: Store; now: Date; calendar?: BusinessCalendar; paperDeadlineDays?: number }, options: { validOnly?: boolean } = {},
): Promise<ImportResult> {
  if (plan.problems.length && !options.validOnly) throw new ImportRefusedError(plan);
  const result: ImportResult = { created: 0, changed: 0, unchanged: 0 };
  const at = deps.now.toISOString();
  const created: NewAction[] = [];
  for (const row of plan.rows) {
    if (row.outcome === 'new') created.push(newAction(row.action, row, actor, at));
    else if (row.outcome === 'unchanged') result.unchanged++;
  }
  // New actions go in as few transactions as storage allows: one meeting's actions together.
  await deps.store.actions.createMany(created);
  result.created = created.length;
  for (const row of plan.rows) {
    if (row.outcome !== 'changed') continue;
    const stored = await deps.store.actions.get(row.action);
    if (!stored) continue;
    await deps.store.actions.record(stored, { ...stored.action, ...pick(row.action), updatedAt: at }, entry(actor, at, { kind: 'edited', text: 'Corrected by a new import of the document.', changes: row.changes }));
    result.changed++;
  }
  // The document's own meeting and its "Date of next meeting" join the calendar.
  await recordFoundMeetings(plan.meetingsFound, actor, deps);
  return result;
}

function newAction(action: Action, row: PlannedAction, actor: Actor, at: string): NewAction {
  // The document's own status and update come in as its latest update; words without a status are kept too.
  const latest = row.draft.status || row.draft.update
    ? { status: row.draft.status ?? action.status, text: row.draft.update ?? '', by: actor.id, byName: actor.name, at, revisedDue: null }
    : null;
  const history = [entry(actor, at, { kind: 'created', text: `Imported from ${row.draft.place.row ? 'the register' : 'the document'}.` })];
  if (latest) history.push(entry(actor, at, { kind: 'status', status: row.draft.status ?? null, text: latest.text }));
  return { action: { ...action, latest }, history };
}

function pick(a: Action): Partial<Action> {
  const { text, timing, due, resolution, flags, milestones, superseded, lead, strand } = a;
  return { text, timing, due, resolution, flags, milestones, superseded, lead, strand };
}

function entry(actor: Actor, at: string, fields: Partial<ActionUpdate> & Pick<ActionUpdate, 'kind' | 'text'>): ActionUpdate {
  return { at, by: actor.id, byName: actor.name, source: 'import', status: null, revisedDue: null, changes: [], ...fields };
}
