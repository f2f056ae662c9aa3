import { TurnContext } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import type { ChaserAdapter, InboundResult } from './adapter';
import type { BotDeps } from './bot-deps';
import { conversationIdentityOf } from './conversation-record';
import { saveConversation } from './save-conversation';
import { chatRoutes } from './routes/chat';
import { digestRoutes } from './routes/digest';
import { boardPaperFileRoutes } from './routes/board-paper-file';
import { chaseCardRoutes } from './routes/chase-card';
import { fallbackRoutes } from './routes/fallback';
import { helpRoutes } from './routes/help';
import { importRoutes } from './routes/import';
import { installationRoutes } from './routes/installation';
import { statusCardRoutes } from './routes/status-card';
import { turnErrorHandler } from './turn-error';
import { ACTION_INVOKE, answerInvoke, answerUnhandledFailure, answerUnhandledInvoke, invokeAnswered, malformedActionValue, refuseMalformedAction } from './invoke-fallback';

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
  chaseCardRoutes(app, deps);
  importRoutes(app, deps);
  digestRoutes(app, deps);
  boardPaperFileRoutes(app, deps);
  chatRoutes(app, deps); // after the exact commands: everything else typed is a reply or a question
  fallbackRoutes(app); // last: only what nothing else matched

  // One write per conversation and service URL, not per message.
  const seen = new Map<string, string>();
  async function rememberConversation(context: TurnContext): Promise<void> {
    // Told apart without building the record (which copies the whole conversation reference) every turn.
    const identity = conversationIdentityOf(context.activity);
    if (!identity || context.activity.type === 'installationUpdate') return;
    if (seen.get(identity.key) === identity.serviceUrl) return;
    await saveConversation(context, deps);
    seen.set(identity.key, identity.serviceUrl);
  }

  const bot: Bot = {
    adapter,
    app,
    requiresAuthentication: adapter.requiresAuthentication,
    receive: (authHeader, body) => adapter.receive(authHeader, body, (context) => bot.handle(context)),
    async handle(context) {
      const { from, conversation, type, channelId, recipient } = context.activity;
      if (!from?.id || !conversation?.id || !channelId || !recipient?.id) {
        deps.log.warn({ type }, 'activity without from, conversation, channel or recipient ignored');
        if (type === 'invoke') await answerInvoke(context, 400, { code: 'BadRequest', message: 'The request does not say who sent it, to whom, or in which conversation and channel (from.id, recipient.id, conversation.id, channelId); nothing was changed.' });
        return;
      }
      const tenantId: unknown = context.activity.conversation.tenantId ?? (context.activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
      const tenant = typeof tenantId === 'string' ? tenantId : '';
      if (deps.allowedTenants.length && !deps.allowedTenants.some((t) => t.toLowerCase() === tenant.toLowerCase())) {
        deps.log.warn({ tenant, type, from: from.id }, 'activity from a tenant that is not allowed: refused');
        if (type === 'invoke') await answerInvoke(context, 403, { code: 'Forbidden', message: 'Chaser does not serve this organisation; nothing was changed.' });
        return;
      }
      if (deps.stopping?.()) return;
      const text = context.activity.text;
      if (typeof text === 'string' && text.length > MAX_MESSAGE_CHARS) {
        deps.log.warn({ from: from.id, chars: text.length }, 'message too long to read: refused');
        await context.sendActivity(`That message is too long for me to read (${text.length.toLocaleString('en-GB')} characters; I read up to ${MAX_MESSAGE_CHARS.toLocaleString('en-GB')}). To import a long document, attach it as a file.`);
        return;
      }
      const isInvoke = type === 'invoke';
      if (isInvoke && context.activity.name === ACTION_INVOKE) {
        const malformed = malformedActionValue(context.activity.value);
        if (malformed) {
          deps.log.warn({ from: from.id }, 'card button with a malformed value: refused');
          await refuseMalformedAction(context, malformed);
          return;
        }
      }
      await rememberConversation(context);
      try {
        await app.run(context);
      } catch (err) {
        // The turn error handler logs it and says so in chat; the invoke itself still gets a sentence, not a 500.
        if (isInvoke && !invokeAnswered(context)) await answerUnhandledFailure(context, err);
        throw err;
      }
      if (isInvoke && !invokeAnswered(context)) await answerUnhandledInvoke(context);
    },
  };
  return bot;
}
