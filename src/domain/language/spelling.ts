
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
 * Replaces each word the model does not know by the closest word it does, when close enough: one slip
 * (a letter missing, extra, wrong, or two swapped) in a word of 4–7 letters, two from 8 ("overdu" →
 * "overdue", "overdeu" → "overdue", "dedlines" → "deadlines"); "looking" is not made "lacking".
 * Ties go to the shorter candidate, then the first in the vocabulary's order (deterministic).
 */
export function correctSpelling(masked: string, lexicon: Lexicon): string {
  return masked.split(' ').map((w) => (lexicon.known.has(w) || w.length < 4 ? w : corrected(w, lexicon))).join(' ');
}

function corrected(word: string, lexicon: Lexicon): string {
  const cached = lexicon.cache.get(word);
  if (cached !== undefined) return cached;
  const allowed = word.length >= 8 ? 2 : 1;
  let best = word;
  let bestDistance = allowed + 1;
  for (let length = word.length - allowed; length <= word.length + allowed; length++) {
    for (const candidate of lexicon.byLength.get(length) ?? []) {
      const d = typingDistance(word, candidate);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
  }
  if (lexicon.cache.size < CACHE_LIMIT) lexicon.cache.set(word, best);
  return best;
}

/** Edits between two words, a swap of neighbouring letters counting as one (optimal string alignment). */
export function typingDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
