import type { Clock } from '../../domain/clock';
import type { MeetingRef } from '../../domain/language';
import type { Store } from '../ports';

const FRESH_MS = 60_000;

/** The register's words a message may use: leads, board codes, meetings and the boards' own references. */
export interface Words {
  leads: string[];
  boardCodes: string[];
  /** Meetings with open actions, latest first. */
  meetings: MeetingRef[];
  /** The boards' own references of open actions ("42/20", "01.05"): those that are not plain numbers. */
  references: string[];
}

/**
 * The words messages may name, read from the open-actions index at most once a minute per instance
 * (a message must not scan the register just to learn its words; a new lead shows within a minute).
 */
export class Vocabulary {
  private cached: (Words & { at: number }) | null = null;

  constructor(private readonly store: Store, private readonly clock: Clock) {}

  async current(): Promise<Words> {
    const now = this.clock.now().getTime();
    if (this.cached && Math.abs(now - this.cached.at) < FRESH_MS) return this.cached;
    const [open, directory] = await Promise.all([this.store.actions.listOpen(), this.store.leads.list()]);
    const leads = new Set([...directory.map((l) => l.lead), ...open.map((a) => a.lead).filter(Boolean)]);
    const meetings = new Map(open.map((a) => [`${a.boardCode}_${a.meetingDate}`, { boardCode: a.boardCode, meetingDate: a.meetingDate }]));
    this.cached = {
      at: now,
      leads: [...leads],
      boardCodes: [...new Set(open.map((a) => a.boardCode))],
      meetings: [...meetings.values()].sort((a, b) => b.meetingDate.localeCompare(a.meetingDate)),
      references: [...new Set(open.map((a) => a.ref).filter((r) => r && !/^\d+$/.test(r)))],
    };
    return this.cached;
  }
}
