/**
 * The classifier's features for a masked message: its words, the pairs of neighbouring words, the
 * first word, whether it ends with a question mark, and the status it reports (so "stuck" and
 * "blocked" look alike to the model).
 */
export function featuresOf(masked: string, statusClass: string | null): string[] {
  const words = masked.split(' ').filter(Boolean);
  const found = new Set<string>();
  words.forEach((w, i) => {
    found.add(`w:${w}`);
    found.add(`b:${i === 0 ? '^' : words[i - 1]}_${w}`);
  });
  if (words.length) {
    found.add(`f:${words[0]}`);
    found.add(`b:${words[words.length - 1]}_$`);
  }
  if (words.length <= 3) found.add('len:short');
  if (statusClass) found.add(`s:${statusClass}`);
  return [...found];
}
