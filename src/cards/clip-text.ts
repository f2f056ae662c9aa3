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
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max) return { text: flat, clipped: false };
  const head = chars.slice(0, Math.max(1, max - 1)).join('');
  const cutInsideWord = chars[max - 1] !== ' ';
  const lastSpace = head.lastIndexOf(' ');
  const kept = cutInsideWord && lastSpace > 0 ? head.slice(0, lastSpace) : head;
  return { text: `${kept.replace(/[\s,;:.\-–—]+$/u, '')}…`, clipped: true };
}

/** {@link clipAtWord}, text only. */
