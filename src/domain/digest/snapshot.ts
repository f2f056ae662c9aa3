import { Action, Status, actionKey } from '../action';

/** What the last digest saw, stored when it was sent: per action key, status and latest update instant. */
export interface DigestSnapshot {
  takenAt: string; // ISO instant
  actions: Record<string, { status: Status; latestAt: string | null }>;
}

export function snapshotOf(actions: Action[], takenAt: Date): DigestSnapshot {
  const seen: DigestSnapshot['actions'] = {};
  for (const a of actions) seen[actionKey(a)] = { status: a.status, latestAt: a.latest?.at ?? null };
  return { takenAt: takenAt.toISOString(), actions: seen };
}
