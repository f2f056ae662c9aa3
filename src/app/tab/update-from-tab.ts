import type { ActionId } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import { actorIds } from '../../domain/actor';
import type { StatusReport } from '../../domain/status-update';
import { InvalidInputError, NotFoundError } from '../../errors';
import { isAdmin } from '../access/is-admin';
import { recordStatusUpdate } from '../updates/record-status-update';
import { ActionDetail, openAction } from './open-action';
import type { TabDeps } from './tab-deps';

/** A status update sent from the tab's form, with the version of the action the form was showing. */
export interface TabUpdate {
  id: ActionId;
  report: StatusReport;
  /** The action's `updatedAt` when the form was opened (its version; also accepted as the HTTP If-Match). */
  version: string;
}

export type TabUpdateResult =
  | { kind: 'recorded'; detail: ActionDetail }
  /** Someone changed the action since the form was opened: nothing was written; here is what it is now. */
  | { kind: 'stale'; message: string; current: ActionDetail };

/**
 * A status update from the tab: refused when the action changed since the form showed it (the current
 * action is returned for the person to look at and send again); otherwise recorded by the same use case
 * as the card and chat (rights, validation, one atomic write with its history entry, source `tab`).
 * @throws NotAllowedError, InvalidInputError, NotFoundError as recordStatusUpdate does
 */
export async function updateFromTab(update: TabUpdate, actor: Actor, deps: TabDeps): Promise<TabUpdateResult> {
  const stored = await deps.store.actions.get(update.id);
  if (!stored) throw new NotFoundError(`There is no action ${actionReference(update.id)}; nothing was changed.`);
  if (stored.action.updatedAt !== update.version) {
    const current = await openAction(update.id, actor, deps);
    if (current.kind !== 'detail') throw new NotFoundError(current.message);
    const by = stored.action.latest ? ` by ${stored.action.latest.byName}` : '';
    return { kind: 'stale', message: `${actionReference(stored.action)} was changed${by} since you opened it, so nothing was changed. Here it is as it stands now; send your update again if it still applies.`, current: current.detail };
  }
  // The secretariat correcting someone else's action says why: the reason is kept with the change.
  if (!update.report.text.trim() && !(await answersFor(actor, stored.action.lead, deps)) && (await isAdmin(actor, deps))) {
    throw new InvalidInputError('Say why you change it (the reason is kept in the history with the change), so nothing was changed.');
  }
  await recordStatusUpdate({ id: update.id, report: update.report, actor, source: 'tab' }, deps);
  const after = await openAction(update.id, actor, deps);
  if (after.kind !== 'detail') throw new NotFoundError(after.message);
  return { kind: 'recorded', detail: after.detail };
}

/** True when the actor is one of the lead's people or delegates (their own update needs no reason). */
async function answersFor(actor: Actor, lead: string, deps: TabDeps): Promise<boolean> {
  const entry = await deps.store.leads.get(lead);
  const ids = actorIds(actor);
  return Boolean(entry && [...entry.users, ...entry.delegates].some((u) => ids.includes(u.id.toLowerCase())));
}
