import { editDistance } from '../chat/chat-text';

/**
 * Replaces each word the model does not know by the closest word it does, when close enough:
 * one slip in a word of 4–6 letters, two from 7 ("overdu" → "overdue", "replyed" → "replied").
 * Ties go to the first word in the vocabulary's order, so the result is deterministic.
 */
export function correctSpelling(masked: string, vocabulary: ReadonlySet<string>, words: readonly string[]): string {
  return masked.split(' ').map((w) => (vocabulary.has(w) || w.length < 4 ? w : closest(w, words) ?? w)).join(' ');
}

function closest(word: string, words: readonly string[]): string | null {
  const allowed = word.length >= 7 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const candidate of words) {
    if (Math.abs(candidate.length - word.length) > allowed || candidate.length < 3) continue;
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
