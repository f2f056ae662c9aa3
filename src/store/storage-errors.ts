/**
 * The storage SDK's errors turned into the few facts the repositories act on.
 * Only these cases are handled deliberately; anything else propagates to the entry point's handler.
 */
function statusOf(err: unknown): number | undefined {
  return typeof err === 'object' && err !== null && 'statusCode' in err ? (err as { statusCode?: number }).statusCode : undefined;
}

/** 409: the entity (or table) already exists. */
export const isConflict = (err: unknown): boolean => statusOf(err) === 409;
/** 412: the ETag we held is stale — someone else changed the entity. */
export const isStale = (err: unknown): boolean => statusOf(err) === 412;
/** 404: no such entity or table. */
export const isNotFound = (err: unknown): boolean => statusOf(err) === 404;

/** Someone changed the record since it was read; reload and try again. */
export class StaleRecordError extends Error {
  readonly code = 'stale-record';
  constructor(what: string) {
    super(`${what} was changed by someone else at the same moment; please try again.`);
  }
}

/** A record that must be new already exists. */
export class DuplicateRecordError extends Error {
  readonly code = 'duplicate-record';
  constructor(what: string) {
    super(`${what} already exists.`);
  }
}
