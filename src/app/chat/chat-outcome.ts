import type { Action } from '../../domain/action';
import type { IsoDate } from '../../domain/calendar-date';
import type { Logger } from '../../log';
import type { QuestionModel } from '../../llm/question-model';
import type { Answer, AnswerDeps } from '../questions/answer-question';
import type { Vocabulary } from '../questions/vocabulary';
import type { PendingClarification } from '../ports';
import type { ChaseSender } from '../reach/chase-now';

/** With a language model configured, questions the classifier is less sure of than this go to it. */
export const MODEL_BELOW = 0.95;

export interface ChatDeps extends AnswerDeps {
  /** Other names for leads (CHASER_LEAD_ALIASES): { "the Met": "MPS" }. */
  leadAliases?: Record<string, string>;
  /** How far ahead a typed revised due date may be (years). */
  dueHorizonYears?: number;
  vocabulary: Vocabulary;
  log: Logger;
  /** Reads questions the rules do not understand (Azure OpenAI, when configured). Never used for replies. */
  questionModel?: QuestionModel;
  /** How chat sends a chase now ("chase MPS on action 19"); absent: chat says to use the CLI. */
  chase?: ChaseSender;
}

/** What Chaser makes of one message; the Teams route renders it. */
export type ChatOutcome =
  | { kind: 'recorded'; action: Action; text: string; revisedDue: IsoDate | null }
  | { kind: 'ask'; pending: PendingClarification; actions: Action[]; prompt: string }
  | { kind: 'undone'; action: Action; text: string }
  | { kind: 'answer'; answer: Answer; question: string; title?: string }
  | { kind: 'say'; text: string }
  | { kind: 'help' }
  | { kind: 'digest'; lead: string | null }
  | { kind: 'unknown'; suggestions: string[] };

