import type { Application, TurnState } from '@microsoft/teams-ai';
import { CHASE_VERBS, chaseNoteId } from '../../cards/verbs';
import { parseActionKey } from '../../domain/action';
import { answerFailure } from '../../errors';
import { ChaseResult, chaseNow } from '../../app/reach/chase-now';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';
import { detail, showOne } from './show-action';

type ChaseData = Record<string, unknown> & { action?: unknown; view?: unknown };

/**
 * "Chase now" on a card (the action detail, the overdue list, the secretariat's notice): parse the action and
 * the secretariat's line → chase-now (rights checked there: the secretariat only; once an action a London
 * day) → on the detail card, the card again showing "Chased by … at …" or why nothing was sent; elsewhere
 * that sentence, leaving the card as it is.
 */
export function chaseCardRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.adaptiveCards.actionExecute<ChaseData>(CHASE_VERBS.chase, async (context, _state, data) => {
    const id = parseActionKey(data.action);
    if (!id) return 'This card does not name an action Chaser knows, so nobody was chased.';
    if (!deps.chase) return 'Chasing from a card is not connected in this installation, so nobody was chased: use chaser chase on the command line.';
    const key = String(data.action);
    const note = data[chaseNoteId(key)];
    let result: ChaseResult;
    try {
      result = await chaseNow({ action: id, note: typeof note === 'string' ? note : null, source: 'card' }, await actorOf(context, deps.store), { ...deps, ...deps.chase });
    } catch (err) {
      return answerFailure(err, deps.log, 'chase from a card failed', { route: 'chase-card', action: key });
    }
    if (data.view !== 'detail') return result.message;
    const found = await showOne(context, deps, key);
    return found.kind === 'detail' ? detail(context, deps, found, 0, result) : result.message;
  });
}
