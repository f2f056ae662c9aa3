import { ActivityTypes, INVOKE_RESPONSE_KEY, TurnContext } from 'botbuilder';
import { userMessage } from '../errors';

/** The invoke name Teams uses for an Adaptive Card `Action.Execute` button. */
export const ACTION_INVOKE = 'adaptiveCard/action';

/** What Chaser answers when a card button's verb is not one it registered (a message, shown by Teams on the card). */
export const UNKNOWN_BUTTON = 'This button is not one Chaser knows (the card may be from an older version). Type "help" to see what Chaser can do; nothing was changed.';

/**
 * Why an `adaptiveCard/action` invoke cannot be read, or null when its `value` has the shape Teams sends:
 * `{ action: { type: 'Action.Execute', verb: string, data?: object } }`.
 */
export function malformedActionValue(value: unknown): string | null {
  const action = value && typeof value === 'object' && !Array.isArray(value) ? (value as { action?: unknown }).action : undefined;
  if (!action || typeof action !== 'object' || Array.isArray(action)) return 'The button request has no action to run (expected value.action); nothing was changed.';
  const { type, verb, data } = action as { type?: unknown; verb?: unknown; data?: unknown };
  if (type !== 'Action.Execute') return 'The button request is not an Action.Execute (value.action.type); nothing was changed.';
  if (typeof verb !== 'string' || !verb || verb.length > 128) return 'The button request does not name a known button (value.action.verb must be a short text); nothing was changed.';
  if (data !== undefined && data !== null && (typeof data !== 'object' || Array.isArray(data))) return 'The button request carries data Chaser cannot read (value.action.data must be an object); nothing was changed.';
  return null;
}

/** True when a route already answered this invoke. */
export function invokeAnswered(context: TurnContext): boolean {
  return Boolean(context.turnState.get(INVOKE_RESPONSE_KEY));
}

/** Answers an invoke with an HTTP status and a JSON body (the adapter turns it into the HTTP response). */
export async function answerInvoke(context: TurnContext, status: number, body: unknown): Promise<void> {
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status, body } });
}

/** A malformed `adaptiveCard/action`: 400 with the Universal Actions error body and a sentence. */
export async function refuseMalformedAction(context: TurnContext, message: string): Promise<void> {
  await answerInvoke(context, 400, { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } });
}

/**
 * An invoke no route answered: a card button with an unknown verb gets 200 with a message Teams shows on
 * the card; any other invoke name gets 400 with a sentence. Never 501 with an empty body.
 */
export async function answerUnhandledInvoke(context: TurnContext): Promise<void> {
  if (context.activity.name === ACTION_INVOKE) {
    await answerInvoke(context, 200, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: UNKNOWN_BUTTON });
    return;
  }
  const name = typeof context.activity.name === 'string' && context.activity.name ? `"${context.activity.name.slice(0, 64)}"` : 'without a name';
  await answerInvoke(context, 400, { code: 'BadRequest', message: `Chaser does not handle invoke requests ${name}; nothing was changed.` });
}

/** An invoke whose route failed: a card button gets the failure as a sentence on the card (200), others 500 with the sentence. */
export async function answerUnhandledFailure(context: TurnContext, err: unknown): Promise<void> {
  const message = userMessage(err);
  if (context.activity.name === ACTION_INVOKE) await answerInvoke(context, 200, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message });
  else await answerInvoke(context, 500, { code: 'InternalError', message });
}
