import type { TurnContext } from 'botbuilder';
import { errorCode, isUserError, userMessage } from '../errors';
import type { Logger } from '../log';

/**
 * The one handler for errors inside a turn: an unexpected error is logged once with its code ("turn
 * failed"); a user error (a ChaserError the user can act on) only at info. The user gets a sentence,
 * never a stack.
 */
export function turnErrorHandler(log: Logger) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    const where = { code: errorCode(error), activityType: context.activity?.type, conversation: context.activity?.conversation?.id };
    if (isUserError(error)) log.info({ ...where, reason: error.message }, 'turn refused');
    else log.error({ ...where, err: error }, 'turn failed');
    if (context.activity?.type === 'message' || context.activity?.type === 'invoke') {
      try {
        await context.sendActivity(userMessage(error));
      } catch (sendError) {
        log.warn({ err: sendError }, 'could not tell the user about the failed turn');
      }
    }
  };
}
