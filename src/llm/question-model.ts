import type { Interpretation, QuestionContext } from '../domain/chat';

/**
 * A language model that reads a question the rules did not understand into the same intent and filters
 * the rules produce. It can only describe a query; Chaser runs it. It never writes to the register.
 */
export interface QuestionModel {
  interpret(question: string, context: QuestionContext): Promise<Interpretation | null>;
}
