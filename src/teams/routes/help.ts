import { CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { HELP_COMMANDS, helpCard } from '../../cards/help-card';
import type { AdaptiveCard } from '../../cards/render';
import type { BotDeps } from '../bot-deps';
import { userIdOf } from '../conversation-record';

/** `help` (and `?`, `hi`, `hello`, `commands`): the help card. */
export const HELP_WORDS = /^\s*(help|\?|hi|hello|hey|commands|menu|what can you do\??)\s*[.!]*\s*$/i;

export function helpRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.message(HELP_WORDS, async (context) => {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await helpCardFor(context, deps))] });
  });
}

export async function helpCardFor(context: TurnContext, deps: BotDeps): Promise<AdaptiveCard> {
  const isAdmin = await deps.store.admins.isAdmin([userIdOf(context.activity)]);
  return helpCard({
    board: deps.boardName,
    commands: HELP_COMMANDS,
    whoYouAre: isAdmin
      ? 'You are in the secretariat: you can import actions, update any action and get the digest.'
      : 'Leads can update their own actions; ask the secretariat if you should be mapped to a lead.',
  });
}
