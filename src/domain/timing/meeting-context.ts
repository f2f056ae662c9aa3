/**
 * docs/product-rules.md: "a month tied to a meeting or report" means the 1st of that month, because the lead's
 * work must be ready before the meeting sits. A month is tied when a meeting noun follows it in the
 * same clause ("the June DMPC-AC Met Operations meeting", "January 2023 Oversight Board report",
 * "July board"), a committee's initials follow it straight away ("April 2025 ARC", "Mar 25 FPC"), or the
 * clause before it talks of a discussion or meeting ("For discussion in June").
 */
const NOUN_AFTER = /^(?:meetings?|boards?|reports?|committees?|panels?|forums?|sessions?|agendas?|papers?)$/i;
const WORD_BEFORE = /\b(?:discussion|discuss|meeting|board|committee)\b/i;
/** Clause breaks; " -" is the bullet some registers use between items ("-16 June ... -21 July ..."). */
const CLAUSE_BREAK = /[;:,.!?()\n]|\s-/;
/** How far after the month a meeting noun may sit ("June DMPC-AC Met Operations meeting" is 4 words). */
const WORDS_AFTER = 6;

/**
 * A committee's or board's initials, as trackers name the meeting after a month ("April 2025 ARC", "Feb
 * FPC", "June QSC", "Sept ICB"): two to six capitals (an "&" allowed) ending in C, B, P or G (Committee,
 * Board, Panel, Group). Capitals that are not a meeting are left out ("TBC", "ASAP", "NB"; "GP"; "CQC", "HMRC":
 * regulators, whose visit or return is no meeting of ours).
 */
const INITIALS = /^[A-Z][A-Z&]{0,4}[CBPG]$/;
const NOT_A_MEETING = new Set(['TBC', 'ASAP', 'NB', 'GP', 'CQC', 'HMRC']);

/** True when `word` (as written, case kept) is a committee's initials: "ARC", "FPC", "QSC", "ICB". */
export function isMeetingInitials(word: string): boolean {
  return INITIALS.test(word) && !NOT_A_MEETING.has(word);
}

/** True when a meeting noun follows the month in its clause, or the clause before it talks of a meeting. */
export function isTiedToMeeting(text: string, start: number, end: number): boolean {
  const after = text.slice(end).split(CLAUSE_BREAK)[0] ?? '';
  const words = after.split(/\s+/).filter(Boolean).slice(0, WORDS_AFTER);
  if (words.some((w) => NOUN_AFTER.test(w.replace(/[^a-z]/gi, '')))) return true;
  if (meetingNounFollows(text, end)) return true;
  const before = text.slice(0, start).split(CLAUSE_BREAK).pop() ?? '';
  return WORD_BEFORE.test(before);
}

/** True when the next word after `end` is a meeting noun or a committee's initials: "Jan Board", "Sept meeting", "April ARC". */
export function meetingNounFollows(text: string, end: number): boolean {
  const next = /^\s+([a-z&]+)\b/i.exec(text.slice(end));
  return next !== null && (NOUN_AFTER.test(next[1]!) || isMeetingInitials(next[1]!));
}
