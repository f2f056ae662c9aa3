/** Text as a card shows it: cut to fit, and whether anything was left out. */
export interface ClippedText {
  text: string;
  clipped: boolean;
}

/**
 * `text` with its whitespace runs folded to one space, cut to at most `max` characters at the end of a
 * word with "…" added (the "…" counts in `max`). A single word longer than `max` (a long link) is the only
 * thing ever cut inside, as nothing else would fit. Characters are code points, so no emoji is split.
 */
export function clipAtWord(text: string, max: number): ClippedText {
  // Folding changes nothing when the only whitespace is single inner spaces (most texts): no copy then.
  const flat = NEEDS_FOLDING.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  // No longer than `max` in UTF-16 units is no longer in code points: nothing to cut (most texts), no split.
  if (flat.length <= max) return { text: flat, clipped: false };
  // Without surrogate pairs every code point is one unit: the text is cut as it is. Otherwise only the first
  // `max` code points matter, and 2·max+2 units hold more than that: a long text is not split whole.
  const long = flat.length > 2 * max + 2;
  const chars = SURROGATE.test(flat) ? Array.from(long ? flat.slice(0, 2 * max + 2) : flat) : null;
  if (chars && !long && chars.length <= max) return { text: flat, clipped: false };
  const head = chars ? chars.slice(0, Math.max(1, max - 1)).join('') : flat.slice(0, Math.max(1, max - 1));
  const cutInsideWord = (chars ? chars[max - 1] : flat[max - 1]) !== ' ';
  const lastSpace = head.lastIndexOf(' ');
  const kept = cutInsideWord && lastSpace > 0 ? head.slice(0, lastSpace) : head;
  return { text: `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`, clipped: true };
}

/** Whitespace that `\s+` → ' ' and trim() would change: any but a space, two spaces, or a space at either end. */
const NEEDS_FOLDING = /[^\S ]| {2}|^ | $/;
const SURROGATE = /[\uD800-\uDFFF]/;

/** {@link clipAtWord}, text only. */
