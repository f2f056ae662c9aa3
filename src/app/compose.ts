import { randomUUID } from 'crypto';
import type { BusinessCalendar } from '../domain/business-days';
import type { Clock } from '../domain/clock';
import { DEFAULT_REMINDER_POLICY } from '../domain/reminders';
import type { Logger } from '../log';
import type { RegisterLinks } from '../cards/register-links';
import type { Messenger } from './delivery/messenger';
import { DigestJobReport, sendWeeklyDigest } from './digest/send-weekly-digest';
import type { Store } from './ports';
import type { ReachParts } from './reach/reach-before-sweep';
import { SweepReport, sendDueReminders } from './reminders/send-due-reminders';
import { DEFAULT_PAPER_DEADLINE_DAYS } from './meetings/meeting-deps';
import { PackJobReport, sendMeetingPacks } from './meetings/send-meeting-packs';

/** The parts a Chaser is built from: storage, time, the way out to Teams, the log. */
export interface Parts {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  log: Logger;
  messenger: Messenger;
  /** The directory and installer for the reminder sweep's daily reach pass (issue #21); absent: none. */
  reach?: ReachParts;
  /** Where the cards' "Open in the register" goes (cards/register-links.ts); absent: the cards carry none. */
  links?: RegisterLinks | null;
}

/** The settings the jobs read (from src/config.ts). */
export interface JobSettings {
  digestSchedule: string;
  /** A claim or lease older than this is taken over (its holder died). Default 10 minutes. */
  claimTimeoutMs?: number;
  /** CHASER_PAPER_DEADLINE_DAYS (default 7). */
  paperDeadlineDays?: number;
  /** CHASER_PACK_BUSINESS_DAYS (default 10). */
  packBusinessDays?: number;
}

/** The default of CHASER_PACK_BUSINESS_DAYS. */
export const DEFAULT_PACK_BUSINESS_DAYS = 10;

export interface JobOptions {
  dryRun?: boolean;
  force?: boolean;
}

/** The scheduled work, composed once: the bot, its HTTP triggers, the CLI and the benchmarks call these. */
export interface Jobs {
  sweep(options?: JobOptions): Promise<SweepReport>;
  digest(options?: JobOptions): Promise<DigestJobReport>;
  /** Matters arising: the action log for each meeting whose pack is due, to the secretariat (once per meeting). */
  pack(options?: JobOptions): Promise<PackJobReport>;
}

/** Builds the reminder sweep, the weekly digest and the meeting packs over the given parts, named for this process. */
export function composeJobs(parts: Parts, settings: JobSettings, instanceId = `chaser-${randomUUID().slice(0, 8)}`): Jobs {
  const sweepDeps = { ...parts, policy: DEFAULT_REMINDER_POLICY, instanceId, claimTimeoutMs: settings.claimTimeoutMs ?? 10 * 60_000 };
  return {
    sweep: (options = {}) => sendDueReminders(sweepDeps, options),
    digest: (options = {}) => sendWeeklyDigest({ ...sweepDeps, schedule: settings.digestSchedule }, options),
    pack: (options = {}) => sendMeetingPacks({
      ...sweepDeps, paperDeadlineDays: settings.paperDeadlineDays ?? DEFAULT_PAPER_DEADLINE_DAYS, packBusinessDays: settings.packBusinessDays ?? DEFAULT_PACK_BUSINESS_DAYS,
    }, options),
  };
}
