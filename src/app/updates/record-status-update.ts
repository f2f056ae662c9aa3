import type { Action, ActionId } from '../../domain/action';
import { actionReference } from '../../domain/action';
import type { ActionUpdate, UpdateSource } from '../../domain/action-update';
import type { Actor } from '../../domain/actor';
import type { Clock } from '../../domain/clock';
import { rightToUpdate } from '../../domain/permissions';
import { StatusReport, applyReport, reportProblem } from '../../domain/status-update';
import { withClosure } from '../../domain/closure';
import { InvalidInputError, NotAllowedError, NotFoundError, StaleRecordError } from '../../errors';
import type { Logger } from '../../log';
import type { Store } from '../ports';
import { isAdmin } from '../access/is-admin';

export interface RecordStatusDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  /** How far ahead a revised due date may be, in years (CHASER_DUE_HORIZON_YEARS; default 10). */
  dueHorizonYears?: number;
}

export interface RecordStatusRequest {
  id: ActionId;
  report: StatusReport;
  actor: Actor;
  source: UpdateSource;
  /** The status the card showed when it was sent: a stale card for an action since completed is refused. */
  statusOnCard?: string;
}

/** A stale write is retried for at most this long (then the user is told to try again). */
const RETRY_FOR_MS = 10_000;

/**
 * A lead reports on an action: validate → fetch → check rights → apply → save with the ETag.
 * The action and its history entry are one atomic write. If someone else saved the action meanwhile
 * (412), reload and apply again after a short jittered wait, for up to 10 s: every concurrent update is
 * kept in the history, in the order they landed. Refusals change nothing and say why.
 */
export async function recordStatusUpdate(request: RecordStatusRequest, deps: RecordStatusDeps): Promise<{ action: Action; entry: ActionUpdate }> {
  const problem = reportProblem(request.report);
  if (problem) throw new InvalidInputError(problem);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const stored = await deps.store.actions.get(request.id);
    if (!stored) throw new NotFoundError(`There is no action ${actionReference(request.id)}; nothing was changed. Ask "show action ${request.id.number}" to find it.`);
    const { action } = stored;
    const outOfWindow = reportProblem(request.report, { meetingDate: action.meetingDate, now: deps.clock.now(), horizonYears: deps.dueHorizonYears });
    if (outOfWindow) throw new InvalidInputError(outOfWindow);
    const right = rightToUpdate(request.actor, await deps.store.leads.get(action.lead), action.lead, await isAdmin(request.actor, deps));
    if (!right.allowed) {
      deps.log.warn({ actor: request.actor.id, action: actionReference(action) }, 'update refused: not a lead, delegate or admin');
      throw new NotAllowedError(right.reason);
    }
    if (request.statusOnCard && request.statusOnCard !== 'complete' && action.status === 'complete') {
      const by = action.latest ? ` by ${action.latest.byName}` : '';
      throw new InvalidInputError(`${actionReference(action)} was already marked complete${by}, so this card is out of date and nothing was changed. To reopen it, send its status in chat, e.g. "${action.number} on track: reopened because …".`);
    }
    const repeat = sameAsLatest(action, request, deps.clock.now());
    if (repeat) return repeat;
    const { action: next, entry } = withClosure(applyReport(action, request.report, request.actor, deps.clock.now(), request.source), action);
    try {
      await deps.store.actions.record(stored, next, entry);
    } catch (err) {
      if (!(err instanceof StaleRecordError) || Date.now() - started > RETRY_FOR_MS) throw err;
      await new Promise((r) => setTimeout(r, Math.min(400, 10 * 2 ** attempt) * (0.5 + Math.random())));
      continue;
    }
    deps.log.info({ actor: request.actor.id, action: actionReference(next), status: next.status, as: right.as }, 'status recorded');
    return { action: next, entry };
  }
}

/** A second press of Send (or the same message twice) within this long records nothing more. */
const REPEAT_WINDOW_MS = 2 * 60_000;

/**
 * The same person sending the same status, words and date again moments later (a double press, a resent
 * message): the update already stands, so it is returned as it is and nothing is written twice.
 */
function sameAsLatest(action: Action, request: RecordStatusRequest, now: Date): { action: Action; entry: ActionUpdate } | null {
  const latest = action.latest;
  if (!latest || latest.by !== request.actor.id || latest.status !== request.report.status) return null;
  if (latest.text !== request.report.text.trim() || (latest.revisedDue ?? null) !== (request.report.revisedDue || null)) return null;
  if (now.getTime() - Date.parse(latest.at) > REPEAT_WINDOW_MS) return null;
  return { action, entry: { kind: 'status', at: latest.at, by: latest.by, byName: latest.byName, source: request.source, status: latest.status, text: latest.text, revisedDue: latest.revisedDue, changes: [] } };
}
