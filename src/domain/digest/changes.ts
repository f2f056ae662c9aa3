import { Action, Status, actionKey } from '../action';
import { ActionRef, byRegisterOrder, refOf } from './action-ref';
import type { DigestSnapshot } from './snapshot';

export type DigestChange =
  | { kind: 'new'; action: ActionRef }
  | { kind: 'status'; action: ActionRef; from: Status; to: Status; by: string; at: string; text: string }
  /** An update was received and the status stayed the same. */
  | { kind: 'update'; action: ActionRef; status: Status; by: string; at: string; text: string };

/** Against the last digest's snapshot, or (with no snapshot) against an instant and the history. */
export type ChangesSince =
  | { snapshot: DigestSnapshot }
  | { at: string; previousStatusOf: (key: string) => Status | undefined };

const KIND_ORDER: Record<DigestChange['kind'], number> = { new: 0, status: 1, update: 2 };

/** Who reported, when and what: from the latest update (an edit-only change has none). */
function reportOf(a: Action): { by: string; at: string; text: string } {
  const latest = a.latest;
  if (!latest) return { by: '', at: a.updatedAt, text: '' };
  return { by: latest.byName || latest.by, at: latest.at, text: latest.text };
}

function statusOrUpdate(a: Action, from: Status | undefined): DigestChange {
  const action = refOf(a);
  if (from !== undefined && from !== a.status) return { kind: 'status', action, from, to: a.status, ...reportOf(a) };
  return { kind: 'update', action, status: a.status, ...reportOf(a) };
}

function againstSnapshot(a: Action, snapshot: DigestSnapshot): DigestChange | null {
  const seen = snapshot.actions[actionKey(a)];
  if (!seen) return { kind: 'new', action: refOf(a) };
  if (seen.status !== a.status) return statusOrUpdate(a, seen.status);
  const latestAt = a.latest?.at ?? null;
  if (latestAt !== null && latestAt !== seen.latestAt) return statusOrUpdate(a, seen.status);
  return null;
}

function againstInstant(a: Action, at: number, previousStatusOf: (key: string) => Status | undefined, firstLoad: boolean): DigestChange | null {
  const created = Date.parse(a.createdAt);
  if (created > at && !firstLoad) return { kind: 'new', action: refOf(a) };
  // On the register's first load its actions arrive with what the document said: only later updates were received.
  const after = firstLoad ? Math.max(at, created) : at;
  if (a.latest && Date.parse(a.latest.at) > after) return statusOrUpdate(a, created > at ? undefined : previousStatusOf(actionKey(a)));
  return null;
}

/**
 * Changes since the last digest, one per action: a new action is only "new" (its first update is part
 * of it). Without a snapshot, an update with no known previous status counts as an update.
 * Without a snapshot, when every action was added after the instant, the register itself is new (its
 * first load, as on the morning of a first digest or a demo): then no action is "new" — listing the whole
 * register so said nothing and hid every update received since — and the updates received after each
 * action was loaded are listed instead (issue #13: "0 updates received" after several were).
 * Ordered new, then status changes, then updates; each in register order.
 */
export function changesSince(actions: Action[], since: ChangesSince): DigestChange[] {
  const found: { action: Action; change: DigestChange }[] = [];
  const at = 'snapshot' in since ? 0 : Date.parse(since.at);
  const firstLoad = !('snapshot' in since) && actions.length > 0 && actions.every((a) => Date.parse(a.createdAt) > at);
  for (const action of actions) {
    const change = 'snapshot' in since
      ? againstSnapshot(action, since.snapshot)
      : againstInstant(action, at, since.previousStatusOf, firstLoad);
    if (change) found.push({ action, change });
  }
  found.sort((x, y) => KIND_ORDER[x.change.kind] - KIND_ORDER[y.change.kind] || byRegisterOrder(x.action, y.action));
  return found.map((f) => f.change);
}
