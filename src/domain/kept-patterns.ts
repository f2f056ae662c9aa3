/**
 * Patterns built from the register's words (leads, board codes, references), kept instead of built again
 * for every message: each message is read against the same few patterns until the register's words change,
 * and building a RegExp makes V8 compile it again.
 *
 * Kept by `key`, which must name everything the pattern is built from (its source and flags, or the words
 * and options that make them): a kept pattern is then exactly the one `build` would make, so nothing needs
 * invalidating. At most 256 are kept; when the words change, the new patterns push the oldest out.
 * A global (`g`) pattern is handed out with `lastIndex` 0: use it with `replace` or `matchAll`, not `exec`
 * across another reading.
 */
const kept = new Map<string, RegExp | null>();
const MAX_KEPT = 256;

export function keptPattern(key: string, build: () => RegExp | null): RegExp | null {
  let pattern = kept.get(key);
  if (pattern === undefined) {
    pattern = build();
    if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
    kept.set(key, pattern);
  }
  if (pattern) pattern.lastIndex = 0;
  return pattern;
}
