/**
 * A Chaser instance that runs one reminder sweep and exits: the crash test starts it, kills it with
 * SIGKILL at a random moment, and starts it again. Sends go to the test's Teams stand-in over HTTP
 * (the edge we do not own); everything else is the real sweep on the real store.
 */
import { composeJobs } from '../../../src/app/compose';
import type { Messenger } from '../../../src/app/delivery/messenger';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { offsetClock } from '../../../src/domain/clock';
import { silentLogger } from '../../../src/log';
import { openStore } from '../../../src/store/store';

async function main(): Promise<void> {
  const env = process.env;
  const store = openStore({ kind: 'connection-string', connectionString: env.CRASH_STORAGE! }, env.CRASH_PREFIX!);
  const standIn = env.CRASH_STAND_IN!;
  const messenger: Messenger = {
    async send(conversation, message) {
      const res = await fetch(standIn, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ target: conversation.target, text: message.text }) });
      return res.ok ? { ok: true, activityId: null } : { ok: false, blocked: res.status === 403, error: `HTTP ${res.status}` };
    },
  };
  const clock = offsetClock(new Date(env.CRASH_NOW!));
  const jobs = composeJobs({ store, clock, calendar: englandAndWalesCalendar(), log: silentLogger, messenger }, { digestSchedule: '0 8 * * 1', claimTimeoutMs: Number(env.CRASH_CLAIM_MS) });
  process.stdout.write('sweeping\n');
  const report = await jobs.sweep({ force: true });
  process.stdout.write(`${JSON.stringify({ skipped: report.skipped, counts: report.counts })}\n`);
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${String((err as Error)?.stack ?? err)}\n`);
  process.exit(1);
});
