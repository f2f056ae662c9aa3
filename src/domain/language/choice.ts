const ORDINALS: Record<string, number> = {
  first: 1, '1st': 1, former: 1, one: 1, second: 2, '2nd': 2, two: 2, third: 3, '3rd': 3, three: 3,
  fourth: 4, '4th': 4, four: 4, fifth: 5, '5th': 5, five: 5, last: -1, latter: -1,
};
const CHOICE = /^(?:the\s+)?(?:option\s+|number\s+)?(first|1st|former|one|second|2nd|two|third|3rd|three|fourth|4th|four|fifth|5th|five|last|latter|\d)\b/i;

/** Which of the offered candidates "the second one", "option 2", "the last one" picks: 1-based, -1 for the last. */
export function findChoice(text: string): number | undefined {
  const m = CHOICE.exec(text.trim());
  if (!m) return undefined;
  const word = m[1]!.toLowerCase();
  return /^\d$/.test(word) ? Number(word) : ORDINALS[word];
}
