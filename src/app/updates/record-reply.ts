import type { Action } from '../../domain/action';
import type { ActionUpdate, UpdateSource } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import type { ActionSelector } from '../../domain/chat';
import type { StatusReport } from '../../domain/status-update';
import { ambiguityNote, findAction } from '../questions/find-action';
import { RecordStatusDeps, recordStatusUpdate } from './record-status-update';
import { londonToday } from '../../domain/london-time';

/** A status reply that names its action the way people do ("5", "OB 21-Apr-2022 #5"). */
export interface Reply {
  action: ActionSelector;
  report: StatusReport;
  source: UpdateSource;
}

export type ReplyResult =
  | { kind: 'recorded'; action: Action; entry: ActionUpdate; note: string | null }
  | { kind: 'not-found'; message: string };

/**
 * A reply from chat, the CLI or a letter: find the action it names → record it (rights, validation,
 * one atomic write: see recordStatusUpdate). When "5" fits several meetings the note says which was
 * taken and names the others. Refusals throw ChaserErrors with a sentence; nothing is changed then.
 */
export async function recordReply(reply: Reply, actor: Actor, deps: RecordStatusDeps): Promise<ReplyResult> {
  const found = await findAction(reply.action, deps.store, londonToday(deps.clock));
  if (!found) return { kind: 'not-found', message: `I cannot find action ${reply.action.number}, so nothing was recorded. Ask "what is open" to see the actions and their numbers.` };
  const { action, entry } = await recordStatusUpdate({ id: found.action, report: reply.report, actor, source: reply.source }, deps);
  return { kind: 'recorded', action, entry, note: ambiguityNote(found) };
}
