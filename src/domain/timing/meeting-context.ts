/**
 * docs/product-rules.md: "a month tied to a meeting or report" means the 1st of that month, because the lead's
 * work must be ready before the meeting sits. A month is tied when a meeting noun follows it in the
 * same clause ("the June DMPC-AC Met Operations meeting", "January 2023 Oversight Board report",
 * "July board"), or the clause before it talks of a discussion or meeting ("For discussion in June").
 */
const NOUN_AFTER = /^(?:meetings?|boards?|reports?|committees?|panels?|forums?|sessions?|agendas?|papers?)$/i;
const WORD_BEFORE = /\b(?:discussion|discuss|meeting|board|committee)\b/i;
/** Clause breaks; " -" is the bullet some registers use between items ("-16 June ... -21 July ..."). */
const CLAUSE_BREAK = /[;:,.!?()\n]|\s-/;
/** How far after the month a meeting noun may sit ("June DMPC-AC Met Operations meeting" is 4 words). */
const WORDS_AFTER = 6;

/** True when a meeting noun follows the month in its clause, or the clause before it talks of a meeting. */
export function isTiedToMeeting(text: string, start: number, end: number): boolean {
  const after = text.slice(end).split(CLAUSE_BREAK)[0] ?? '';
  const words = after.split(/\s+/).filter(Boolean).slice(0, WORDS_AFTER);
  if (words.some((w) => NOUN_AFTER.test(w.replace(/[^a-z]/gi, '')))) return true;
  const before = text.slice(0, start).split(CLAUSE_BREAK).pop() ?? '';
  return WORD_BEFORE.test(before);
}

/** True when the next word after `end` is a meeting noun: "Jan Board", "Sept meeting". */
export function meetingNounFollows(text: string, end: number): boolean {
  const next = /^\s+([a-z]+)/i.exec(text.slice(end));
  return next !== null && NOUN_AFTER.test(next[1]!);
}
