/**
 * The error catalogue: every error Chaser raises on purpose is a ChaserError with a stable code (the
 * codes and their meaning: docs/architecture.md, "Error catalogue"). Entry points (onTurnError, the
 * restify handler, the CLI, the scheduler) show `userMessage(err)` — a known error's own sentence, or a
 * plain apology, never a stack — and log every unexpected error once with `errorCode(err)`.
 */
import type { Logger } from './log';

/** Every stable code. A code never changes meaning; a new kind of error gets a new code. */
export type ChaserErrorCode =
  // the user's request (the sentence is for them)
  | 'not-allowed' | 'invalid-input' | 'not-found' | 'stale-record' | 'duplicate-record' | 'usage'
  // documents that cannot be imported, and imports refused for their problems
  | 'unsupported-format' | 'unreadable' | 'empty' | 'too-large' | 'no-actions' | 'import-refused'
  // an import that cannot be undone (its actions were updated since, or it is not finished)
  | 'undo-refused'
  // a request refused at the HTTP edge (before the bot)
  | 'request-refused'
  // a register tab request without a valid Teams identity (always 401)
  | 'identity-refused'
  // Microsoft Graph could not be asked (no token, offline, throttled too long): mappings stay unverified
  | 'graph-unavailable'
  // internal: a card the compiled templates cannot build exactly (never reaches anyone: the templating library builds it)
  | 'template-fallback'
  // the operator's setup
  | 'config-invalid' | 'azurite-missing';

/** The base of every error Chaser raises on purpose: a stable `code` and a sentence in `message`. */
export class ChaserError extends Error {
  constructor(readonly code: ChaserErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The user may not do this (not a lead, delegate or admin). */
export class NotAllowedError extends ChaserError {
  constructor(message: string) {
    super('not-allowed', message);
  }
}

/** The input was not valid: the message says which field and what was expected. */
export class InvalidInputError extends ChaserError {
  constructor(message: string) {
    super('invalid-input', message);
  }
}

/** The thing asked for does not exist. */
export class NotFoundError extends ChaserError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** Someone changed the record since it was read; reload and try again. */
export class StaleRecordError extends ChaserError {
  constructor(what: string) {
    super('stale-record', `${what} was changed by someone else at the same moment; please try again.`);
  }
}

/** A record that must be new already exists. */
export class DuplicateRecordError extends ChaserError {
  constructor(what: string) {
    super('duplicate-record', `${what} already exists.`);
  }
}

const GENERIC = 'Sorry, something went wrong on my side and nothing was changed. Please try again in a minute; if it keeps happening, tell the secretariat.';

/** Codes of errors whose message is written for the person who caused them: shown as they are, and not logged as failures. */
const USER_FACING: ReadonlySet<ChaserErrorCode> = new Set<ChaserErrorCode>([
  'not-allowed', 'invalid-input', 'not-found', 'stale-record', 'duplicate-record', 'usage', 'config-invalid',
  'unsupported-format', 'unreadable', 'empty', 'too-large', 'no-actions', 'import-refused', 'undo-refused', 'request-refused',
]);

/** True for a ChaserError the user caused and can act on (its message is for them); false for anything unexpected. */
export function isUserError(err: unknown): err is ChaserError {
  return err instanceof ChaserError && USER_FACING.has(err.code);
}

/** The code to log with an error: a ChaserError's own, else `unexpected`. */
export function errorCode(err: unknown): ChaserErrorCode | 'unexpected' {
  return err instanceof ChaserError ? err.code : 'unexpected';
}

/** The sentence to show for `err`: a user error's own message, otherwise a plain apology (never a stack). */
export function userMessage(err: unknown): string {
  return isUserError(err) ? err.message : GENERIC;
}

/**
 * A route's answer to a failure: an unexpected error (anything but a user error) is logged once, at
 * error level with its code and `where` (route, user…) and `what` as the message; the return value is the
 * sentence to show. User errors are the user's to fix and are not logged as failures.
 */
export function answerFailure(err: unknown, log: Pick<Logger, 'error'>, what: string, where: Record<string, unknown> = {}): string {
  if (!isUserError(err)) log.error({ ...where, err, code: errorCode(err) }, what);
  return userMessage(err);
}
