import { TurnContext } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import type { ChaserAdapter, InboundResult } from './adapter';
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
  adapter: ChaserAdapter;
  app: Application<TurnState>;
  /** True when /api/messages needs a Bot Framework token (an app id is set). */
  requiresAuthentication: boolean;
  /** One inbound request (the parsed JSON body and its Authorization header): authenticated, checked, run. */
  receive(authHeader: string, body: unknown): Promise<InboundResult>;
  /** Handles one turn. */
  handle(context: TurnContext): Promise<void>;
}

/**
 * The longest message a turn reads, in characters. Teams caps a message near 28 KB; a longer text can only
 * come from outside Teams, and reading it would hold the event loop for everyone.
 */
export const MAX_MESSAGE_CHARS = 30_000;

export function createBot(adapter: ChaserAdapter, deps: BotDeps, appId?: string): Bot {
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

  const bot: Bot = {
    adapter,
    app,
    requiresAuthentication: adapter.requiresAuthentication,
    receive: (authHeader, body) => adapter.receive(authHeader, body, (context) => bot.handle(context)),
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
      const text = context.activity.text;
      if (typeof text === 'string' && text.length > MAX_MESSAGE_CHARS) {
        deps.log.warn({ from: from.id, chars: text.length }, 'message too long to read: refused');
        await context.sendActivity(`That message is too long for me to read (${text.length.toLocaleString('en-GB')} characters; I read up to ${MAX_MESSAGE_CHARS.toLocaleString('en-GB')}). To import a long document, attach it as a file.`);
        return;
      }
      await rememberConversation(context);
      await app.run(context);
    },
  };
  return bot;
}
