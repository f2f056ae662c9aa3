import type { TurnContext } from 'botbuilder';
import { userMessage } from '../errors';
import type { Logger } from '../log';

/** The one handler for errors inside a turn: log with detail, answer with a sentence, never a stack. */
export function turnErrorHandler(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    log.error({ err: error, activityType: context.activity?.type, conversation: context.activity?.conversation?.id }, 'turn failed');
    if (context.activity?.type === 'message' || context.activity?.type === 'invoke') {
      try {
        await context.sendActivity(userMessage(error));
      } catch (sendError) {
        log.warn({ err: sendError }, 'could not tell the user about the failed turn');
      }
    }
  };
}
