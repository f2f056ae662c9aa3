import type { ActionId } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import { ChaseResult, chaseNow } from '../reach/chase-now';
import { ActionDetail, openAction } from './open-action';
import type { TabDeps } from './tab-deps';

/** How a chase from the tab ended, with the action as the secretariat now sees it (null when there is no such action). */
export interface TabChase {
  result: ChaseResult;
  detail: ActionDetail | null;
}

/**
 * "Chase now" in the register tab: the same use case as chat, the cards and the CLI (src/app/reach/chase-now.ts:
 * the secretariat only, the reminder card to the lead's people with the optional line, recorded with source
 * `tab`, once an action a London day), then the action re-opened so the page shows the new history entry.
 * @throws NotAllowedError (not the secretariat), InvalidInputError (the line is too long), as chase-now does
 */
export async function chaseFromTab(request: { id: ActionId; note: string }, actor: Actor, deps: TabDeps & Required<Pick<TabDeps, 'chase'>>): Promise<TabChase> {
  const result = await chaseNow({ action: request.id, note: request.note, source: 'tab' }, actor, { ...deps, ...deps.chase });
  if (result.kind === 'not-found') return { result, detail: null };
  const opened = await openAction(request.id, actor, deps);
  return { result, detail: opened.kind === 'detail' ? opened.detail : null };
}
