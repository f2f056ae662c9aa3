import type { Action, Status } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import type { ActionSelector } from '../../domain/chat';
import type { Clock } from '../../domain/clock';
import { closureState, reopenAction } from '../../domain/closure';
import { InvalidInputError, NotFoundError } from '../../errors';
import type { Store } from '../ports';
import { requireSecretariat } from '../access/require-secretariat';

type OpenStatus = Exclude<Status, 'complete'>;

/**
 * `chaser reopen "OB 21-Apr-2022 #5" --reason "…"`: an action proposed for closure or closed is opened again
 * (the board did not accept it, or the work came back), with the reason as its update → reminders resume.
 * The status is the one given, else the last it had before it was completed (awaiting update if none).
 * Never on a guess: a bare number that fits several meetings is refused with the candidates.
 */
export async function reopenClosedAction(
  request: { action: ActionSelector; reason: string; status?: OpenStatus }, actor: Actor, deps: { store: Store; clock: Clock },
): Promise<Action> {
  await requireSecretariat(actor, deps, 'reopen an action');
  if (!request.reason.trim()) throw new InvalidInputError('Give the reason the action is reopened (--reason "…"): it is kept as its update. Nothing was changed.');
  const target = await exactAction(request.action, deps.store);
  const stored = (await deps.store.actions.get(target))!;
  if (closureState(stored.action) === 'open') throw new InvalidInputError(`${actionReference(stored.action)} is open already. Nothing was changed.`);
  const status = request.status ?? (await statusBeforeCompletion(stored.action, deps.store));
  const { action, entry } = reopenAction(stored.action, request.reason, status, actor, deps.clock.now());
  return (await deps.store.actions.record(stored, action, entry)).action;
}

async function exactAction(selector: ActionSelector, store: Store): Promise<Action> {
  const found = selector.boardCode && selector.meetingDate
    ? [await store.actions.get({ boardCode: selector.boardCode, meetingDate: selector.meetingDate, number: selector.number })].flatMap((s) => (s ? [s.action] : []))
    : (await store.actions.findByNumber(selector.number)).filter((a) => !selector.boardCode || a.boardCode === selector.boardCode);
  if (found.length === 0) throw new NotFoundError(`There is no action ${selector.number} in the register. Nothing was changed.`);
  if (found.length > 1) throw new InvalidInputError(`There is an action ${selector.number} in ${found.length} meetings (${found.map(actionReference).join(', ')}): give the full reference. Nothing was changed.`);
  return found[0]!;
}

async function statusBeforeCompletion(action: Action, store: Store): Promise<OpenStatus> {
  const before = (await store.actions.history(action)).find((e) => e.kind === 'status' && e.status !== null && e.status !== 'complete');
  return (before?.status as OpenStatus | undefined) ?? 'awaiting_update';
}
