import { CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { digestCard } from '../../cards/digest-card';
import { DIGEST_VERBS } from '../../cards/digest-verbs';
import type { DigestScope } from '../../domain/digest';
import { DIGEST_MESSAGE, parseDigestCommand } from '../../domain/digest/digest-command';
import { showDigest } from '../../app/digest/show-digest';
import { subscribeToDigest, unsubscribeFromDigest } from '../../app/digest/subscribe-digest';
import type { DigestPlace } from '../../app/digest/digest-access';
import { isAdmin } from '../../app/access/is-admin';
import { subscriberKey } from '../../app/ports';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';
import { conversationRecordOf } from '../conversation-record';
import { offerBoardPaper } from './board-paper-file';

/**
 * `digest [for <lead>|<board code>]`, `digest subscribe [for …]`, `digest unsubscribe`, and the digest
 * card's "Get the board paper". Registered before the chat routes, which read any other text as a question.
 */
export function digestRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.message(DIGEST_MESSAGE, async (context) => {
    const command = parseDigestCommand(context.activity.text ?? '');
    if (!command) return;
    const actor = await actorOf(context, deps.store);
    const conversation = conversationRecordOf(context.activity, deps.clock.now());
    if (command.kind === 'unsubscribe') await context.sendActivity(await unsubscribeFromDigest(actor, conversation, deps));
    else if (command.kind === 'subscribe') {
      await context.sendActivity(conversation ? await subscribeToDigest(actor, conversation, command.term, deps) : 'I cannot tell which conversation this is, so nothing was changed.');
    } else await showDigestHere(context, deps, command.term);
  });

  app.adaptiveCards.actionExecute<{ lead?: unknown; boardCode?: unknown }>(DIGEST_VERBS.paper, async (context, _state, data) => {
    const requested: DigestScope = {};
    if (typeof data.lead === 'string' && data.lead) requested.lead = data.lead;
    if (typeof data.boardCode === 'string' && data.boardCode) requested.boardCode = data.boardCode;
    return offerBoardPaper(context, deps, requested);
  });
}

/** The digest card for whoever asked (also reached from chat wordings like "weekly summary"). */
export async function showDigestHere(context: TurnContext, deps: BotDeps, term: string | null): Promise<void> {
  const actor = await actorOf(context, deps.store);
  const place = placeOf(context);
  const shown = await showDigest(actor, place, term, deps);
  if (shown.kind === 'refused') {
    await context.sendActivity(shown.reason);
    return;
  }
  // The secretariat's work (commands, unmapped leads) only for the secretariat in a personal chat.
  const audience = !place.shared && (await isAdmin(actor, deps)) ? 'secretariat' : 'recipient';
  const card = digestCard(shown.digest, { scope: shown.scope, comparedWith: shown.comparedWith, generatedAt: deps.clock.now(), audience, links: deps.links });
  await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)], summary: shown.digest.sentence });
}

function placeOf(context: TurnContext): DigestPlace {
  const record = conversationRecordOf(context.activity, new Date(0));
  if (!record || record.scope === 'personal') return { shared: false };
  return { shared: true, subscriberKey: subscriberKey({ kind: 'channel', target: record.target }) };
}
