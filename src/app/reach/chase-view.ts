import type { Action } from '../../domain/action';
import type { ActionUpdate } from '../../domain/action-update';
import { chaseOn, mayBeChased } from '../../domain/chase';
import type { ChaseNoticeView, DetailChaseView } from '../../cards/chase-control';
import type { ChaseResult } from './chase-now';

/**
 * What the action detail card tells its viewer about chasing (src/cards/chase-control.ts): "Chase now" for the
 * secretariat in a personal chat (`mayChase`, from the answer) on an open action not chased today; the line
 * about today's chase; and, right after a press, how that chase went (`result`). Null: nothing to show.
 */
export function detailChaseView(
  detail: { action: Action; history: ActionUpdate[]; today: string; mayChase?: boolean },
  result?: ChaseResult,
): DetailChaseView | null {
  const today = chaseOn(detail.history, detail.today);
  const offer = Boolean(detail.mayChase) && mayBeChased(detail.action) && !today;
  const notice: ChaseNoticeView | null = result
    ? noticeOf(result)
    : detail.mayChase && today ? { kind: 'chased-today', byName: today.byName, at: today.at } : null;
  return offer || notice ? { offer, notice } : null;
}

function noticeOf(result: ChaseResult): ChaseNoticeView {
  if (result.kind !== 'chased') return { kind: 'not-chased', message: result.message };
  return { kind: 'chased', byName: result.byName, at: result.at, sentTo: result.names, lead: result.action.lead, withNote: Boolean(result.note) };
}
