import type { ActionId } from '../../domain/action';
import type { Action } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import { rightToUpdate } from '../../domain/permissions';
import { RegisterRow, registerRow } from '../../domain/register';
import { actionKey } from '../../domain/action';
import { chaseOn, mayBeChased } from '../../domain/chase';
import { isAdmin } from '../access/is-admin';
import { answerQuestion } from '../questions/answer-question';
import type { TabDeps } from './tab-deps';

/** One action as the tab opens it: its row, the whole action, its history (newest first) and what the asker may do. */
export interface ActionDetail {
  row: RegisterRow;
  action: Action;
  history: ActionUpdate[];
  /** The asker may send a status update (a lead, delegate or the secretariat). */
  canUpdate: boolean;
  /** The asker is the secretariat and the action is open: "Chase now" is offered (once a London day). */
  canChase: boolean;
  /** The chase of today (London), if there was one: "Chase now" is then refused until tomorrow. */
  chasedToday: { at: string; byName: string } | null;
}

export type OpenedAction = { kind: 'detail'; detail: ActionDetail } | { kind: 'refused' | 'not-found'; message: string };

/**
 * Opens one action by its exact id, through chat's "show action" query (the same rights: an action the
 * asker may not see is "not found"), with its history, the asker's right to update it and whether they may chase its lead.
 */
export async function openAction(id: ActionId, asker: Actor, deps: TabDeps): Promise<OpenedAction> {
  const answer = await answerQuestion({ intent: 'show-action', filters: { action: { ...id } }, suggestions: [] }, asker, deps);
  if (answer.kind === 'refused' || answer.kind === 'not-found') return { kind: answer.kind, message: answer.message };
  if (answer.kind !== 'detail') return { kind: 'not-found', message: 'That action could not be opened.' };
  const { action, history, today } = answer;
  const admin = await isAdmin(asker, deps);
  const right = rightToUpdate(asker, await deps.store.leads.get(action.lead), action.lead, admin);
  const chased = chaseOn(history, today);
  return {
    kind: 'detail',
    detail: {
      row: registerRow(action, actionKey(action), today, deps.calendar), action, history, canUpdate: right.allowed,
      canChase: admin && mayBeChased(action), chasedToday: chased ? { at: chased.at, byName: chased.byName } : null,
    },
  };
}
