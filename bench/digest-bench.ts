import type { AzureStore } from '../src/store/store';
/**
 * Times the weekly digest's data on a generated register in an in-memory Azurite:
 * `npx tsx bench/digest-bench.ts [actions] [changed]` (default 10000 actions, 500 of them updated this week).
 * Prints the time and storage requests of each step, then lengthens every changed action's history and
 * shows the requests do not grow with it.
 */
import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { TransactionAction } from '@azure/data-tables';
import { digestCard } from '../src/cards/digest-card';
import { cardBytes } from '../src/cards/render';
import type { Action, Status } from '../src/domain/action';
import { STATUSES, isOpen } from '../src/domain/action';
import { englandAndWalesCalendar } from '../src/domain/business-days';
import { addDays } from '../src/domain/calendar-date';
import { fixedClock } from '../src/domain/clock';
import { buildDigest, snapshotOf } from '../src/domain/digest';
import { buildWeeklyDigest } from '../src/app/digest/build-weekly-digest';
import { actionKeys, openIndexKeys, toPersistence } from '../src/store/action-mapper';
import { freePort, startEmbeddedAzurite } from '../src/store/embedded-azurite';
import { openStore } from '../src/store/store';
import { TABLES } from '../src/store/tables';
import { seededRandom as seeded } from '../src/domain/seeded-random';

const AS_OF_INSTANT = '2022-05-09T07:59:00Z'; // Monday 9 May 2022, 08:59 London
const LAST_MONDAY = Date.parse('2022-05-02T07:00:00Z');
const LEADS = ['MPS', 'MOPAC', 'AC Ephgrave', 'DMPC', 'Commander Dales', 'Secretariat'];
const WORDS = 'the MPS MOPAC will review publish data board community engagement training recruitment officers report strand pilot handbook stop search safeguarding BCU quarterly progress update'.split(' ');

/** `n` actions over fortnightly meetings; the first `changed` were updated this week (after last Monday 08:00). */
function generate(n: number, changed: number): Action[] {
  const rnd = seeded(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = (words: number): string => `${Array.from({ length: words }, () => pick(WORDS)).join(' ')}.`;
  const perMeeting = Math.max(1, Math.ceil(n / 52));
  return Array.from({ length: n }, (_, i) => {
    const meetingDate = addDays('2020-05-07', 14 * Math.floor(i / perMeeting));
    const status: Status = i < changed ? pick(STATUSES.filter((s) => s !== 'awaiting_update')) : pick(STATUSES);
    const at = i < changed ? new Date(LAST_MONDAY + 3_600_000 + Math.floor(rnd() * 4 * 86_400_000)) : new Date(Date.parse(`${meetingDate}T09:00:00Z`) + 86_400_000);
    const due = rnd() < 0.1 ? null : addDays(meetingDate, 7 + Math.floor(rnd() * 120));
    const latest = status === 'awaiting_update' ? null : { status, text: sentence(25), by: 'u1', byName: pick(LEADS), at: at.toISOString(), revisedDue: null };
    return {
      boardCode: 'OB', board: 'MOPAC MPS Oversight Board', meetingDate, number: (i % perMeeting) + 1, text: sentence(30), timing: due ? `By ${due}` : 'Ongoing',
      due, resolution: due ? 'exact' : 'none', flags: [], milestones: [], superseded: [], ref: '', lead: pick(LEADS), strand: null, status, latest,
      createdAt: `${meetingDate}T12:00:00.000Z`, updatedAt: latest?.at ?? `${meetingDate}T12:00:00.000Z`,
    };
  });
}

/** The register in transactions of 100 per partition (the bench's set-up, not what it measures). */
async function load(store: AzureStore, actions: Action[]): Promise<void> {
  const groups = new Map<string, { table: typeof TABLES.actions | typeof TABLES.openActionsByDue; rows: TransactionAction[] }>();
  const add = (table: typeof TABLES.actions | typeof TABLES.openActionsByDue, keys: { partitionKey: string; rowKey: string }, a: Action) => {
    const group = groups.get(`${table}|${keys.partitionKey}`) ?? { table, rows: [] };
    group.rows.push(['create', { ...toPersistence(a, keys) }]);
    groups.set(`${table}|${keys.partitionKey}`, group);
  };
  for (const a of actions) {
    add(TABLES.actions, actionKeys(a), a);
    if (isOpen(a)) add(TABLES.openActionsByDue, openIndexKeys(a), a);
  }
  for (const { table, rows } of groups.values()) {
    const client = await store.tables.table(table);
    for (let i = 0; i < rows.length; i += 100) await client.submitTransaction(rows.slice(i, i + 100));
  }
}

/** `entries` older status updates for each action (before last Monday), plus its latest one. */
async function addHistory(store: AzureStore, actions: Action[], entries: number, stamp: number): Promise<void> {
  await Promise.all(actions.map(async (a) => {
    for (let k = 0; k < entries; k++) {
      const at = new Date(LAST_MONDAY - (stamp + k + 1) * 3_600_000).toISOString();
      const stored = (await store.actions.get(a))!;
      await store.actions.record(stored, stored.action, { kind: 'status', at, by: 'u1', byName: 'Lead', source: 'chat', status: 'on_track', text: `Earlier update ${k}`, revisedDue: null, changes: [] });
    }
  }));
}

async function main(): Promise<void> {
  const [n = 10_000, changed = 500] = process.argv.slice(2).map(Number).filter((x) => x > 0);
  const azurite = await startEmbeddedAzurite({ port: await freePort() });
  let requests = 0;
  const counter: PipelinePolicy = { name: 'count', sendRequest: (req, next) => { requests++; return next(req); } };
  const store = openStore({ kind: 'connection-string', connectionString: azurite.connectionString }, 'bench', { policies: [counter] });
  const calendar = englandAndWalesCalendar();
  const deps = { store, clock: fixedClock(AS_OF_INSTANT), calendar };
  try {
    const actions = generate(n, changed);
    await load(store, actions);
    await addHistory(store, actions.slice(0, changed), 2, 0);
    console.log(`${n} actions, ${changed} updated this week, node ${process.version}`);
    const step = async <T>(label: string, run: () => Promise<T> | T): Promise<T> => {
      requests = 0;
      const started = process.hrtime.bigint();
      const out = await run();
      console.log(`  ${label.padEnd(58)} ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(0).padStart(6)} ms  ${String(requests).padStart(4)} requests`);
      return out;
    };
    await buildWeeklyDigest(deps); // warm-up: module loading, JIT, table creation
    await step('pure buildDigest (in memory, no storage)', () => buildDigest({ asOf: '2022-05-09', actions, since: { at: new Date(LAST_MONDAY).toISOString(), previousStatusOf: () => 'on_track' }, unreachableLeads: [], calendar }));
    const first = await step('digest data, no snapshot (history at last Monday 08:00)', () => buildWeeklyDigest(deps));
    await addHistory(store, actions.slice(0, changed), 10, 2);
    await step('  …again, each changed action with 10 more history entries', () => buildWeeklyDigest(deps));
    await step('store the snapshot', () => store.digests.saveSnapshot(snapshotOf(first.actions, new Date(AS_OF_INSTANT))));
    const weekly = await step('digest data with the last digest\'s snapshot', () => buildWeeklyDigest(deps));
    await step('digest data for one lead (MPS)', () => buildWeeklyDigest(deps, { lead: 'MPS' }));
    const card = digestCard(weekly.digest, { comparedWith: weekly.comparedWith, generatedAt: new Date(AS_OF_INSTANT) });
    console.log(`  digest card: ${(cardBytes(card) / 1024).toFixed(1)} KB (Teams' limit ~28 KB); changes found: ${first.digest.changes.length}`);
  } finally {
    await azurite.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
