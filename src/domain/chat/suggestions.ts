import { editDistance } from './chat-text';

/** The questions offered when Chaser cannot read one; the first three are the general starters. */
export const EXAMPLE_QUESTIONS = [
  'what is overdue?',
  "what's due this week?",
  'help',
  'anything late for MPS?',
  'due before 30 June',
  'what has MOPAC got open?',
  'my actions',
  'which actions are red?',
  'what needs a date?',
  'show action 5',
  'anything about strip search?',
  'send me the digest',
] as const;

const IGNORED = new Set(['a', 'an', 'the', 'is', 'are', 'what', 'whats', 's', 'me', 'i', 'to', 'of', 'for']);

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => !IGNORED.has(w));
}

/** 1 for the same word, down to 0.5 for a close typo ("overdeu"), else 0. */
function likeness(a: string, b: string): number {
  const score = 1 - editDistance(a, b) / Math.max(a.length, b.length);
  return score >= 0.5 ? score : 0;
}

function score(typed: string[], example: string): number {
  const theirs = words(example);
  return typed.reduce((sum, w) => sum + Math.max(0, ...theirs.map((t) => likeness(w, t))), 0);
}

/**
 * Up to three example questions closest to what was typed, by word overlap allowing typos; those
 * scoring under half the best are left out so a near miss is not buried. Nothing alike: the starters.
 */
export function suggestQuestions(text: string): string[] {
  const typed = words(text);
  const ranked = EXAMPLE_QUESTIONS.map((q, i) => ({ q, i, s: score(typed, q) })).sort((a, b) => b.s - a.s || a.i - b.i);
  const best = ranked[0]!.s;
  if (best === 0) return EXAMPLE_QUESTIONS.slice(0, 3);
  return ranked.filter((r) => r.s > 0 && r.s >= best / 2).slice(0, 3).map((r) => r.q);
}
