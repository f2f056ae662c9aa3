/** Reading what people type to Chaser: questions, and status updates sent as chat messages. */
export type {
  ActionSelector, Intent, Interpretation, QueryFilters, QuestionContext, StatusReplyParse,
} from './types';
export { interpretQuestion } from './interpret-question';
export { parseStatusReply } from './parse-status-reply';
export { EXAMPLE_QUESTIONS } from './suggestions';
