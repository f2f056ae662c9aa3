/**
 * The errors users can meet, each with a stable code and a sentence they can act on.
 * Entry points (onTurnError, the restify handler, the CLI) show `userMessage(err)`:
 * a known error's own sentence, or a plain apology — never a stack.
 */
export class ChaserError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
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

/** Codes of errors whose message is written for users (ours, the store's and the importer's). */
const USER_FACING = new Set([
  'not-allowed', 'invalid-input', 'not-found', 'stale-record', 'duplicate-record', 'config-invalid',
  'unsupported-format', 'unreadable', 'empty', 'too-large', 'no-actions',
]);

export function userMessage(err: unknown): string {
  const code = typeof err === 'object' && err !== null ? (err as { code?: unknown }).code : undefined;
  if (err instanceof Error && typeof code === 'string' && USER_FACING.has(code)) return err.message;
  return GENERIC;
}
