/**
 * Bench 4: proactive sending through the real createProactiveMessenger and a real CloudAdapter (no app
 * id) to a connector stand-in that enforces Teams' limits (7/s per conversation, 50/s per app, 429 with
 * Retry-After past them). One reminder card each to N users, sent as the sweep sends: PARALLEL_PEOPLE people at a time.
 */
import { reminderCard } from '../src/cards/reminder-card';
import { loadConfig } from '../src/config';
import { silentLogger } from '../src/log';
import { createAdapter } from '../src/teams/adapter';
import { PARALLEL_PEOPLE } from '../src/app/reminders/send-reminder-cards';
import { createProactiveMessenger } from '../src/teams/proactive-messenger';
import { ThrottlingConnector, startThrottlingConnector } from './connector-standin';
import type { BenchContext } from './support/context';
import { generateRegister } from './support/generate';
import { Person, conversationOf } from './support/people';
import { Report, int } from './support/results';
import { round } from './support/stats';

const LIMITS = { perConversation: 7, perApp: 50, retryAfterSeconds: 1 };

interface SendRun {
  messages: number;
  perSecond: number;
  seconds: number;
  rate: number;
  delivered: number;
  lost: number;
  duplicates: number;
  failedOutcomes: number;
  throttled: { app: number; conversation: number };
  peakAcceptedInOneSecond: number;
}

export async function sendingBench(ctx: BenchContext): Promise<Report[]> {
  const report = new Report('4. sending');
  const connector = await startThrottlingConnector(LIMITS);
  try {
    const n = ctx.quick ? 300 : 2_000;
    const atLimit = await sendAll(ctx, connector, n, LIMITS.perApp);
    const goalRate = 0.9 * LIMITS.perApp;
    report.add(
      `${int(n)} reminders to ${int(n)} users, paced at the limit (${LIMITS.perApp}/s)`,
      describe(atLimit, n), `≥ ${goalRate}/s, 0 lost`, atLimit.rate >= goalRate && atLimit.lost === 0 && atLimit.duplicates === 0, { ...flat(atLimit) },
    );
    // Paced a little below the limit (46/s, still within 10% of it): the setting a deployment would choose.
    const belowPace = 0.92 * LIMITS.perApp;
    const m = ctx.quick ? 150 : 1_000;
    connector.reset();
    const below = await sendAll(ctx, connector, m, belowPace);
    report.add(
      `${int(m)} reminders, paced at ${belowPace}/s (92% of the limit)`,
      describe(below, m), `≥ ${goalRate}/s, 0 lost`, below.rate >= goalRate && below.lost === 0 && below.duplicates === 0, { ...flat(below) },
    );
    // Chaser's default pacing (CHASER_SEND_PER_SECOND), which deliberately stays well below the limit.
    const configured = loadConfig({}).sendPerSecond;
    const k = ctx.quick ? 45 : 450;
    connector.reset();
    const atDefault = await sendAll(ctx, connector, k, configured);
    report.add(`${int(k)} reminders, default pacing (CHASER_SEND_PER_SECOND=${configured})`, describe(atDefault, k), '—', null, { ...flat(atDefault) });
    const stalls = atLimit.throttled.app + atLimit.throttled.conversation;
    if (stalls) {
      report.note(
        `Sending at the limit: ${stalls} × 429 (peak ${atLimit.peakAcceptedInOneSecond} accepted in one second); each holds the one-at-a-time sender for Retry-After ` +
        `(${LIMITS.retryAfterSeconds} s), ≈ ${stalls * LIMITS.retryAfterSeconds} s of its ${atLimit.seconds} s. Paced at ${belowPace}/s: ${below.throttled.app + below.throttled.conversation} × 429, ${below.rate}/s.`,
      );
    }
    report.details.limits = LIMITS;
    report.details.runs = { atLimit, below, atDefault };
    return [report];
  } finally {
    await connector.stop();
  }
}

async function sendAll(ctx: BenchContext, connector: ThrottlingConnector, n: number, perSecond: number): Promise<SendRun> {
  const adapter = createAdapter({ appId: undefined, appPassword: undefined, appTenantId: undefined, appType: 'SingleTenant' });
  const messenger = createProactiveMessenger(adapter, '', silentLogger, { perSecond, attempts: 4, backoffMs: 500 });
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
  const started = performance.now();
  let nextIndex = 0;
  await Promise.all(Array.from({ length: PARALLEL_PEOPLE }, async () => {
    for (let i = nextIndex++; i < messages.length; i = nextIndex++) {
      if (i % 100 === 0) ctx.checkTime();
      const outcome = await messenger.send(messages[i]!.conversation, messages[i]!.message);
      if (!outcome.ok) failedOutcomes++;
    }
  }));
  const seconds = (performance.now() - started) / 1000;
  const counts = [...connector.delivered.values()];
  const delivered = counts.length;
  return {
    messages: n,
    perSecond,
    seconds: round(seconds),
    rate: round(connector.acceptedAt.length / seconds, 1),
    delivered,
    lost: n - delivered,
    duplicates: counts.reduce((s, c) => s + c - 1, 0),
    failedOutcomes,
    throttled: { ...connector.throttled },
    peakAcceptedInOneSecond: peak(connector.acceptedAt),
  };
}

function describe(r: SendRun, n: number): string {
  const pct = Math.round((100 * r.rate) / LIMITS.perApp);
  return `${r.rate}/s (${pct}% of ${LIMITS.perApp}/s) · 429s ${r.throttled.app + r.throttled.conversation} · delivered ${int(r.delivered)}/${int(n)} · lost ${r.lost} · duplicates ${r.duplicates}`;
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
  return { messages: r.messages, perSecond: r.perSecond, seconds: r.seconds, rate: r.rate, delivered: r.delivered, lost: r.lost, duplicates: r.duplicates, throttled: r.throttled.app + r.throttled.conversation };
}
