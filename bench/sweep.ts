/**
 * Bench 3: the reminder sweep (RunningChaser.sweep, the real one) over a small and a big register with
 * the same 500 reminders due, sending through an in-process Messenger that answers at once.
 * Wall time and Azure Tables requests (counted at the wire) per sweep; the ledger is emptied between
 * runs so each run sends the same 500.
 */
import type { AzureStore } from '../src/store/store';
import type { RunningChaser } from '../src/chaser';
import type { Messenger, SendOutcome } from '../src/app/delivery/messenger';
import type { SweepReport } from '../src/app/reminders/send-due-reminders';
import { TABLES } from '../src/store/tables';
import { BenchContext, benchStore, startBenchChaser } from './support/context';
import { generateRegister } from './support/generate';
import { loadRegister, pool } from './support/load-register';
import { SECRETARIAT, seedPeople } from './support/people';
import { Report, int, ms } from './support/results';
import { round } from './support/stats';
import { StorageCounter } from './support/storage-counter';

const REMINDERS_DUE = 500;

/** A connector that answers at once: the sweep's own cost, nothing of Teams'. */
class InstantMessenger implements Messenger {
  sent = 0;
  async send(): Promise<SendOutcome> {
    this.sent++;
    return { ok: true, activityId: `activity-${this.sent}` };
  }
}

interface SizeResult {
  size: number;
  loadMs: number;
  runs: Array<{ ms: number; requests: number; messages: number }>;
  medianMs: number;
  requests: number;
  tally: Record<string, number>;
  reminders: number;
  escalations: number;
  outcomes: Record<string, number>;
}

interface Prepared {
  size: number;
  loadMs: number;
  store: AzureStore;
  chaser: RunningChaser;
  messenger: InstantMessenger;
  runs: SizeResult['runs'];
  last: SweepReport | null;
  tally: Record<string, number>;
}

export async function sweepBench(ctx: BenchContext): Promise<Report[]> {
  const report = new Report('3. reminder sweep');
  const large = ctx.quick ? 20_000 : 100_000;
  const rounds = ctx.quick ? 3 : 5;
  const wire = new StorageCounter();
  const stopWatching = wire.watchWire(ctx.azurite.port);
  const prepared: Prepared[] = [];
  try {
    for (const size of [1_000, large]) prepared.push(await prepare(ctx, size));
    // Rounds alternate the sizes, so a busy moment on the machine does not land on one size only.
    // The first round warms up (JIT, connections) and is not counted.
    for (let round = 0; round < rounds; round++) {
      ctx.checkTime();
      if (round >= 2 && ctx.timeUp()) break;
      const order = round % 2 === 0 ? prepared : [...prepared].reverse();
      for (const p of order) await sweepOnce(p, wire, round > 0);
    }
  } finally {
    stopWatching();
    for (const p of prepared) await p.chaser.stop();
  }
  const results = prepared.map(summary);
  const [small, big] = results as [SizeResult, SizeResult];
  for (const r of results) {
    report.add(
      `sweep @ ${int(r.size)} actions`,
      `${ms(r.medianMs)} · ${int(r.requests)} storage requests · ${r.reminders} reminders, ${r.escalations} escalations, ${r.runs[0]?.messages ?? 0} cards`,
      '—', null, { medianMs: round(r.medianMs), requests: r.requests, reminders: r.reminders },
    );
  }
  const ratio = round(big.medianMs / small.medianMs);
  report.add(`wall time ${int(big.size)} ÷ 1,000`, `${ratio}×`, '≤ 1.2×', ratio <= 1.2, { ratio });
  report.add(`storage requests ${int(big.size)} vs 1,000`, `${int(big.requests)} vs ${int(small.requests)}`, 'same', big.requests === small.requests, { small: small.requests, large: big.requests });
  if (small.reminders !== REMINDERS_DUE || big.reminders !== REMINDERS_DUE) {
    report.note(`The sweeps found ${small.reminders} and ${big.reminders} reminders due, not ${REMINDERS_DUE} each: the generator's live part is off.`);
  }
  const top = Object.entries(big.tally).slice(0, 3).map(([k, v]) => `${v}× ${k}`).join(', ');
  report.note(`A sweep's storage requests are mostly the once-only ledger (${top}): a claim insert and a settle per reminder and per escalation; reading the due-date index is 1 request at either size.`);
  report.details.sizes = results;
  report.details.roundsPlanned = rounds;
  report.details.method = 'rounds alternate the sizes; the first round is a warm-up; median of the others; the ledger is emptied between runs';
  return [report];
}

async function prepare(ctx: BenchContext, size: number): Promise<Prepared> {
  ctx.checkTime();
  const prefix = ctx.prefix(`s${size}`);
  const register = generateRegister({ size, seed: 500, today: ctx.today, remindersDue: REMINDERS_DUE, calendar: ctx.calendar });
  const store = benchStore(ctx, prefix);
  const loaded = await loadRegister(store, register.actions, 16);
  await seedPeople(store, { perLead: 2, now: ctx.now, conversations: true });
  ctx.progress(`  sweep: ${int(size)} actions loaded in ${ms(loaded.ms)} (${register.remindersDue} reminders due, ${register.open} open)`);
  const messenger = new InstantMessenger();
  const chaser = await startBenchChaser(ctx, prefix, { messenger, env: { CHASER_ADMINS: SECRETARIAT.aadObjectId } });
  return { size, loadMs: loaded.ms, store, chaser, messenger, runs: [], last: null, tally: {} };
}

async function sweepOnce(p: Prepared, wire: StorageCounter, counted: boolean): Promise<void> {
  if (p.last) await emptyLedger(p.store);
  p.messenger.sent = 0;
  wire.reset();
  const started = performance.now();
  const report = await p.chaser.sweep();
  const took = performance.now() - started;
  if (report.skipped) throw new Error(`the sweep was skipped: ${report.skipped}`);
  p.last = report;
  if (!counted) return;
  p.runs.push({ ms: round(took), requests: wire.total, messages: p.messenger.sent });
  p.tally = wire.tally();
}

function summary(p: Prepared): SizeResult {
  const sorted = p.runs.map((r) => r.ms).sort((a, b) => a - b);
  const outcomes: Record<string, number> = {};
  for (const r of p.last?.reminders ?? []) outcomes[r.outcome] = (outcomes[r.outcome] ?? 0) + 1;
  return {
    size: p.size,
    loadMs: round(p.loadMs),
    runs: p.runs,
    medianMs: sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2,
    requests: p.runs[p.runs.length - 1]?.requests ?? 0,
    tally: p.tally,
    reminders: p.last?.reminders.length ?? 0,
    escalations: p.last?.escalations.length ?? 0,
    outcomes,
  };
}


/** Deletes every ledger row, so the next sweep claims and sends the same reminders again. */
async function emptyLedger(store: AzureStore): Promise<void> {
  const ledger = await store.tables.table(TABLES.deliveries);
  const keys: Array<{ partitionKey: string; rowKey: string }> = [];
  for await (const e of ledger.listEntities({ queryOptions: { select: ['PartitionKey', 'RowKey'] } })) keys.push({ partitionKey: e.partitionKey!, rowKey: e.rowKey! });
  await pool(keys, 8, async (k) => {
    await ledger.deleteEntity(k.partitionKey, k.rowKey);
  });
}
