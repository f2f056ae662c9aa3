import type { Action } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import { TrendWeek, trendStart, weeklyTrend } from '../../domain/charts';
import type { Clock } from '../../domain/clock';
import { londonToday } from '../../domain/london-time';
import type { Store } from '../ports';

/** What reading the trend needs: the register's histories and the time. */
export interface TrendDeps {
  store: Pick<Store, 'actions'>;
  clock: Clock;
}

/** How many histories are read at once (each is one partition query). */
const HISTORY_READS_AT_ONCE = 16;

/**
 * The histories of the actions changed at or after `since` (ms), a few at a time, in the order given; null
 * for the others (they stood where they stand now all along, so theirs need not be read).
 */
export async function historiesSince(actions: Action[], since: number, deps: TrendDeps): Promise<Array<ActionUpdate[] | null>> {
  const out: Array<ActionUpdate[] | null> = Array.from({ length: actions.length }, () => null);
  let next = 0;
  const worker = async () => {
    while (next < actions.length) {
      const i = next++;
      const action = actions[i]!;
      if (Date.parse(action.updatedAt) >= since) out[i] = await deps.store.actions.history(action);
    }
  };
  await Promise.all(Array.from({ length: Math.min(HISTORY_READS_AT_ONCE, actions.length) }, worker));
  return out;
}

/**
 * The weekly RAG trend of `actions` now (domain/charts/weekly-trend.ts), from their update history: the
 * board paper's trend figure and the tab's dashboard read the same. Reads the history only of the actions
 * changed since the trend's first week.
 */
export async function registerTrend(actions: Action[], deps: TrendDeps): Promise<TrendWeek[]> {
  const today = londonToday(deps.clock);
  const histories = await historiesSince(actions, trendStart(today).getTime(), deps);
  return weeklyTrend(actions.map((a, i) => ({ createdAt: a.createdAt, status: a.status, history: histories[i] ?? null })), deps.clock.now(), today);
}
