import { actionKey, actionReference, parseActionKey } from '../../domain/action';
import type { Actor } from '../../domain/actor';
import type { IsoDate } from '../../domain/calendar-date';
import { londonToday } from '../../domain/london-time';
import { Understanding, toInterpretation, understand } from '../../domain/language';
import { suggestQuestions } from '../../domain/chat/suggestions';
import { parseStatusReply } from '../../domain/chat';
import { userMessage } from '../../errors';
import { answerQuestion } from '../questions/answer-question';
import { ChatDeps, ChatOutcome, MODEL_BELOW } from './chat-outcome';
import { recordStatusUpdate } from '../updates/record-status-update';
import { askWhich } from './ask-which';
import { chaseInChat } from './chase-in-chat';
import { otherQuestion } from './other-questions';
import { recordChosen } from './record-chosen';
import { replyCandidates } from './reply-candidates';
import { undoLastUpdate } from './undo-update';
import { reopenAction } from './reopen-action';

/**
 * A message in chat, told as a story: understand it (classifier + recognisers, the register's words as
 * context) → a reply is recorded only when exactly one action fits and the words say a status; otherwise
 * Chaser asks which (buttons, the words kept) or asks to confirm an outcome the words only imply →
 * undo/reopen/choice act on what the person did or was asked → a question is answered from the register.
 * Chaser NEVER records an update on a guess, and never answers a reply as if it were a question.
 */
export async function handleMessage(text: string, person: Actor, deps: ChatDeps, options: { inChannel?: boolean; questionsOnly?: boolean } = {}): Promise<ChatOutcome> {
  const today = londonToday(deps.clock);
  if (!options.questionsOnly && SHORT_ANSWER.test(text)) {
    const answered = await answerPending(text, person, deps);
    if (answered) return answered;
  }
  const words = await deps.vocabulary.current();
  const u = understand(text, { today, knownLeads: words.leads, knownBoardCodes: words.boardCodes, meetings: words.meetings, references: words.references, leadAliases: deps.leadAliases ?? {} });
  deps.log.debug({ intent: u.intent, confidence: u.confidence, rule: u.rule }, 'message understood');
  // A paging button re-asks its question: whatever it carries is never recorded.
  if (options.questionsOnly && !u.intent.startsWith('question:')) return { kind: 'say', text: 'That list has changed; ask the question again.' };
  try {
    switch (u.intent) {
      case 'status-update':
      case 'implied-outcome':
        return await reply(text, u, person, today, deps);
      case 'choice':
        return await choose(u, person, deps);
      case 'undo': {
        const { action, undone } = await undoLastUpdate(person, deps);
        return { kind: 'undone', action, text: undone.text };
      }
      case 'reopen':
        return await reopen(text, u, person, today, deps);
      case 'chase':
        return await chaseInChat(text, u, person, deps);
      case 'help':
        return { kind: 'help' };
      case 'digest':
        return { kind: 'digest', lead: u.entities.lead ?? null };
      case 'chit-chat':
        return { kind: 'say', text: 'Hello. Send me an update ("5 complete: data shared") or ask "what is overdue?"; "help" lists everything.' };
      default:
        return await question(text, u, person, deps, options);
    }
  } catch (err) {
    const message = userMessage(err);
    if (message === userMessage(null)) deps.log.error({ err, intent: u.intent }, 'chat message failed');
    return { kind: 'say', text: message };
  }
}

async function reply(text: string, u: Understanding, person: Actor, today: IsoDate, deps: ChatDeps): Promise<ChatOutcome> {
  // One message, one action: several named at once would share one status and one text.
  if (u.entities.actions.length > 1) {
    return { kind: 'say', text: `I did not record this: it names ${u.entities.actions.length} actions (${u.entities.actions.map((a) => a.text).join(', ')}). Send one message per action, e.g. "5 on track: …", so each keeps its own status and words.` };
  }
  // A meeting named in words that has not happened (or that the register does not have) is never swapped for another.
  const [mention] = u.entities.actions;
  if (mention?.meetingWords && !mention.meetings.length && !mention.meetingDate) {
    return { kind: 'say', text: `I did not record this: I know no meeting held so far that "${mention.meetingWords}" could be. Name the action with its full reference (e.g. "OB 21-Apr-2022 #5 complete"); "what is open" lists them.` };
  }
  const reported = u.intent === 'status-update' ? u.entities.status : undefined;
  // "should be done by Friday", "nearly done", "not complete yet": the words do not say it is complete.
  if ((reported === 'complete' || !reported) && NOT_DONE_YET.test(text)) {
    return { kind: 'say', text: 'I did not record this: your words do not say the action is complete. Send its status, e.g. "7 on track: with legal, due Friday" or "7 amber: delayed to 27 May".' };
  }
  const memory = await deps.store.chatMemories.read(person.id);
  const { source, actions } = await replyCandidates(u, person, memory, today, deps);
  const words = { text: updateText(text, today), status: reported ?? 'complete', revisedDue: u.entities.revisedDue ?? null };
  if (!reported) {
    // Words that only imply an outcome ("sent the report") may mean complete: the person confirms. No such words: ask for the status.
    if (!u.entities.impliedWords) return { kind: 'say', text: 'I did not record this: I could not tell its status. Send it as e.g. "9 on track: …", "9 amber: …" or "9 complete: …".' };
    if (!actions.length) return { kind: 'say', text: 'I did not record this: which action is it about? Send it with the action\'s number, e.g. "8 complete: sent the report".' };
    const pending = await askWhich(person.id, 'confirm', words, actions, deps);
    const prompt = actions.length === 1 ? `Mark ${actionReference(actions[0]!)} complete? I keep your words as the update.` : 'Which action is complete? I keep your words as the update.';
    return { kind: 'ask', pending, actions: actions.slice(0, pending.candidates.length), prompt };
  }
  const certain = actions.length === 1 && source !== 'own';
  if (certain) {
    const { action, entry } = await recordStatusUpdate({ id: actions[0]!, report: words, actor: person, source: 'chat' }, deps);
    await deps.store.chatMemories.write(person.id, { pending: null, lastRecorded: { key: actionKey(action), at: entry.at } });
    return { kind: 'recorded', action, text: words.text, revisedDue: words.revisedDue };
  }
  if (!actions.length) {
    return { kind: 'say', text: 'I did not record this: which action is it about? Send it with the action\'s number or the board\'s reference, e.g. "5 complete: data shared" — "what is open" lists them.' };
  }
  const pending = await askWhich(person.id, actions.length === 1 ? 'confirm' : 'which-action', words, actions, deps);
  const prompt = actions.length === 1
    ? `Record this for ${actionReference(actions[0]!)}? Nothing is recorded until you say.`
    : u.entities.actions.length ? 'I did not record this yet: more than one action fits. Which one? Nothing is recorded until you choose.' : 'I did not record this yet: which action is it about? Nothing is recorded until you choose.';
  return { kind: 'ask', pending, actions: actions.slice(0, pending.candidates.length), prompt };
}

/** Words that say an action is not done yet, or only will be: never read as "complete". */
const NOT_DONE_YET = /(?:\b(?:not|never|will|should|would|going to|nearly|almost|hope(?:fully)?|expect(?:ed|s)?(?: to)?|aim(?:ing)? to|plan(?:ning)? to|yet to|about to|soon)\b|n't)(?:\s+[\w']+){0,3}?\s+(?:be\s+)?(?:done|complete|completed|finished|closed|sorted)\b/i;

async function choose(u: Understanding, person: Actor, deps: ChatDeps): Promise<ChatOutcome> {
  const { pending } = await deps.store.chatMemories.read(person.id);
  const n = u.entities.choice ?? 0;
  if (!pending || Date.parse(pending.expiresAt) < deps.clock.now().getTime()) return { kind: 'say', text: 'I have not asked you anything that is still open. Send your update with the action\'s number.' };
  const key = n === -1 ? pending.candidates[pending.candidates.length - 1] : pending.candidates[n - 1];
  if (!key) return { kind: 'say', text: `Choose one of the ${pending.candidates.length} actions offered (or press its button); nothing was recorded.` };
  const { action } = await recordChosen(person, pending.id, key, deps);
  return { kind: 'recorded', action, text: pending.text, revisedDue: pending.revisedDue };
}

async function reopen(text: string, u: Understanding, person: Actor, today: IsoDate, deps: ChatDeps): Promise<ChatOutcome> {
  const memory = await deps.store.chatMemories.read(person.id);
  const { actions } = u.entities.actions.length ? await replyCandidates(u, person, memory, today, deps) : { actions: [] };
  const complete = actions.filter((a) => a.status === 'complete');
  if (complete.length !== 1) return { kind: 'say', text: complete.length ? 'That fits more than one completed action: say which, with its full reference (e.g. "reopen OB 21-Apr-2022 #3").' : 'Which completed action should I reopen? Say e.g. "reopen 3 because the data was incomplete".' };
  const action = await reopenAction(complete[0]!, text, person, deps);
  return { kind: 'recorded', action, text: action.latest?.text ?? '', revisedDue: null };
}

async function question(text: string, u: Understanding, person: Actor, deps: ChatDeps, options: { inChannel?: boolean }): Promise<ChatOutcome> {
  const other = await otherQuestion(u, person, deps, options);
  if (other) return other;
  let interpretation = toInterpretation(u, text);
  // What the classifier is unsure about may go to the language model (questions only, read-only).
  const unsure = !interpretation || interpretation.intent === 'unknown' || (!u.rule && u.confidence < MODEL_BELOW);
  if (unsure && deps.questionModel) {
    const words = await deps.vocabulary.current();
    interpretation = (await deps.questionModel.interpret(text, { today: londonToday(deps.clock), knownLeads: words.leads, knownBoardCodes: words.boardCodes })) ?? interpretation;
  }
  if (!interpretation || interpretation.intent === 'unknown') return { kind: 'unknown', suggestions: interpretation?.suggestions ?? suggestQuestions(text) };
  if (interpretation.intent === 'help') return { kind: 'help' };
  if (interpretation.intent === 'digest') return { kind: 'digest', lead: interpretation.filters.lead ?? null };
  return { kind: 'answer', answer: await answerQuestion(interpretation, person, deps, options), question: text };
}

/**
 * The words kept as the update: "7 complete: response sent to the DMPC" keeps "response sent to the DMPC";
 * anything not in that form ("done - sent the data on Tuesday", "January #2 slipping to end of March") is
 * kept whole.
 */
function updateText(text: string, today: IsoDate): string {
  const parsed = parseStatusReply(text, { today, knownBoardCodes: [] });
  const whole = text.trim();
  if (parsed.kind !== 'reply' || !parsed.reply.text) return whole;
  // Only a prefix set off by ':' or a dash is dropped ("7 complete: sent"); "12 is blocked until …" keeps its words.
  const rest = parsed.reply.text;
  const at = whole.lastIndexOf(rest);
  return at > 0 && /[:\-–—]\s*$/.test(whole.slice(0, at)) ? rest : whole;
}

/** A short answer to Chaser's own question: "yes", "no", "5", "#5", "it's #5", "that one". */
const SHORT_ANSWER = /^\s*(?:yes|yep|yeah|y|ok|okay|correct|please do|yes please|that one|no|nope|cancel|(?:it'?s\s+|the\s+)?(?:#|no\.?\s*|action\s+)?\d{1,4}(?:\s+one)?)\s*[.!]?\s*$/i;

/**
 * Answers the question Chaser is waiting on, when the message is a short answer to it: "yes" confirms the one
 * action offered, a number picks the candidate with that number, "no" cancels. Null when nothing is
 * pending or the answer fits no candidate (the message is then read as usual).
 */
async function answerPending(text: string, person: Actor, deps: ChatDeps): Promise<ChatOutcome | null> {
  const { pending } = await deps.store.chatMemories.read(person.id);
  if (!pending || Date.parse(pending.expiresAt) < deps.clock.now().getTime()) return null;
  if (/^\s*(?:no|nope|cancel)\b/i.test(text)) {
    await deps.store.chatMemories.write(person.id, { pending: null });
    return { kind: 'say', text: 'Cancelled: nothing was recorded.' };
  }
  const number = /\d+/.exec(text)?.[0];
  const key = number
    ? pending.candidates.find((k) => parseActionKey(k)?.number === Number(number))
    : pending.candidates.length === 1 ? pending.candidates[0] : undefined;
  if (!key) return null;
  const { action } = await recordChosen(person, pending.id, key, deps);
  return { kind: 'recorded', action, text: pending.text, revisedDue: pending.revisedDue };
}
