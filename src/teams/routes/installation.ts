import { ActivityTypes, CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from '../bot-deps';
import { conversationRecordOf } from '../conversation-record';
import { saveConversation } from '../save-conversation';
import { forgetConversation } from '../../app/people/record-conversation';
import { helpCardFor } from './help';

/**
 * Install and uninstall: the conversation reference is kept while Chaser is installed and dropped
 * when it is removed, so reminders never go to a conversation that no longer has the bot.
 */
export function installationRoutes(app: Application<TurnState>, deps: BotDeps): void {
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? '');
    if (action.startsWith('remove')) await forget(context, deps);
    else {
      await remember(context, deps);
      if (action === 'add') await context.sendActivity({ attachments: [CardFactory.adaptiveCard(await helpCardFor(context, deps))] });
    }
  });

  app.conversationUpdate('membersAdded', async (context) => {
    if (botIsAmong(context, context.activity.membersAdded)) await remember(context, deps);
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    if (botIsAmong(context, context.activity.membersRemoved)) await forget(context, deps);
  });
}

function botIsAmong(context: TurnContext, members: { id: string }[] | undefined): boolean {
  return (members ?? []).some((m) => m.id === context.activity.recipient?.id);
}

async function remember(context: TurnContext, deps: BotDeps): Promise<void> {
  const saved = await saveConversation(context, deps);
  if (saved) deps.log.info({ conversation: saved.key }, 'conversation reference recorded on install');
}

async function forget(context: TurnContext, deps: BotDeps): Promise<void> {
  const record = conversationRecordOf(context.activity, deps.clock.now());
  if (!record) return;
  const removed = await forgetConversation(record, deps);
  deps.log.info({ scope: record.scope, tenantId: record.tenantId, removed }, 'conversation reference dropped on uninstall');
}
