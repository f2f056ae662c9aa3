import { STATUS_LABEL, Status } from '../domain/action';
import { CellValue, cellText } from './cell';
import { colourMark, percentDone, percentStatus } from './status-symbols';

/**
 * The status words registers write, from the import cases' "Status words" table (compared lower-case,
 * spaces, hyphens and underscores collapsed). Colours come apart from words: "Green - complete" is complete.
 */
const WORDS: Record<Exclude<Status, 'awaiting_update'>, string[]> = {
  complete: ['complete', 'completed', 'done', 'closed', 'c', 'dark green', 'darkgreen', 'dg', 'blue', 'b', 'implemented', 'fully implemented',
    'action closed', 'action complete', 'action completed', 'achieved', 'fully achieved', 'actioned', 'delivered', 'finished', 'fully complete'],
  // An audit committee reads "Partially implemented" as work under way: lateness is judged from the agreed
  // (or revised) date, which Chaser already chases, not from the word, so it claims no risk (not amber).
  on_track: ['on track', 'ontrack', 'green', 'g', 'pale green', 'palegreen', 'pg', 'light green', 'in progress', 'in hand', 'ongoing', 'on going', 'on target', 'on schedule',
    'partially implemented', 'partly implemented', 'partially complete', 'partly complete', 'partially completed', 'partially achieved', 'partly achieved'],
  // "On hold" and its kin say the work has stopped for now, as "Deferred" does: at risk, the word kept.
  amber: ['amber', 'a', 'at risk', 'delayed', 'deferred', 'slipped', 'slipping', 'on hold', 'paused', 'suspended', 'postponed'],
  red: ['red', 'r', 'off track', 'overdue', 'stalled', 'blocked'],
};

/** Colours (and their letters): when a cell has both, the words win ("Green - complete"). */
const COLOURS = new Set(['green', 'g', 'pale green', 'palegreen', 'pg', 'light green', 'dark green', 'darkgreen', 'dg', 'blue', 'b', 'amber', 'a', 'red', 'r']);

/** Values that mean "nobody has reported yet": open, no RAG claimed. */
const NO_STATUS = ['', 'awaiting update', 'awaiting', 'open', 'o', 'new', 'not yet due', 'not due', '-', 'n/a', 'tbc'];

/** Open with nothing done yet: no status claimed, the word kept as the update (an audit committee reads it). */
const NOT_BEGUN = ['not started', 'not implemented', 'not yet implemented', 'not yet started',
  // Still to do, no RAG claimed: "Outstanding" is open, as the import cases read Open, the word kept.
  'outstanding', 'not complete', 'not completed', 'incomplete', 'not yet complete', 'not yet completed', 'not achieved',
  'not yet achieved', 'pending', 'carried forward', 'carried over', 'rolled forward'];

/** Complete, awaiting the board's confirmation. */
const PROPOSED = ['proposed for closure', 'propose to close', 'proposed to close', 'propose closure', 'recommend closure', 'recommended for closure', 'recommend to close', 'for closure', 'close', 'to close'];

/** Complete because no longer wanted: reminders stop, the word is kept. */
const SUPERSEDED = ['superseded', 'withdrawn', 'no longer required', 'no longer needed', 'not required', 'cancelled', 'canceled'];

/** Words that say more than a colour: kept as the update text. */
const TELLING = new Set(['delayed', 'deferred', 'slipped', 'slipping', 'on hold', 'paused', 'suspended', 'postponed', 'overdue', 'stalled', 'blocked',
  'partially implemented', 'partly implemented', 'partially complete', 'partly complete', 'partially completed', 'partially achieved', 'partly achieved', ...SUPERSEDED]);

/** The accepted values, as a sentence fragment for problem messages. */
export const ACCEPTED_STATUSES =
  'Complete, Done, Closed (C), Dark green (DG), Blue, Proposed for closure, On track, In progress, In hand, Ongoing, ' +
  'Green (G), Pale green (PG), Amber (A), At risk, Delayed, Deferred, On hold, Red (R), Off track, Overdue, Superseded, Withdrawn, ' +
  'Implemented, Achieved, Partially implemented, Partially complete, Not implemented, Open, Outstanding, Not yet due, Not started, Awaiting update, or blank';

/** What a status cell says. `note` marks a closure awaiting the board, or a superseded action; `word` is kept as update text. */
export type StatusReading = Known | { kind: 'unknown'; text: string };
type Known = { kind: 'status'; status: Status | undefined; note?: 'proposed-for-closure' | 'superseded'; word?: string };

/** A footnote marker after the word: "Complete*", "Completed¹", "Complete (see note 2)", "Done [1]", "Complete†". */
const FOOTNOTE = /\s*(?:[*†‡§¹²³⁰⁴-⁹]+|\[\d+\]|\((?:see\s+)?(?:foot)?note\s*\w*\))$/i;

/** Ticks after (or instead of) the word: "Completed ✓", "Done ✔", "✅". */
const TICKS = /[\u2713\u2714\u2705\u2611]\uFE0F?/g;

function withoutFootnote(text: string): string {
  const unticked = text.replace(TICKS, ' ').replace(/\s+/g, ' ').trim();
  if (!unticked && text.trim()) return 'Complete';
  const bare = unticked.replace(FOOTNOTE, '');
  return bare || unticked;
}

/** Worst first: a split RAG ("Green/Amber", "Amber-Red") is read as its worse colour. */
const SEVERITY: Array<Status | undefined> = ['red', 'amber', 'on_track', 'complete'];

/** "Amber/Green", "Green/Amber" → amber; "Amber-Red" → red: the worse colour, the words kept as the update. */
function splitRag(parts: Array<{ k: string; reading: StatusReading | null }>, text: string): StatusReading | null {
  if (parts.length < 2 || !parts.every((p) => COLOURS.has(p.k) && p.reading?.kind === 'status')) return null;
  const statuses = parts.map((p) => (p.reading as Known).status);
  if (new Set(statuses).size < 2) return null;
  const worst = SEVERITY.find((s) => statuses.includes(s));
  return { kind: 'status', status: worst, word: text };
}

/** Greek and Cyrillic capitals that look like Latin ones (a PDF's "Α" for Amber). */
const LOOKALIKES: Record<string, string> = {
  Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
};

function key(text: string): string {
  return text.replace(/[\u0391-\u03a9\u0410-\u042f]/g, (c) => LOOKALIKES[c] ?? c).toLowerCase()
    .replace(/(\w)-(\w)/g, '$1 $2').replace(/[_\s]+/g, ' ').replace(/[.!]+$/, '').trim();
}

function lookUp(k: string, text: string): StatusReading | null {
  if (NO_STATUS.includes(k)) return { kind: 'status', status: undefined };
  if (NOT_BEGUN.includes(k)) return { kind: 'status', status: undefined, word: text };
  if (PROPOSED.includes(k)) return { kind: 'status', status: 'complete', note: 'proposed-for-closure' };
  if (SUPERSEDED.includes(k)) return { kind: 'status', status: 'complete', note: 'superseded', word: text };
  const word = TELLING.has(k) ? { word: text } : {};
  for (const [status, words] of Object.entries(WORDS) as Array<[Status, string[]]>) {
    if (words.includes(k) || k === status.replace('_', ' ')) return { kind: 'status', status, ...word };
  }
  for (const [status, label] of Object.entries(STATUS_LABEL) as Array<[Status, string]>) {
    if (k === label) return { kind: 'status', status: status === 'awaiting_update' ? undefined : status };
  }
  return null;
}

/**
 * Reads a status/RAG cell: "Dark green" → complete, "PG" → on_track, "Not yet due" → no status,
 * "Proposed for closure" → complete (awaiting the board), "Withdrawn" → complete (superseded).
 * A colour mark ("🟢", "🟠 slipping") or a percentage ("40%") is read by `symbolReading`.
 * Anything else is `unknown`: the caller keeps it as the update text and warns.
 */
export function parseStatus(value: CellValue): StatusReading {
  const text = withoutFootnote(cellText(value));
  const symbol = symbolReading(text);
  if (symbol) return symbol;
  const whole = lookUp(key(text), text);
  if (whole) return whole;
  // "Complete (dark green)", "Green - complete": try the words around the brackets or the dash.
  const parts = text.split(/\s*[()\-–/:,]\s*/).filter(Boolean).map((p) => ({ k: key(p), reading: lookUp(key(p), p) }));
  const split = splitRag(parts, text);
  if (split) return split;
  const found = parts.filter((p) => p.reading !== null);
  if (found.length > 0 && found.length === parts.length) {
    // "Closed - superseded", "Complete (for closure)": the word that says more than "complete" wins.
    const noted = found.find((p) => p.reading?.kind === 'status' && p.reading.note);
    const chosen = (noted ?? found.find((p) => !COLOURS.has(p.k)) ?? found[0]!).reading as Known;
    return awaitsConfirmation(chosen, text) ? { ...chosen, note: 'proposed-for-closure', word: text } : chosen;
  }
  // "Amber - awaiting the data": the status first, then narrative, which is kept as the update.
  const first = parts[0]?.reading;
  if (first?.kind === 'status' && first.status) return { ...first, ...(awaitsConfirmation(first, text) ? { note: 'proposed-for-closure' as const } : {}), word: text };
  return { kind: 'unknown', text };
}

/**
 * "Complete - awaiting confirmation", "Completed – awaiting sign-off", "Complete (subject to confirmation)",
 * "Done, pending evidence": a lead's "complete" the board has still to accept, which the import cases read as
 * complete, proposed for closure (the words kept as the update).
 */
const CONFIRMATION = /\b(?:await\w*|pending|subject\s+to|to\s+be|for|needs?|requires?|until)\b.*\b(?:confirm\w*|sign[\s-]?off|signed\s+off|approv\w*|verif\w*|validat\w*|evidence|closure|clos\w*|assurance|agree\w*|ratif\w*|review\w*)|\btbc\b/i;

function awaitsConfirmation(reading: Known, text: string): boolean {
  return reading.status === 'complete' && !reading.note && CONFIRMATION.test(text);
}

/**
 * A colour emoji RAG or a percentage done (`status-symbols.ts`): words beside the mark that name a status win
 * ("🟢 Complete"), other words are kept ("🟠 slipping"); "40%" is on track, kept as "40% complete"; "0%" claims nothing.
 */
function symbolReading(text: string): StatusReading | null {
  const marked = colourMark(text);
  if (marked) {
    const words = marked.rest ? parseStatus(marked.rest) : null;
    if (words?.kind === 'status' && words.status) return words;
    return { kind: 'status', status: marked.status, ...(marked.rest ? { word: marked.rest } : {}) };
  }
  const percent = percentDone(text);
  if (percent === null) return null;
  const status = percentStatus(percent);
  return { kind: 'status', status, ...(status === 'on_track' ? { word: `${percent}% complete` } : {}) };
}
