import type { Action, ActionId } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import { normaliseLead } from '../../domain/lead';
import { MAX_UPDATE_CHARS } from '../../domain/status-update';
import { InvalidInputError, NotFoundError, StaleRecordError } from '../../errors';
import { requireSecretariat } from '../access/require-secretariat';
import { ActionDetail, openAction } from './open-action';
import type { TabDeps } from './tab-deps';
import type { TabUpdateResult } from './update-from-tab';

/** The longest lead name kept (it becomes part of storage keys elsewhere: see mapLead). */
const MAX_LEAD_CHARS = 200;

/** The secretariat corrects who leads an action, with the reason, from the tab. */
export interface LeadCorrection {
  id: ActionId;
  /** The lead as it should be written ("MOPAC"). */
  lead: string;
  /** Why: kept in the history as the entry's text. Required. */
  reason: string;
  /** The action's `updatedAt` when the form was opened. */
  version: string;
}

/**
 * Corrects an action's lead: secretariat only, with a reason, on the version the form showed. The action
 * and an `edited` history entry (`changes: [{ field: 'lead', from, to }]`, source `tab`) are one atomic
 * write through the register port; the next reminders go to the new lead's people.
 * @throws NotAllowedError (not the secretariat), InvalidInputError (no lead, no reason, too long, the same lead), NotFoundError
 */
export async function correctLead(correction: LeadCorrection, actor: Actor, deps: TabDeps): Promise<TabUpdateResult> {
  await requireSecretariat(actor, deps, "correct an action's lead");
  const lead = correction.lead.trim();
  const reason = correction.reason.trim();
  if (!lead) throw new InvalidInputError('Give the lead as it should be written, e.g. MOPAC. Nothing was changed.');
  if (lead.length > MAX_LEAD_CHARS) throw new InvalidInputError(`The lead is ${lead.length} characters; the limit is ${MAX_LEAD_CHARS}. Nothing was changed.`);
  if (!reason) throw new InvalidInputError('Say why the lead changes (it is kept in the history). Nothing was changed.');
  if (reason.length > MAX_UPDATE_CHARS) throw new InvalidInputError(`The reason is ${reason.length.toLocaleString('en-GB')} characters; the limit is ${MAX_UPDATE_CHARS.toLocaleString('en-GB')}. Nothing was changed.`);
  const stored = await deps.store.actions.get(correction.id);
  if (!stored) throw new NotFoundError(`There is no action ${actionReference(correction.id)}; nothing was changed.`);
  if (stored.action.updatedAt !== correction.version) return stale(correction.id, stored.action, actor, deps);
  if (normaliseLead(stored.action.lead) === normaliseLead(lead)) throw new InvalidInputError(`${actionReference(stored.action)} is already led by ${stored.action.lead}. Nothing was changed.`);
  const at = deps.clock.now().toISOString();
  const next: Action = { ...stored.action, lead, updatedAt: at };
  const entry: ActionUpdate = { kind: 'edited', at, by: actor.id, byName: actor.name, source: 'tab', status: null, text: reason, revisedDue: null, changes: [{ field: 'lead', from: stored.action.lead, to: lead }] };
  try {
    await deps.store.actions.record(stored, next, entry);
  } catch (err) {
    if (!(err instanceof StaleRecordError)) throw err;
    const now = await deps.store.actions.get(correction.id);
    if (!now) throw new NotFoundError(`There is no action ${actionReference(correction.id)}; nothing was changed.`);
    return stale(correction.id, now.action, actor, deps);
  }
  deps.log.info({ actor: actor.id, action: actionReference(next), from: stored.action.lead, to: lead }, 'lead corrected');
  return { kind: 'recorded', detail: await detailOf(correction.id, actor, deps) };
}

async function detailOf(id: ActionId, actor: Actor, deps: TabDeps): Promise<ActionDetail> {
  const opened = await openAction(id, actor, deps);
  if (opened.kind !== 'detail') throw new NotFoundError(opened.message);
  return opened.detail;
}

async function stale(id: ActionId, action: Action, actor: Actor, deps: TabDeps): Promise<TabUpdateResult> {
  const by = action.latest ? ` by ${action.latest.byName}` : '';
  return { kind: 'stale', message: `${actionReference(action)} was changed${by} since you opened it, so nothing was changed. Here it is as it stands now.`, current: await detailOf(id, actor, deps) };
}
