import { CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { actionDetailCard, answerListCard } from '../../cards/answer-cards';
import { helpCard, HELP_COMMANDS } from '../../cards/help-card';
import { ANSWER_VERBS } from '../../cards/verbs';
import { FullTextRequest, fullTextCard, fullTextOf } from '../../cards/full-text-card';
import { actionReference, parseActionKey } from '../../domain/action';
import { StatusReply, parseStatusReply } from '../../domain/chat';
import { londonToday } from '../../domain/clock';
import { STATUS_WORDS } from '../../cards/action-view';
import { describeRevisedDue } from '../../domain/status-update';
import { userMessage } from '../../errors';
import { Answer, answerQuestion } from '../../app/questions/answer-question';
import { askQuestion } from '../../app/questions/ask-question';
import { recordReply } from '../../app/updates/record-reply';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';
import { answerTitle } from './answer-title';
import { showDigestHere } from './digest';
import { Vocabulary } from '../../app/questions/vocabulary';
import type { Interpretation } from '../../domain/chat';

/**
 * Plain words in chat: a status reply ("5 complete: data shared") is recorded; anything else is read as a
 * question and answered with a card; what neither fits gets suggestions close to what was typed.
 * The route only parses, calls the use case and renders.
 */
export function chatRoutes(app: Application<TurnState>, deps: BotDeps): void {
  const vocabulary = new Vocabulary(deps.store, deps.clock);
  const ask = { ...deps, vocabulary };

  app.message(async (context) => Boolean(context.activity.text?.trim()), async (context) => {
    const text = context.activity.text.trim();
    const words = await vocabulary.current();
    const reply = parseStatusReply(text, { today: londonToday(deps.clock), knownBoardCodes: words.boardCodes });
    if (reply.kind === 'invalid') {
      await context.sendActivity(reply.message);
      return;
    }
    if (reply.kind === 'reply') {
      await context.sendActivity(await recordFromChat(context, deps, reply.reply));
      return;
    }
    const { interpretation, answer } = await askQuestion(text, await actorOf(context, deps.store), ask, { inChannel: inChannel(context) });
    if (interpretation.intent === 'help') {
      await context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard({ board: deps.boardName, commands: HELP_COMMANDS, whoYouAre: '' }))] });
    } else if (interpretation.intent === 'digest') {
      await showDigestHere(context, deps, interpretation.filters.lead ?? null);
    } else if (interpretation.intent === 'unknown' || !answer) {
      const tries = interpretation.suggestions.map((s) => `- "${s}"`).join('\n');
      await context.sendActivity(`I did not understand "${text.slice(0, 80)}". You could try:\n\n${tries}\n\nOr say "help" for everything I can do.`);
    } else {
      const card = await render(context, deps, answer, text, 0);
      if (card) await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
    }
  });

  app.adaptiveCards.actionExecute<{ question?: unknown; page?: unknown }>(ANSWER_VERBS.more, async (context, _state, data) => {
    const question = String(data.question ?? '');
    const { answer } = await askQuestion(question, await actorOf(context, deps.store), ask, { inChannel: inChannel(context) });
    const card = answer ? await render(context, deps, answer, question, Number(data.page ?? 1) || 1) : null;
    return card ?? 'That list has changed; ask the question again.';
  });

  app.adaptiveCards.actionExecute<{ action?: unknown; historyFrom?: unknown }>(ANSWER_VERBS.showAction, async (context, _state, data) => {
    const found = await showOne(context, deps, data.action);
    return found.kind === 'detail' ? detail(context, deps, found, Number(data.historyFrom) || 0) : found.message;
  });

  app.adaptiveCards.actionExecute<FullTextRequest>(ANSWER_VERBS.fullText, async (context, _state, data) => {
    const found = await showOne(context, deps, data.action);
    if (found.kind !== 'detail') return found.message;
    const full = fullTextOf(found.action, found.history, { part: data.part === 'history' ? 'history' : 'action', at: typeof data.at === 'string' ? data.at : undefined });
    return full ? fullTextCard(found.action, full.label, full.text, data) : 'That entry is no longer in the history.';
  });
}

/** One action for a button press, by the same rights as "show action" in chat. */
async function showOne(context: TurnContext, deps: BotDeps, key: unknown): Promise<(Answer & { kind: 'detail' }) | { kind: 'message'; message: string }> {
  const id = parseActionKey(key);
  if (!id) return { kind: 'message', message: 'This card does not name an action Chaser knows.' };
  const found = await answerQuestion(
    { intent: 'show-action', filters: { action: id }, suggestions: [] }, await actorOf(context, deps.store), deps, { inChannel: inChannel(context) },
  );
  if (found.kind === 'detail') return found;
  return { kind: 'message', message: found.kind === 'list' ? 'Ask about one action at a time.' : found.message };
}

async function recordFromChat(context: TurnContext, deps: BotDeps, reply: StatusReply): Promise<string> {
  try {
    const result = await recordReply({ action: reply.action, report: { status: reply.status, text: reply.text, revisedDue: reply.revisedDue }, source: 'chat' }, await actorOf(context, deps.store), deps);
    if (result.kind === 'not-found') return result.message;
    const { action, note } = result;
    return `Recorded for ${actionReference(action)}: ${STATUS_WORDS[action.status]}${reply.text ? ` — ${reply.text}` : ''}.${describeRevisedDue(reply.revisedDue)}${note ? `\n\n${note}` : ''}`;
  } catch (err) {
    return userMessage(err);
  }
}

/** The card for an answer, or a sentence sent at once (refused, not found) and null. */
async function render(context: TurnContext, deps: BotDeps, result: Answer, question: string, page: number) {
  if (result.kind === 'refused' || result.kind === 'not-found') {
    await context.sendActivity(result.message);
    return null;
  }
  if (result.kind === 'detail') return detail(context, deps, result);
  const { title, subtitle } = answerTitle(result.interpretation as Interpretation, result.actions.length);
  const order = /soonest/i.test(subtitle) ? 'soonest-due' : 'as-given';
  return answerListCard({ title, subtitle, actions: result.actions, page, question, today: result.today, calendar: deps.calendar, order });
}

function detail(context: TurnContext, deps: BotDeps, found: Answer & { kind: 'detail' }, historyFrom = 0) {
  // Refresh is for the person who asked (Teams wants their MRI, activity.from.id); in a group chat or channel
  // the card is a private view and carries no refresh, so it never replaces anyone else's.
  return actionDetailCard(found.action, found.history, found.note, found.today, deps.calendar, inChannel(context) ? [] : [context.activity.from.id], historyFrom);
}

function inChannel(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}
