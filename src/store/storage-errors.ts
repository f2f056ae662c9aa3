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
