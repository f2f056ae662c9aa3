import type { Action, ActionFlag, Status } from './action';
import type { ActionUpdate, FieldChange } from './action-update';
import type { Actor } from './actor';
import type { Meeting } from './meeting';
import { meetingName } from './meeting';

/**
 * Closure is the board's (PRODUCT.md "Status words": "Proposed for closure" and a lead's "complete" mean
 * complete, awaiting the board's confirmation; the board closes it). Chaser keeps it as the status
 * `complete` plus the flag `proposed-for-closure` (src/domain/action.ts, ClosureFlag): so reminders stop and
 * the DCDG sentence counts it complete without any reader of `status` changing; the flag marks it as
 * awaiting the board. `complete` without the flag is closed.
 */
export type ClosureState = 'open' | 'proposed' | 'closed';

const PROPOSED: ActionFlag = 'proposed-for-closure';

export function closureState(a: Pick<Action, 'status' | 'flags'>): ClosureState {
  if (a.status !== 'complete') return 'open';
  return a.flags.includes(PROPOSED) ? 'proposed' : 'closed';
}

/**
 * The flags after someone reports `reported` on `before`. Whoever reports "complete" (a lead, a delegate or
 * the secretariat relaying one) proposes it for closure: only the board closes, and the secretariat records
 * that with `chaser close --meeting`. A closed action reported complete again stays closed; any other
 * status reopens it (the flag goes).
 */
export function closureOf(before: Pick<Action, 'status' | 'flags'>, reported: Status): ActionFlag[] {
  const others = before.flags.filter((f) => f !== PROPOSED);
  if (reported !== 'complete') return others;
  return closureState(before) === 'closed' ? others : [...others, PROPOSED];
}

/**
 * A status update (from `applyReport`) with the closure rule applied: the one step
 * src/app/updates/record-status-update.ts needs. The entry records the closure move when there is one.
 */
export function withClosure(applied: { action: Action; entry: ActionUpdate }, before: Action): { action: Action; entry: ActionUpdate } {
  const flags = closureOf(before, applied.action.status);
  const action = { ...applied.action, flags };
  const from = closureState(before);
  const to = closureState(action);
  const changes: FieldChange[] = from === to ? applied.entry.changes : [...applied.entry.changes, { field: 'closure', from, to }];
  return { action, entry: { ...applied.entry, changes } };
}

/** Proposed for closure by the day of the meeting (the proposals its pack put to the board). */
export function proposedBy(a: Action, date: string): boolean {
  return closureState(a) === 'proposed' && (a.latest?.at ?? a.updatedAt).slice(0, 10) <= date;
}

/** The board closed it at `meeting`: the flag goes, the history says which meeting. Null when it was not proposed. */
export function closeAtMeeting(a: Action, meeting: Pick<Meeting, 'board' | 'title' | 'date'>, actor: Actor, at: Date): { action: Action; entry: ActionUpdate } | null {
  if (closureState(a) !== 'proposed') return null;
  const stamp = at.toISOString();
  return {
    action: { ...a, flags: a.flags.filter((f) => f !== PROPOSED), updatedAt: stamp },
    entry: {
      kind: 'status', at: stamp, by: actor.id, byName: actor.name, source: 'cli', status: 'complete', revisedDue: null,
      text: `Closed by the board at ${meetingName(meeting)}.`, changes: [{ field: 'closure', from: 'proposed', to: 'closed' }],
    },
  };
}

/**
 * Reopened with a reason (the board did not accept it, or the work came back): the status given (the one
 * before it was completed, or awaiting update), the reason as the update. Throws RangeError without a reason
 * or when the action is open.
 */
export function reopenAction(a: Action, reason: string, status: Exclude<Status, 'complete'>, actor: Actor, at: Date): { action: Action; entry: ActionUpdate } {
  const why = reason.trim();
  if (!why) throw new RangeError('a reason is needed to reopen an action');
  const from = closureState(a);
  if (from === 'open') throw new RangeError('the action is open');
  const stamp = at.toISOString();
  const latest = { status, text: `Reopened: ${why}`, by: actor.id, byName: actor.name, at: stamp, revisedDue: null };
  return {
    action: { ...a, status, flags: a.flags.filter((f) => f !== PROPOSED), latest, updatedAt: stamp },
    entry: {
      kind: 'status', at: stamp, by: actor.id, byName: actor.name, source: 'cli', status, revisedDue: null, text: latest.text,
      changes: [{ field: 'status', from: 'complete', to: status }, { field: 'closure', from, to: 'open' }],
    },
  };
}

