import { CardFactory, TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { actionDetailCard, answerListCard } from '../../cards/answer-cards';
import { helpCard, HELP_COMMANDS } from '../../cards/help-card';
import { ANSWER_VERBS } from '../../cards/verbs';
import { actionReference, parseActionKey } from '../../domain/action';
import { Interpretation, StatusReply, interpretQuestion, parseStatusReply } from '../../domain/chat';
import { londonToday } from '../../domain/clock';
import { STATUS_WORDS } from '../../cards/action-view';
import { describeRevisedDue } from '../../domain/status-update';
import { userMessage } from '../../errors';
import { Answer, answerQuestion } from '../../app/questions/answer-question';
import { ambiguityNote, findAction } from '../../app/questions/find-action';
import { recordStatusUpdate } from '../../app/updates/record-status-update';
import { actorOf } from '../actor-of';
import type { BotDeps } from '../bot-deps';
import { answerTitle } from './answer-title';
import { showDigest } from './digest';
import { Vocabulary } from '../../app/questions/vocabulary';

/**
 * Plain words in chat: a status reply ("5 complete: data shared") is recorded; anything else is read as a
 * question and answered with a card; what neither fits gets suggestions close to what was typed.
 */
export function chatRoutes(app: Application<TurnState>, deps: BotDeps): void {
  const vocabulary = new Vocabulary(deps.store, deps.clock);

  app.message(async (context) => Boolean(context.activity.text?.trim()), async (context) => {
    const text = context.activity.text.trim();
    const today = londonToday(deps.clock);
    const words = await vocabulary.current();
    const reply = parseStatusReply(text, { today, knownBoardCodes: words.boardCodes });
    if (reply.kind === 'invalid') {
      await context.sendActivity(reply.message);
      return;
    }
    if (reply.kind === 'reply') {
      await context.sendActivity(await recordFromChat(context, deps, reply.reply));
      return;
    }
    await answer(context, deps, text, 0, words);
  });

  app.adaptiveCards.actionExecute<{ question?: unknown; page?: unknown }>(ANSWER_VERBS.more, async (context, _state, data) => {
    const card = await answerCard(context, deps, String(data.question ?? ''), Number(data.page ?? 1) || 1, await vocabulary.current());
    return card ?? 'That list has changed; ask the question again.';
  });

  app.adaptiveCards.actionExecute<{ action?: unknown }>(ANSWER_VERBS.showAction, async (context, _state, data) => {
    const id = parseActionKey(data.action);
    if (!id) return 'This card does not name an action Chaser knows.';
    const found = await answerQuestion(
      { intent: 'show-action', filters: { action: id }, suggestions: [] }, await actorOf(context, deps.store), deps, { inChannel: inChannel(context) },
    );
    if (found.kind === 'detail') return detail(context, deps, found);
    return found.kind === 'list' ? 'Ask about one action at a time.' : found.message;
  });
}

async function recordFromChat(context: TurnContext, deps: BotDeps, reply: StatusReply): Promise<string> {
  const found = await findAction(reply.action, deps.store);
  if (!found) return `I cannot find action ${reply.action.number}, so nothing was recorded. Ask "what is open" to see the actions and their numbers.`;
  try {
    const { action } = await recordStatusUpdate({
      id: found.action, report: { status: reply.status, text: reply.text, revisedDue: reply.revisedDue }, actor: await actorOf(context, deps.store), source: 'chat',
    }, deps);
    const note = ambiguityNote(found);
    return `Recorded for ${actionReference(action)}: ${STATUS_WORDS[action.status]}${reply.text ? ` — ${reply.text}` : ''}.${describeRevisedDue(reply.revisedDue)}${note ? `\n\n${note}` : ''}`;
  } catch (err) {
    return userMessage(err);
  }
}

/** The rules first; what they do not understand goes to the language model when one is configured. */
async function interpret(deps: BotDeps, text: string, words: { leads: string[]; boardCodes: string[] }): Promise<Interpretation> {
  const context = { today: londonToday(deps.clock), knownLeads: words.leads, knownBoardCodes: words.boardCodes };
  const byRules = interpretQuestion(text, context);
  if (byRules.intent !== 'unknown' || !deps.questionModel) return byRules;
  return (await deps.questionModel.interpret(text, context)) ?? byRules;
}

async function answer(context: TurnContext, deps: BotDeps, text: string, page: number, words: { leads: string[]; boardCodes: string[] }): Promise<void> {
  const interpretation = await interpret(deps, text, words);
  if (interpretation.intent === 'help') {
    await context.sendActivity({ attachments: [CardFactory.adaptiveCard(helpCard({ board: deps.boardName, commands: HELP_COMMANDS, whoYouAre: '' }))] });
    return;
  }
  if (interpretation.intent === 'digest') {
    await showDigest(context, deps, interpretation.filters.lead ?? null);
    return;
  }
  if (interpretation.intent === 'unknown') {
    const tries = interpretation.suggestions.map((s) => `- "${s}"`).join('\n');
    await context.sendActivity(`I did not understand "${text.slice(0, 80)}". You could try:\n\n${tries}\n\nOr say "help" for everything I can do.`);
    return;
  }
  const card = await answerCard(context, deps, text, page, words, interpretation);
  if (card) await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
}

async function answerCard(context: TurnContext, deps: BotDeps, question: string, page: number, words: { leads: string[]; boardCodes: string[] }, known?: Interpretation) {
  const interpretation = known ?? (await interpret(deps, question, words));
  const result: Answer = await answerQuestion(interpretation, await actorOf(context, deps.store), deps, { inChannel: inChannel(context) });
  if (result.kind === 'refused' || result.kind === 'not-found') {
    await context.sendActivity(result.message);
    return null;
  }
  if (result.kind === 'detail') return detail(context, deps, result);
  const { title, subtitle } = answerTitle(result.interpretation, result.actions.length);
  return answerListCard({ title, subtitle, actions: result.actions, page, question, today: result.today, calendar: deps.calendar });
}

function detail(context: TurnContext, deps: BotDeps, found: Answer & { kind: 'detail' }) {
  // Refresh is for the person who asked: Teams wants their MRI (activity.from.id), not an Entra id.
  return actionDetailCard(found.action, found.history, found.note, found.today, deps.calendar, [context.activity.from.id]);
}

function inChannel(context: TurnContext): boolean {
  const type = context.activity.conversation?.conversationType;
  return type === 'channel' || type === 'groupChat';
}
