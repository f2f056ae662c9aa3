import { Cron } from 'croner';
import type { Clock } from '../domain/clock';
import { BOARD_TIME_ZONE, sameLondonDay } from '../domain/london-time';
import { errorCode } from '../errors';
import type { Logger } from '../log';

export interface ScheduledJob {
  name: string;
  /** Cron pattern in Europe/London. */
  pattern: string;
  run(): Promise<unknown>;
  /** Run once at start when the last scheduled time is today and already past (a restart after 09:00). */
  catchUpOnStart?: boolean;
}

/**
 * Runs jobs on their schedule *by the injected clock*, so a demo "as of" 9 May 2022 08:59 sends its
 * 09:00 reminders a minute after start. A real-time tick checks whether the next run has come; each
 * job runs one at a time (a slow sweep is never overlapped by itself).
 */
export function startScheduler(jobs: ScheduledJob[], clock: Clock, log: Logger, tickMs = 15_000): { stop(): Promise<void> } {
  const state = jobs.map((job) => ({
    job,
    cron: new Cron(job.pattern, { paused: true, timezone: BOARD_TIME_ZONE }),
    next: null as Date | null,
    running: null as Promise<unknown> | null,
  }));
  const start = clock.now();
  for (const s of state) {
    s.next = s.cron.nextRun(start);
    const previous = lastRunBefore(s.cron, start);
    if (s.job.catchUpOnStart && previous && sameLondonDay(previous, start)) fire(s);
  }

  const retries = new Set<NodeJS.Timeout>();
  function fire(s: (typeof state)[number]): void {
    if (s.running) return;
    log.info({ job: s.job.name }, 'scheduled job starting');
    s.running = s.job.run()
      .then((report: unknown) => {
        // A run that left work to another instance's lease or claims says when to look again (the same morning).
        const retryAfterMs = (report as { retryAfterMs?: unknown } | undefined)?.retryAfterMs;
        if (typeof retryAfterMs === 'number' && retryAfterMs > 0) {
          log.info({ job: s.job.name, retryAfterMs }, 'scheduled job will run again when the other sender\'s lease or claims run out');
          const timer = setTimeout(() => { retries.delete(timer); fire(s); }, retryAfterMs);
          timer.unref();
          retries.add(timer);
        }
      })
      .catch((err: unknown) => log.error({ err, code: errorCode(err), job: s.job.name }, 'scheduled job failed'))
      .finally(() => { s.running = null; });
  }

  const timer = setInterval(() => {
    const now = clock.now();
    for (const s of state) {
      if (s.next && s.next <= now) {
        fire(s);
        s.next = s.cron.nextRun(now);
      }
    }
  }, tickMs);
  timer.unref();

  return {
    async stop() {
      clearInterval(timer);
      for (const retry of retries) clearTimeout(retry);
      for (const s of state) s.cron.stop();
      await Promise.all(state.flatMap((s) => (s.running ? [s.running] : [])));
    },
  };
}

/** The latest scheduled time in the 24 hours before `at`, if any. */
function lastRunBefore(cron: Cron, at: Date): Date | null {
  let last: Date | null = null;
  for (let run = cron.nextRun(new Date(at.getTime() - 86_400_000)); run && run <= at; run = cron.nextRun(run)) last = run;
  return last;
}
