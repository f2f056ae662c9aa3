import { CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { answerListCard } from '../../cards/answer-cards';
import { helpCard, HELP_COMMANDS } from '../../cards/help-card';
import { ANSWER_VERBS, CHAT_VERBS } from '../../cards/verbs';
import { FullTextRequest, fullTextCard, fullTextOf } from '../../cards/full-text-card';
import { recordedCard, whichActionCard } from '../../cards/chat-cards';
import { neutraliseForReply } from '../../cards/plain-reply';
import { plainText } from '../../domain/plain-text';
import { STATUS_WORDS } from '../../cards/action-view';
import { actionReference } from '../../domain/action';
import type { Interpretation } from '../../domain/chat';
import { userMessage } from '../../errors';
import type { Answer } from '../../app/questions/answer-question';
import { Vocabulary } from '../../app/questions/vocabulary';
import { handleMessage } from '../../app/chat/handle-message';
import type { ChatOutcome } from '../../app/chat/chat-outcome';
import { recordChosen } from '../../app/chat/record-chosen';
import { undoLastUpdate } from '../../app/chat/undo-update';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';
import { answerTitle } from './answer-title';
import { detail, inChannel, showOne } from './show-action';
import { showDigestHere } from './digest';

/**
 * Plain words in chat, through one use case (app/chat/handle-message): a reply is recorded only when
 * exactly one action fits, otherwise Chaser asks which (buttons, the words kept); questions are answered
 * with cards. The route only parses, calls and renders.
 */
export function chatRoutes(app: Application<TurnState>, deps: BotDeps): void {
  const chat = { ...deps, vocabulary: new Vocabulary(deps.store, deps.clock) };

  app.message(async (context) => Boolean(context.activity.text?.trim()), async (context) => {
    const text = context.activity.text.trim();
    const outcome = await handleMessage(text, await actorOf(context, deps.store), chat, { inChannel: inChannel(context) });
    await sendOutcome(context, deps, outcome, text);
  });

  app.adaptiveCards.actionExecute<{ question?: unknown; page?: unknown }>(ANSWER_VERBS.more, async (context, _state, data) => {
    const question = String(data.question ?? '');
    const outcome = await handleMessage(question, await actorOf(context, deps.store), chat, { inChannel: inChannel(context), questionsOnly: true });
    if (outcome.kind === 'answer' && (outcome.answer.kind === 'refused' || outcome.answer.kind === 'not-found')) return outcome.answer.message;
    const card = outcome.kind === 'answer' ? await render(context, deps, outcome.answer, question, Number(data.page ?? 1) || 1, outcome.title) : null;
    return card ?? 'That list has changed; ask the question again.';
  });

  app.adaptiveCards.actionExecute<{ pending?: unknown; action?: unknown }>(CHAT_VERBS.choose, async (context, _state, data) => {
    try {
      const { action, pending } = await recordChosen(await actorOf(context, deps.store), String(data.pending ?? ''), String(data.action ?? ''), deps);
      return recordedCard({ action, text: pending.text, revisedDue: pending.revisedDue });
    } catch (err) {
      return sentence(deps, err);
    }
  });

  app.adaptiveCards.actionExecute<{ pending?: unknown }>(CHAT_VERBS.cancel, async (context, _state, data) => {
    const person = await actorOf(context, deps.store);
    const { pending } = await deps.store.chatMemories.read(person.id);
    if (pending && pending.id === String(data.pending ?? '')) await deps.store.chatMemories.write(person.id, { pending: null });
    return 'Cancelled: nothing was recorded.';
  });

  app.adaptiveCards.actionExecute<{ action?: unknown; at?: unknown }>(CHAT_VERBS.undo, async (context, _state, data) => {
    try {
      // The button names the update it was put under; the words "undo" mean the person's last one.
      const target = typeof data.action === 'string' && typeof data.at === 'string' ? { key: data.action, at: data.at } : undefined;
      const { action, undone } = await undoLastUpdate(await actorOf(context, deps.store), deps, target);
      return `Undone: ${actionReference(action)} is back to ${STATUS_WORDS[action.status]} ("${neutraliseForReply(undone.text.slice(0, 120))}" is kept in the history as undone).`;
    } catch (err) {
      return sentence(deps, err);
    }
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

async function sendOutcome(context: TurnContext, deps: BotDeps, outcome: ChatOutcome, text: string): Promise<void> {
  const cardOf = (card: object) => context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  switch (outcome.kind) {
    case 'recorded':
      await cardOf(recordedCard(outcome));
      return;
    case 'ask':
      await cardOf(whichActionCard({ prompt: outcome.prompt, text: outcome.pending.text, pendingId: outcome.pending.id, actions: outcome.actions, confirmLabel: outcome.pending.kind === 'confirm' && outcome.pending.status === 'complete' ? 'Yes, mark it complete' : undefined }));
      return;
    case 'undone':
      await context.sendActivity(`Undone: ${actionReference(outcome.action)} is back to ${STATUS_WORDS[outcome.action.status]}. The undone update stays in the history, marked as undone.`);
      return;
    case 'help':
      await cardOf(helpCard({ board: deps.boardName, commands: HELP_COMMANDS, whoYouAre: '' }));
      return;
    case 'digest':
      await showDigestHere(context, deps, outcome.lead);
      return;
    case 'unknown': {
      const tries = outcome.suggestions.map((s) => `- "${s}"`).join('\n');
      await context.sendActivity(`I did not understand "${plainText(text, 80)}". You could try:\n\n${tries}\n\nOr say "help" for everything I can do.`);
      return;
    }
    case 'say':
      await context.sendActivity(outcome.text);
      return;
    case 'answer': {
      const card = await render(context, deps, outcome.answer, text, 0, outcome.title);
      if (card) await cardOf(card);
    }
  }
}

/** A refusal's own sentence; anything unexpected is logged once and answered with an apology. */
function sentence(deps: BotDeps, err: unknown): string {
  const message = userMessage(err);
  if (message === userMessage(null)) deps.log.error({ err }, 'card button failed');
  return message;
}

/** The card for an answer, or a sentence sent at once (refused, not found) and null. */
async function render(context: TurnContext, deps: BotDeps, result: Answer, question: string, page: number, heading?: string) {
  if (result.kind === 'refused' || result.kind === 'not-found') {
    await context.sendActivity(result.message);
    return null;
  }
  if (result.kind === 'detail') return detail(context, deps, result);
  const titled = answerTitle(result.interpretation as Interpretation, result.actions.length);
  const { title, subtitle } = heading ? { title: heading, subtitle: result.actions.length ? 'Soonest due first.' : '' } : titled;
  const order = /soonest/i.test(subtitle) ? 'soonest-due' : 'as-given';
  return answerListCard({ title, subtitle, actions: result.actions, page, question, today: result.today, calendar: deps.calendar, order, chase: result.mayChase });
}
