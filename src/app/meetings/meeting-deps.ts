import type { BusinessCalendar } from '../../domain/business-days';
import type { Clock } from '../../domain/clock';
import type { Logger } from '../../log';
import type { Messenger } from '../delivery/messenger';
import type { Store } from '../ports';

/** The default of CHASER_PAPER_DEADLINE_DAYS (src/config.ts): papers are due 7 days before a meeting. */
export const DEFAULT_PAPER_DEADLINE_DAYS = 7;

/** What the meeting use cases need. Without `tell`, due dates still follow the calendar but nobody is told. */
export interface MeetingDeps {
  store: Store;
  clock: Clock;
  calendar: BusinessCalendar;
  log: Logger;
  /** CHASER_PAPER_DEADLINE_DAYS. */
  paperDeadlineDays: number;
  /** The way out to Teams, to tell leads their due dates moved (src/app/delivery/deliver-once.ts). */
  tell?: { messenger: Messenger; instanceId: string; claimTimeoutMs: number };
}
