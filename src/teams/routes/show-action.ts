import type { TurnContext } from 'botbuilder';
import { actionDetailCard } from '../../cards/answer-cards';
import { parseActionKey } from '../../domain/action';
import { Answer, answerQuestion } from '../../app/questions/answer-question';
import type { ChaseResult } from '../../app/reach/chase-now';
import { detailChaseView } from '../../app/reach/chase-view';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';

/** One action for a button press, by the same rights as "show action" in chat. */
export async function showOne(context: TurnContext, deps: BotDeps, key: unknown): Promise<(Answer & { kind: 'detail' }) | { kind: 'message'; message: string }> {
  const id = parseActionKey(key);
  if (!id) return { kind: 'message', message: 'This card does not name an action Chaser knows.' };
  const found = await answerQuestion(
    { intent: 'show-action', filters: { action: id }, suggestions: [] }, await actorOf(context, deps.store), deps, { inChannel: inChannel(context) },
  );
  if (found.kind === 'detail') return found;
  return { kind: 'message', message: found.kind === 'list' ? 'Ask about one action at a time.' : found.message };
}

/**
 * The action detail card for the person who asked or pressed, with the secretariat's "Chase now" (and, right
 * after a chase, how it went: `chased`).
 */
export function detail(context: TurnContext, deps: BotDeps, found: Answer & { kind: 'detail' }, historyFrom = 0, chased?: ChaseResult) {
  // Refresh is for the person who asked (Teams wants their MRI, activity.from.id); in a group chat or channel
  // the card is a private view and carries no refresh, so it never replaces anyone else's.
  const viewers = inChannel(context) ? [] : [context.activity.from.id];
  return actionDetailCard(found.action, found.history, found.note, found.today, deps.calendar, viewers, historyFrom, deps.links, detailChaseView(found, chased));
}

/** A group chat or a channel: what is shown there, everyone in it may read. */
export function inChannel(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}
