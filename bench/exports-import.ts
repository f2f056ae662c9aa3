/**
 * Bench 5: the weekly digest's data (buildDigest over store.actions.listAll()) and the board paper
 * (boardPaperDocx) for 10,000 actions; import of an N-row CSV action log through readDocument →
 * planImport → applyImport into an empty register (10,000 rows; quick: 1,000).
 */
import type { TransactionAction } from '@azure/data-tables';
import type { Actor } from '../src/domain/actor';
import { buildDigest } from '../src/domain/digest';
import { boardPaperDocx } from '../src/export';
import { applyImport, newImportId } from '../src/app/imports/apply-import';
import { planImport } from '../src/app/imports/plan-import';
import { readDocument } from '../src/import/read-document';
import { BenchContext, benchStore } from './support/context';
import { generateRegister, registerCsvFile } from './support/generate';
import { loadRegister } from './support/load-register';
import { Report, int, ms } from './support/results';
import { round, timed } from './support/stats';
import { StorageCounter } from './support/storage-counter';

const SECRETARY: Actor = { id: 'aad-secretariat', name: 'Board Secretariat', aliases: [] };

export async function exportsBench(ctx: BenchContext): Promise<Report[]> {
  const report = new Report('5. digest, docx, import');

  // The digest and the board paper over a 10,000-action register.
  const size = 10_000;
  const prefix = ctx.prefix('d10000');
  const register = generateRegister({ size, seed: 10, today: ctx.today, remindersDue: 100, calendar: ctx.calendar });
  const counter = new StorageCounter();
  const store = benchStore(ctx, prefix, counter);
  await loadRegister(store, register.actions, 16);
  ctx.checkTime();
  counter.reset();
  const read = await timed(() => store.actions.listAll());
  const readRequests = counter.total;
  const digest = await timed(() => buildDigest({ asOf: ctx.today, actions: read.value, since: null, unreachableLeads: [], calendar: ctx.calendar }));
  const docx = await timed(() => boardPaperDocx({ digest: digest.value, actions: read.value, generatedAt: ctx.now }));
  report.add(`digest data @ ${int(size)} (listAll + buildDigest)`, `${ms(read.ms + digest.ms)} (read ${ms(read.ms)} in ${readRequests} requests, build ${ms(digest.ms)})`, '—', null,
    { readMs: round(read.ms), readRequests, buildMs: round(digest.ms) });
  report.add(`board paper docx @ ${int(size)}`, `${ms(docx.ms)} · ${int(docx.value.length / 1024)} KiB`, '—', null, { ms: round(docx.ms), bytes: docx.value.length });
  ctx.checkTime();

  // Import: a CSV action log, read, planned against the (empty) register, applied.
  const rows = ctx.quick ? 1_000 : 10_000;
  const source = generateRegister({ size: rows, seed: 11, today: ctx.today, remindersDue: 50, calendar: ctx.calendar });
  const csv = registerCsvFile(source.actions);
  const importCounter = new StorageCounter();
  const target = benchStore(ctx, ctx.prefix(`i${rows}`), importCounter);
  const now = ctx.now;
  const reading = await timed(() => readDocument('action-log.csv', csv));
  const plan = await timed(() => planImport(reading.value, {}, { store: target, calendar: ctx.calendar, now }));
  const planRequests = importCounter.total;
  importCounter.reset();
  const applied = await timed(() => applyImport(plan.value, SECRETARY, { store: target, now }, { id: newImportId(), content: csv, options: { validOnly: true } }));
  const applyRequests = importCounter.total;
  const total = reading.ms + plan.ms + applied.ms;
  report.add(
    `import ${int(rows)}-row CSV (${int(csv.length / 1024)} KiB)`,
    `${ms(total)} (read ${ms(reading.ms)} · plan ${ms(plan.ms)} · apply ${ms(applied.ms)}) · ${int(applied.value.created)} created · ${plan.value.problems.length} problems · ${int(planRequests + applyRequests)} requests`,
    '—', null,
    { rows, readMs: round(reading.ms), planMs: round(plan.ms), applyMs: round(applied.ms), created: applied.value.created, problems: plan.value.problems.length, planRequests, applyRequests },
  );
  report.details.digest = { actions: read.value.length, overdue: digest.value.overdue.length, dueSoon: digest.value.dueSoon.length, readRequests };
  report.details.import = { rows, bytes: csv.length, drafts: reading.value.drafts.length, problems: plan.value.problems.slice(0, 5), applyTally: importCounter.tally(), rowsPerSecond: round(rows / (applied.ms / 1000), 0) };
  const perRow = round((planRequests + applyRequests) / rows, 2);
  // Issue #17's goals: 10,000 rows in ≤ 3 s (≥ 3,333 rows/s), ≤ 0.1 storage requests per row.
  const rowsPerSecond = round(rows / (total / 1000), 0);
  report.add('import speed (read + plan + apply)', `${int(rowsPerSecond)} rows/s`, '≥ 3,333 rows/s (10,000 in ≤ 3 s)', rowsPerSecond >= 3_333, { rowsPerSecond });
  report.add('import storage requests per row', `${perRow}`, '≤ 0.1', perRow <= 0.1, { perRow });
  // The honest floor: Azurite writing the same number of entities, of the same mean size, in bare
  // 100-entity transactions, 4 at a time (no Chaser code at all).
  const floor = await azuriteFloor(ctx, ctx.prefix(`i${rows}`));
  report.add('import apply vs Azurite floor (same entities, bare batches)', `${ms(applied.ms)} vs ${ms(floor.ms)} for ${int(floor.entities)} entities (${round(applied.ms / floor.ms, 2)}×; floor ${int(floor.entities / (floor.ms / 1000))} entities/s)`, '—', null, { applyMs: round(applied.ms), floorMs: round(floor.ms), entities: floor.entities });
  report.note(`Import: ${perRow} storage requests per row (${Object.entries(importCounter.tally()).map(([k, v]) => `${v}× ${k}`).join(', ')}); applying alone runs at ${round(rows / (applied.ms / 1000), 0)} rows/s.`);
  return [report];
}

/** Writes as many entities as the import left (Actions, OpenActionsByDue, ActionsByNumber), of their mean size, in bare batches. */
async function azuriteFloor(ctx: BenchContext, importedPrefix: string): Promise<{ ms: number; entities: number }> {
  const imported = benchStore(ctx, importedPrefix);
  let entities = 0;
  let bytes = 0;
  for (const name of ['Actions', 'OpenActionsByDue', 'ActionsByNumber']) {
    for await (const e of imported.tables.existing(name).listEntities()) {
      entities++;
      bytes += JSON.stringify(e).length;
    }
  }
  const filler = 'x'.repeat(Math.max(0, Math.round(bytes / Math.max(1, entities)) - 80));
  const table = benchStore(ctx, ctx.prefix('floor')).tables.existing('Floor');
  await table.createTable();
  const batches = Array.from({ length: Math.ceil(entities / 100) }, (_, b) => Array.from({ length: Math.min(100, entities - b * 100) }, (_, i): TransactionAction => ['create', { partitionKey: `p${b}`, rowKey: String(i).padStart(3, '0'), text: filler }]));
  const started = performance.now();
  await Promise.all(Array.from({ length: 4 }, async () => {
    for (let batch = batches.shift(); batch; batch = batches.shift()) await table.submitTransaction(batch);
  }));
  return { ms: performance.now() - started, entities };
}
