import { actionReference, statusWords } from '../../domain/action';
import type { ImportResult } from '../../app/imports/apply-import';
import type { ImportPlan } from '../../app/imports/plan-import';
import type { CliIo } from '../cli-io';
import { formatTable } from '../format-table';
import { describePlace, placeInSentence } from '../../import/place';

/**
 * The `--json` shape: file, board, meetingDate, actions (ref as the board writes it, number, the action's own meeting
 * date, text, timing, lead, due, how it was read, status (the register's, as the import leaves it), documentStatus
 * (the status the document gives, null when none), update (narrative kept from a status or comment cell), flags, superseded dates, and where it was read: `source`
 * with line, or table/sheet and row as Word and Excel count them, or page and line in a PDF), suggestions, problems, warnings.
 */
export function importPlanJson(plan: ImportPlan) {
  return {
    file: plan.fileName,
    board: plan.board,
    meetingDate: plan.meetingDate,
    actions: plan.rows.map(({ draft, action, outcome, changes }) => ({
      ref: action.ref, number: action.number, meetingDate: action.meetingDate, text: action.text, timing: action.timing, lead: action.lead, due: action.due,
      resolution: action.resolution, status: action.status, documentStatus: draft.status ?? null, update: draft.update ?? null,
      flags: action.flags, milestones: action.milestones, superseded: action.superseded, outcome, changes,
      source: { place: describePlace(draft.place), ...draft.place },
    })),
    // `line` for a text file; `source` names the place as the actions' does (a Word table's row, a PDF's page and line).
    suggestions: plan.suggestions.map((s) => ({ text: s.text, lead: s.lead, line: s.place.line ?? null, source: { place: describePlace(s.place), ...s.place } })),
    problems: plan.problems.map((p) => p.message),
    warnings: plan.warnings.map((p) => p.message),
    unmappedLeads: plan.unmappedLeads,
  };
}

/** The preview table a secretariat officer checks before (or after) the import. */
export function printPlan(plan: ImportPlan, io: CliIo, state: { dryRun: boolean; blocked: boolean; result: ImportResult | null; importId?: string | null }): void {
  io.out(`${plan.board ?? '(board not found)'} — meeting of ${plan.meetingDate ?? '(date not found)'} — ${plan.fileName}\n`);
  if (plan.rows.length) {
    io.out(formatTable(
      ['From', 'Ref', 'Meeting', 'Lead', 'Timing as written', 'Due', 'Read', 'Status', 'Flags', 'Change'],
      plan.rows.map(({ draft, action, outcome, changes, statusNotApplied }) => [
        describePlace(draft.place), action.ref, action.meetingDate, action.lead, action.timing || '—', action.due ?? 'none', action.resolution,
        statusNotApplied ? `${statusWords(statusNotApplied.recorded)} (document: ${statusWords(statusNotApplied.document)})` : statusWords(action.status),
        [...action.flags, ...action.milestones.map((m) => `then ${m}`)].join(', '),
        outcome === 'changed' ? `changed: ${changes.map((c) => c.field).join(', ')}` : outcome,
      ]),
      44,
    ));
  }
  const kept = plan.rows.filter((r) => r.statusNotApplied);
  for (const r of kept) io.out(`Note: ${actionReference(r.action)} is ${statusWords(r.statusNotApplied!.recorded)} in Chaser but ${statusWords(r.statusNotApplied!.document)} in the document; statuses are not overwritten by imports (use chaser update).`);
  if (plan.suggestions.length) {
    io.out(`\n${plan.suggestions.length} decision${plan.suggestions.length === 1 ? '' : 's'} in the prose that may be actions (not imported; add --include-suggested to import them):`);
    for (const s of plan.suggestions) io.out(`  - ${describePlace(s.place) !== 'The document' ? `${placeInSentence(s.place)}: ` : ''}${s.text}`);
  }
  if (plan.warnings.length) {
    io.out(`\nTo check (these do not stop the import):`);
    for (const w of plan.warnings) io.out(`  - ${w.message}`);
  }
  if (plan.problems.length) {
    io.err(`\n${plan.problems.length} problem${plan.problems.length === 1 ? '' : 's'}:`);
    for (const p of plan.problems) io.err(`  - ${plan.fileName}: ${p.message}`);
  }
  if (state.dryRun) io.out('\nDry run: nothing was written.');
  else if (state.blocked) io.err('\nNothing was imported. Fix the problems, or add --valid-only to import the rows that are fine.');
  else if (state.result) {
    io.out(`\nImported: ${state.result.created} new, ${state.result.changed} corrected, ${state.result.unchanged} unchanged.`);
    if (state.importId) io.out(`Import ${state.importId}. To take it back while no lead has updated its actions: chaser import --undo ${state.importId}`);
  }
  // Quoted: a lead may hold a comma ("Service Manager, Reablement"), and is given so to chaser leads set.
  if (plan.unmappedLeads.length) io.out(`Leads nobody answers for yet: ${plan.unmappedLeads.map((l) => `"${l}"`).join(', ')}. Map them with: chaser leads set "<lead>" <user...>`);
}
