/**
 * Azure Tables keys may not contain / \ # ? or control characters and are at most 1 KiB.
 * `%` is escaped too so the encoding can be reversed.
 */
export function safeKey(value: string): string {
  const escaped = value.replace(/[%/\\#?\u0000-\u001f\u007f-\u009f]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
  if (Buffer.byteLength(escaped, 'utf8') > 1024) throw new RangeError(`storage key too long (${escaped.length} characters)`);
  return escaped;
}

export function unsafeKey(key: string): string {
  return key.replace(/%([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Row keys that sort newest first: the inverted time, then a tiebreak. */
export function newestFirstKey(at: Date, tiebreak: string): string {
  return `${String(9_999_999_999_999 - at.getTime()).padStart(13, '0')}_${tiebreak}`;
}

/** Escapes a value for an OData string literal in a filter. */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
