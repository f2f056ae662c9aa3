import { TurnContext } from 'botbuilder';
import { Application, TeamsAdapter, TurnState } from '@microsoft/teams-ai';
import type { BotDeps } from './bot-deps';
import { conversationRecordOf } from './conversation-record';
import { saveConversation } from './save-conversation';
import { chatRoutes } from './routes/chat';
import { digestRoutes } from './routes/digest';
import { fallbackRoutes } from './routes/fallback';
import { helpRoutes } from './routes/help';
import { importRoutes } from './routes/import';
import { installationRoutes } from './routes/installation';
import { statusCardRoutes } from './routes/status-card';
import { turnErrorHandler } from './turn-error';

/** The bot: a teams-ai Application over the adapter, with Chaser's routes. */
export interface Bot {
  adapter: TeamsAdapter;
  app: Application<TurnState>;
  /** Handles one turn: the function the HTTP layer hands to `adapter.process`. */
  handle(context: TurnContext): Promise<void>;
}

export function createBot(adapter: TeamsAdapter, deps: BotDeps, appId?: string): Bot {
  const app = new Application<TurnState>({ adapter, botAppId: appId ?? '', removeRecipientMention: true, startTypingTimer: false });
  adapter.onTurnError = turnErrorHandler(deps.log);

  installationRoutes(app, deps);
  helpRoutes(app, deps);
  statusCardRoutes(app, deps);
  importRoutes(app, deps);
  digestRoutes(app, deps);
  chatRoutes(app, deps); // after the exact commands: everything else typed is a reply or a question
  fallbackRoutes(app); // last: only what nothing else matched

  // One write per conversation and service URL, not per message.
  const seen = new Map<string, string>();
  async function rememberConversation(context: TurnContext): Promise<void> {
    const record = conversationRecordOf(context.activity, deps.clock.now());
    if (!record || context.activity.type === 'installationUpdate') return;
    const key = `${record.tenantId}|${record.scope}|${record.target}`;
    const serviceUrl = String(record.reference.serviceUrl ?? '');
    if (seen.get(key) === serviceUrl) return;
    await saveConversation(context, deps);
    seen.set(key, serviceUrl);
  }

  return {
    adapter,
    app,
    async handle(context) {
      const { from, conversation, type } = context.activity;
      if (!from?.id || !conversation?.id) {
        deps.log.warn({ type }, 'activity without from or conversation ignored');
        return;
      }
      const tenant = context.activity.conversation.tenantId ?? (context.activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id ?? '';
      if (deps.allowedTenants.length && !deps.allowedTenants.some((t) => t.toLowerCase() === tenant.toLowerCase())) {
        deps.log.warn({ tenant, type, from: from.id }, 'activity from a tenant that is not allowed: refused');
        return;
      }
      if (deps.stopping?.()) return;
      await rememberConversation(context);
      await app.run(context);
    },
  };
}
