import type { Action } from '../../domain/action';
import type { ActionUpdate, UpdateSource } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import type { ActionSelector } from '../../domain/chat';
import type { StatusReport } from '../../domain/status-update';
import { actionReference } from '../../domain/action';
import { findAction } from '../questions/find-action';
import { RecordStatusDeps, recordStatusUpdate } from './record-status-update';
import { londonToday } from '../../domain/london-time';

/** A status reply that names its action the way people do ("5", "OB 21-Apr-2022 #5"). */
export interface Reply {
  action: ActionSelector;
  report: StatusReport;
  source: UpdateSource;
}

export type ReplyResult =
  | { kind: 'recorded'; action: Action; entry: ActionUpdate }
  | { kind: 'not-found'; message: string }
  | { kind: 'ambiguous'; candidates: Action[]; message: string };

/**
 * A reply from the CLI or a letter: find the action it names → record it (rights, validation, one atomic
 * write: see recordStatusUpdate). Never on a guess (PRODUCT.md): when the reference fits actions of several
 * meetings or boards ("5", "C/24/64" on two boards), nothing is recorded and the candidates are named.
 * Refusals throw ChaserErrors with a sentence; nothing is changed then.
 */
export async function recordReply(reply: Reply, actor: Actor, deps: RecordStatusDeps): Promise<ReplyResult> {
  const found = await findAction(reply.action, deps.store, londonToday(deps.clock));
  const named = reply.action.ref ?? String(reply.action.number);
  if (!found) return { kind: 'not-found', message: `I cannot find action ${named}, so nothing was recorded. Ask "what is open" to see the actions and their references.` };
  if (found.others.length) {
    const candidates = [found.action, ...found.others];
    return { kind: 'ambiguous', candidates, message: `There is an action ${named} in ${candidates.length} meetings: ${candidates.map(actionReference).join(', ')}. Nothing was recorded; give the full reference, e.g. "${actionReference(candidates[0]!)}".` };
  }
  const { action, entry } = await recordStatusUpdate({ id: found.action, report: reply.report, actor, source: reply.source }, deps);
  return { kind: 'recorded', action, entry };
}
