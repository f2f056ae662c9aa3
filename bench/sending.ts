/**
 * Bench 4: proactive sending at Teams' limit, by one instance and by three at once. Each instance is the real
 * createProactiveMessenger over a real CloudAdapter (no app id), its pacer claiming send slots from the
 * shared budget in the bench's Azurite (a store of its own per instance, over the same tables, as App Service
 * instances would have). All of them send to ONE connector stand-in that enforces Teams' limits across them
 * (7/s per conversation, 50/s per app, 429 with Retry-After past them). One reminder card each to N users,
 * sent as the sweep sends: PARALLEL_PEOPLE people at a time per instance.
 */
import * as os from 'os';
import { monitorEventLoopDelay } from 'perf_hooks';
import { reminderCard } from '../src/cards/reminder-card';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/log';
import { createAdapter } from '../src/teams/adapter';
import { PARALLEL_PEOPLE } from '../src/app/reminders/send-reminder-cards';
import { createProactiveMessenger } from '../src/teams/proactive-messenger';
import { TABLES } from '../src/store/tables';
import type { Messenger } from '../src/app/delivery/messenger';
import { ThrottlingConnector, startThrottlingConnector } from './connector-standin';
import { BenchContext, benchStore } from './support/context';
import { generateRegister } from './support/generate';
import { Person, conversationOf } from './support/people';
import { Report, int } from './support/results';
import { round } from './support/stats';
import { StorageCounter } from './support/storage-counter';

const LIMITS = { perConversation: 7, perApp: 50, retryAfterSeconds: 1 };
/** How often the event loop's delay is sampled, ms. */
const LOOP_SAMPLE_MS = 10;
/** The goal: this share of the limit delivered, nothing lost, nothing twice. */
const GOAL_SHARE = 0.95;

interface SendRun {
  instances: number;
  messages: number;
  perSecond: number;
  seconds: number;
  rate: number;
  /** `rate` as a percentage of the connector's app limit. */
  percentOfLimit: number;
  delivered: number;
  lost: number;
  duplicates: number;
  failedOutcomes: number;
  throttled: { app: number; conversation: number };
  peakAcceptedInOneSecond: number;
  /** How late this process's event loop ran timers (ms, p50 · p99 · max): every instance and the connector stand-in share it, so a late loop is late sends and late arrivals. */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
  /** CPU time of this process per message sent (ms, user + system). */
  cpuMsPerSend: number;
  /** Requests to the storage account for the shared budget, all instances together. */
  budgetRequests: number;
  budgetRequestsPerSend: number;
  budgetRequestsByKind: Record<string, number>;
}

export async function sendingBench(ctx: BenchContext): Promise<Report[]> {
  const report = new Report('4. sending');
  const connector = await startThrottlingConnector(LIMITS);
  const goal = `≥ ${GOAL_SHARE * 100}% of the limit, 0 lost, 0 duplicates`;
  const met = (r: SendRun) => r.rate >= GOAL_SHARE * LIMITS.perApp && r.lost === 0 && r.duplicates === 0;
  try {
    const n = ctx.quick ? 400 : 2_000;
    const one = await sendAll(ctx, connector, { instances: 1, messages: n, perSecond: LIMITS.perApp });
    report.add(`${int(n)} reminders to ${int(n)} users, 1 instance paced at the limit (${LIMITS.perApp}/s)`, describe(one), goal, met(one), flat(one));

    connector.reset();
    const three = await sendAll(ctx, connector, { instances: 3, messages: n, perSecond: LIMITS.perApp });
    report.add(`${int(n)} reminders to ${int(n)} users, 3 instances at once sharing the limit (${LIMITS.perApp}/s)`, describe(three), goal, met(three), flat(three));

    // Chaser's default pacing (CHASER_SEND_PER_SECOND), which deliberately stays well below the limit.
    const configured = loadConfig({}).sendPerSecond;
    const k = ctx.quick ? 45 : 300;
    connector.reset();
    const atDefault = await sendAll(ctx, connector, { instances: 1, messages: k, perSecond: configured });
    report.add(`${int(k)} reminders, default pacing (CHASER_SEND_PER_SECOND=${configured})`, describe(atDefault), '—', null, flat(atDefault));

    report.note(
      `Sending at the limit: the instances claim send slots from one row in the storage account (a quarter second's worth per claim, If-Match; a 412 re-reads). ` +
      `1 instance: ${one.budgetRequests} storage requests for ${int(one.messages)} sends (${requestsText(one)}); ` +
      `3 instances: ${three.budgetRequests} (${requestsText(three)}); peak ${three.peakAcceptedInOneSecond} accepted in one second across the three.`,
    );
    report.note(
      `Every instance and the connector stand-in run in this one process (${one.cpuMsPerSend} ms CPU per send), so its event loop's delay is late sends and late arrivals: ` +
      `p50 · p99 · max ${loopText(one)} ms (1 instance), ${loopText(three)} ms (3 instances), load average ${os.loadavg()[0]!.toFixed(1)}. ` +
      `A send woken more than one slot (≈ 20 ms) late gives its slot up rather than crowd the next, and a late arrival can tip Teams' sliding window (the 429s).`,
    );
    report.details.limits = LIMITS;
    report.details.runs = { one, three, atDefault };
    return [report];
  } finally {
    await connector.stop();
  }
}

/** `messages` cards to as many users, split evenly between `instances` messengers sending at once. */
async function sendAll(ctx: BenchContext, connector: ThrottlingConnector, run: { instances: number; messages: number; perSecond: number }): Promise<SendRun> {
  const { instances, messages: n, perSecond } = run;
  const prefix = ctx.prefix(`send${instances}x${n}`);
  const counter = new StorageCounter(prefix);
  const stores = Array.from({ length: instances }, () => benchStore(ctx, prefix, counter));
  // A running instance has its tables open already (the sweep took its lease in the same table): not timed.
  await Promise.all(stores.map((store) => store.tables.table(TABLES.leases)));
  counter.reset();
  const messengers: Messenger[] = stores.map((store) => {
    const adapter = createAdapter({ appId: undefined, appPassword: undefined, appTenantId: undefined, appType: 'SingleTenant' });
    return createProactiveMessenger(adapter, '', silentLogger, { perSecond, budget: store.sendBudget, attempts: 4, backoffMs: 500 });
  });
  const { actions } = generateRegister({ size: n, seed: 4, today: ctx.today, remindersDue: 1, calendar: ctx.calendar });
  const people: Person[] = Array.from({ length: n }, (_, i) => ({ id: `user-send-${i}`, aadObjectId: `aad-send-${i}`, name: `Recipient ${i + 1}` }));
  const messages = people.map((p, i) => {
    const action = actions[i % actions.length]!;
    const card = reminderCard({
      title: 'An action needs your update',
      subtitle: `For ${action.lead}: 1 overdue. Choose a status, add a line, and send — it goes straight into the register.`,
      items: [{ action, headline: 'Overdue by 5 business days', overdue: true }],
      refreshUserIds: [p.aadObjectId],
    });
    return { conversation: conversationOf(p, connector.url, ctx.now), message: { text: `Chaser: ${action.number} (Overdue by 5 business days)`, card } };
  });
  let failedOutcomes = 0;
  const loop = monitorEventLoopDelay({ resolution: LOOP_SAMPLE_MS });
  loop.enable();
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(messengers.map(async (messenger, m) => {
    // Instance m sends every instances-th message, PARALLEL_PEOPLE at a time, as its sweep would.
    const mine = messages.filter((_, i) => i % instances === m);
    let next = 0;
    await Promise.all(Array.from({ length: PARALLEL_PEOPLE }, async () => {
      for (let i = next++; i < mine.length; i = next++) {
        if (i % 100 === 0) ctx.checkTime();
        const outcome = await messenger.send(mine[i]!.conversation, mine[i]!.message);
        if (!outcome.ok) failedOutcomes++;
      }
    }));
  }));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  loop.disable();
  const counts = [...connector.delivered.values()];
  const delivered = counts.length;
  const rate = round(connector.acceptedAt.length / seconds, 1);
  return {
    instances,
    messages: n,
    perSecond,
    seconds: round(seconds),
    rate,
    percentOfLimit: round((100 * rate) / LIMITS.perApp, 1),
    delivered,
    lost: n - delivered,
    duplicates: counts.reduce((s, c) => s + c - 1, 0),
    failedOutcomes,
    throttled: { ...connector.throttled },
    peakAcceptedInOneSecond: peak(connector.acceptedAt),
    eventLoopDelayMs: { p50: lateBy(loop.percentile(50)), p99: lateBy(loop.percentile(99)), max: lateBy(loop.max) },
    cpuMsPerSend: round((cpu.user + cpu.system) / 1000 / n, 2),
    budgetRequests: counter.total,
    budgetRequestsPerSend: round(counter.total / n, 3),
    budgetRequestsByKind: counter.tally(),
  };
}

function describe(r: SendRun): string {
  return `${r.rate}/s (${r.percentOfLimit}% of ${LIMITS.perApp}/s) · 429s ${r.throttled.app + r.throttled.conversation} · delivered ${int(r.delivered)}/${int(r.messages)} · lost ${r.lost} · duplicates ${r.duplicates} · ${r.budgetRequestsPerSend} storage requests per send`;
}

/** The histogram holds the time between samples (ns): how late a sample came is that less the sampling interval. */
function lateBy(ns: number): number {
  return round(Math.max(0, ns / 1e6 - LOOP_SAMPLE_MS), 1);
}

function loopText(r: SendRun): string {
  return `${r.eventLoopDelayMs.p50} · ${r.eventLoopDelayMs.p99} · ${r.eventLoopDelayMs.max}`;
}

function requestsText(r: SendRun): string {
  return Object.entries(r.budgetRequestsByKind).map(([kind, count]) => `${count}× ${kind}`).join(', ');
}

function peak(times: readonly number[]): number {
  let best = 0;
  let from = 0;
  for (let to = 0; to < times.length; to++) {
    while (times[to]! - times[from]! >= 1000) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

function flat(r: SendRun): Record<string, number> {
  return {
    instances: r.instances, messages: r.messages, perSecond: r.perSecond, seconds: r.seconds, rate: r.rate, percentOfLimit: r.percentOfLimit,
    delivered: r.delivered, lost: r.lost, duplicates: r.duplicates, throttled: r.throttled.app + r.throttled.conversation,
    budgetRequests: r.budgetRequests, budgetRequestsPerSend: r.budgetRequestsPerSend,
  };
}
