import { editDistance } from '../chat/chat-text';

/** The model's words grouped by length, so a typo is compared only with words of about its length. */
export interface Lexicon {
  known: ReadonlySet<string>;
  byLength: ReadonlyMap<number, readonly string[]>;
  /** Corrections already worked out (bounded). */
  cache: Map<string, string>;
}

const CACHE_LIMIT = 5000;

export function lexiconOf(words: readonly string[]): Lexicon {
  const byLength = new Map<number, string[]>();
  for (const w of words) {
    if (w.length < 3) continue;
    byLength.set(w.length, [...(byLength.get(w.length) ?? []), w]);
  }
  return { known: new Set(words), byLength, cache: new Map() };
}

/**
 * Replaces each word the model does not know by the closest word it does, when close enough:
 * one slip in a word of 4–6 letters, two from 7 ("overdu" → "overdue", "dedlines" → "deadlines").
 * Ties go to the shorter candidate, then the first in the vocabulary's order (deterministic).
 */
export function correctSpelling(masked: string, lexicon: Lexicon): string {
  return masked.split(' ').map((w) => (lexicon.known.has(w) || w.length < 4 ? w : corrected(w, lexicon))).join(' ');
}

function corrected(word: string, lexicon: Lexicon): string {
  const cached = lexicon.cache.get(word);
  if (cached !== undefined) return cached;
  const allowed = word.length >= 7 ? 2 : 1;
  let best = word;
  let bestDistance = allowed + 1;
  for (let length = word.length - allowed; length <= word.length + allowed; length++) {
    for (const candidate of lexicon.byLength.get(length) ?? []) {
      const d = editDistance(word, candidate);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
  }
  if (lexicon.cache.size < CACHE_LIMIT) lexicon.cache.set(word, best);
  return best;
}
