import type { Actor } from '../../domain/actor';
import { Interpretation, interpretQuestion } from '../../domain/chat';
import { toInterpretation, understand } from '../../domain/language';
import { londonToday } from '../../domain/london-time';
import type { QuestionModel } from '../../llm/question-model';
import { Answer, AnswerDeps, answerQuestion } from './answer-question';
import type { Vocabulary } from './vocabulary';

export interface AskDeps extends AnswerDeps {
  vocabulary: Vocabulary;
  /** Reads questions the rules do not understand (Azure OpenAI, when configured). Read-only. */
  questionModel?: QuestionModel;
}

/**
 * A question in plain words, from chat or the CLI: understand it (the rules first; what they do not
 * understand goes to the language model when one is configured) → answer it for this asker.
 */
export async function askQuestion(text: string, asker: Actor, deps: AskDeps, options: { inChannel?: boolean } = {}): Promise<{ interpretation: Interpretation; answer: Answer | null }> {
  const interpretation = await interpret(text, deps);
  if (['help', 'digest', 'unknown'].includes(interpretation.intent)) return { interpretation, answer: null };
  return { interpretation, answer: await answerQuestion(interpretation, asker, deps, options) };
}

/**
 * A question read as chat reads it (the recognisers with the register's words: leads, board codes, meetings
 * and the boards' own references, so "show action 42/20" names that action), then by the older rules for what
 * the recognisers leave, then by the language model when one is configured.
 */
export async function interpret(text: string, deps: Pick<AskDeps, 'vocabulary' | 'questionModel' | 'clock'>): Promise<Interpretation> {
  const words = await deps.vocabulary.current();
  const today = londonToday(deps.clock);
  const u = understand(text, { today, knownLeads: words.leads, knownBoardCodes: words.boardCodes, meetings: words.meetings, references: words.references, leadAliases: {} });
  const understood = u.intent.startsWith('question:') || u.intent === 'unknown' ? toInterpretation(u, text) : null;
  if (understood && understood.intent !== 'unknown') return understood;
  const context = { today, knownLeads: words.leads, knownBoardCodes: words.boardCodes };
  const byRules = interpretQuestion(text, context);
  if (byRules.intent !== 'unknown' || !deps.questionModel) return byRules;
  return (await deps.questionModel.interpret(text, context)) ?? byRules;
}
