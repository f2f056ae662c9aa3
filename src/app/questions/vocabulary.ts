import type { Clock } from '../../domain/clock';
import type { Store } from '../ports';

const FRESH_MS = 60_000;

/**
 * The leads and board codes questions may name, read from the register at most once a minute
 * (a question must not scan the register just to learn its words).
 */
export class Vocabulary {
  private cached: { at: number; leads: string[]; boardCodes: string[] } | null = null;

  constructor(private readonly store: Store, private readonly clock: Clock) {}

  async current(): Promise<{ leads: string[]; boardCodes: string[] }> {
    const now = this.clock.now().getTime();
    if (this.cached && Math.abs(now - this.cached.at) < FRESH_MS) return this.cached;
    const open = await this.store.actions.listOpen();
    const leads = new Set([...(await this.store.leads.list()).map((l) => l.lead), ...open.map((a) => a.lead).filter(Boolean)]);
    const boardCodes = new Set(open.map((a) => a.boardCode));
    this.cached = { at: now, leads: [...leads], boardCodes: [...boardCodes] };
    return this.cached;
  }
}
