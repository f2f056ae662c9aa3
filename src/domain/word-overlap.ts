/**
 * How much two texts say in the same words: of the shorter text's words of four letters or more (in small
 * letters, `ignore` left out), the share (0–1) the other text also has, and how many words that share is of.
 * Used to tell a restatement or a rewording of an action from a different one.
 */
export function wordOverlap(a: string, b: string, ignore: ReadonlySet<string> = new Set()): { share: number; words: number } {
  const words = (text: string) => new Set(text.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 4 && !ignore.has(w)));
  const wa = words(a);
  const wb = words(b);
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size === 0) return { share: 0, words: 0 };
  let shared = 0;
  for (const w of small) if (large.has(w)) shared += 1;
  return { share: shared / small.size, words: small.size };
}
