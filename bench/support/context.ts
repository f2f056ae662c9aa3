/** What every benchmark gets from the runner: the one Azurite, the mode, the bench's date and helpers. */
import type { BusinessCalendar } from '../../src/domain/business-days';
import type { IsoDate } from '../../src/domain/calendar-date';
import { RunningChaser, startChaser } from '../../src/chaser';
import { loadConfig } from '../../src/config';
import { Clock, fixedClock } from '../../src/domain/clock';
import type { Messenger } from '../../src/app/delivery/messenger';
import { silentLogger } from '../../src/log';
import { AzureStore, openStore } from '../../src/store/store';
import type { StorageCounter } from './storage-counter';

export interface BenchContext {
  quick: boolean;
  azurite: { port: number; connectionString: string };
  /** Monday 9 June 2025, a business day. */
  today: IsoDate;
  /** 09:00:30 London that day: the reminder send window is open. */
  now: Date;
  calendar: BusinessCalendar;
  /** A table prefix of the bench's own, unique to this run (letters and digits). */
  prefix(name: string): string;
  /** Progress lines (stderr), so stdout keeps the table. */
  progress(message: string): void;
  /** True once the bench has used its time budget: sampling loops stop early (and say so). */
  timeUp(): boolean;
  /** Aborts the bench at twice its budget (checked between steps): a runaway never holds up the run. */
  checkTime(): void;
}

export function benchStore(ctx: BenchContext, prefix: string, counter?: StorageCounter): AzureStore {
  return openStore({ kind: 'connection-string', connectionString: ctx.azurite.connectionString }, prefix, counter ? { policies: [counter.policy()] } : {});
}

/**
 * A real Chaser (restify + teams-ai + the store) on a free port over the bench's tables. The catch-up
 * sweep a new conversation triggers is off unless asked for: it is not part of answering a question.
 */
export async function startBenchChaser(
  ctx: BenchContext, prefix: string, options: { messenger?: Messenger; clock?: Clock; env?: Record<string, string>; sweepOnNewConversation?: boolean } = {},
): Promise<RunningChaser> {
  const config = loadConfig({
    PORT: '0',
    CHASER_STORAGE_CONNECTION_STRING: ctx.azurite.connectionString,
    CHASER_TABLE_PREFIX: prefix,
    CHASER_PLAYGROUND: 'false',
    CHASER_LOG_LEVEL: 'silent',
    CHASER_SCHEDULER: 'false',
    CHASER_DEMO_DATA: 'false',
    ...options.env,
  });
  return startChaser(config, {
    log: silentLogger, clock: options.clock ?? fixedClock(ctx.now), messenger: options.messenger, sweepOnNewConversation: options.sweepOnNewConversation ?? false,
  });
}

export class BenchTimeout extends Error {}
