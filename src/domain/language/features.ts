/** A crude stem, so "replied", "replying" and "replies" look alike to the model. */
export function stem(word: string): string {
  if (word.length <= 4 || word.startsWith('z')) return word;
  return word.replace(/(?:ing|ed|es|s|ly)$/, '').replace(/(?:i)$/, 'y');
}

/**
 * The classifier's features for a masked message: its words, their stems and first four letters
 * (typos and endings aside, "replied" and "replying" look alike), the pairs of neighbouring stems,
 * the first word, the last, whether it is short, and the status it reports (so "stuck" and "blocked"
 * look alike). Chosen by 5-fold cross-validation on the training phrasings only.
 */
export function featuresOf(masked: string, statusClass: string | null): string[] {
  const words = masked.split(' ').filter(Boolean);
  const stems = words.map(stem);
  const found = new Set<string>();
  words.forEach((w, i) => {
    found.add(`w:${w}`);
    if (w.length >= 5 && !w.startsWith('z')) found.add(`p:${w.slice(0, 4)}`);
    found.add(`t:${stems[i]}`);
    found.add(`b:${i === 0 ? '^' : stems[i - 1]}_${stems[i]}`);
  });
  if (words.length) {
    found.add(`f:${words[0]}`);
    found.add(`b:${stems[stems.length - 1]}_$`);
  }
  if (words.length <= 3) found.add('len:short');
  if (statusClass) found.add(`s:${statusClass}`);
  return [...found];
}
