import { actionKey, actionReference } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import { LeadOverdue, TrendWeek, overdueByLead, ragDoughnut, trendStart, weeklyTrend } from '../../domain/charts';
import type { DoughnutSlice } from '../../domain/charts';
import type { Status } from '../../domain/action';
import { londonToday } from '../../domain/london-time';
import { canSee } from '../../domain/visibility';
import { whoMaySee } from '../access/who-may-see';
import { historiesSince } from '../digest/register-trend';
import type { TabDeps } from './tab-deps';

/** One change of the last seven days, for "what changed since last week". */
export interface RecentChange {
  key: string;
  reference: string;
  at: string;
  byName: string;
  status: Status | null;
  text: string;
}

/** The dashboard's data: the RAG doughnut, the weekly trend, overdue by lead and the week's changes. */
export interface TabDigest {
  today: string;
  doughnut: { total: number; slices: DoughnutSlice[] };
  trend: TrendWeek[];
  overdueByLead: LeadOverdue[];
  changes: RecentChange[];
}

/** The most changes the dashboard lists. */
const MAX_CHANGES = 25;

/**
 * The digest as pictures, over what the asker may see (the same rule as chat): the register's RAG now,
 * the trend week by week built from every action's history, overdue by lead, and the updates of the
 * last seven days, newest first. Reads the history only of actions changed since the trend's first week
 * (one query each): the others stood where they stand now all along.
 */
export async function tabDigest(asker: Actor, deps: TabDeps): Promise<TabDigest | { kind: 'refused'; message: string }> {
  const { visibility } = await whoMaySee(asker, deps);
  if (visibility.kind === 'none') return { kind: 'refused', message: visibility.reason };
  const now = deps.clock.now();
  const today = londonToday(deps.clock);
  const actions = (await deps.store.actions.listAll()).filter((a) => canSee(visibility, a));
  const since = trendStart(today).getTime();
  const histories = await historiesSince(actions, since, deps);
  const weekAgo = now.getTime() - 7 * 24 * 3600_000;
  const changes: RecentChange[] = [];
  actions.forEach((a, i) => {
    for (const e of histories[i] ?? []) {
      const at = Date.parse(e.at);
      if (e.kind === 'created' || e.kind === 'chased' || at < weekAgo || at > now.getTime()) continue;
      changes.push({ key: actionKey(a), reference: actionReference(a), at: e.at, byName: e.byName, status: e.status, text: e.text });
    }
  });
  changes.sort((a, b) => b.at.localeCompare(a.at));
  return {
    today,
    doughnut: ragDoughnut(actions),
    trend: weeklyTrend(actions.map((a, i) => ({ createdAt: a.createdAt, status: a.status, history: histories[i] ?? null })), now, today),
    overdueByLead: overdueByLead(actions, today),
    changes: changes.slice(0, MAX_CHANGES),
  };
}
