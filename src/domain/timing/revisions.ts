import { Mention } from './mention';

/** Verbs of a slipped date ("extended", "re-profiled", "pushed back"), as a regular-expression source with no group. */
export const SLIPPED_VERBS = String.raw`(?:revised|extended|deferred|postponed|moved|changed|amended|slipped|delayed|rescheduled|re-scheduled|re-?profiled|re-?programmed|put\s+back|pushed(?:\s+(?:back|out))?|brought\s+forward)`;

/**
 * The words trackers write before a slipped date ("extended to", "deferred until", "put back to",
 * "rescheduled for", "re-profiled to"), as a regular-expression source with no group of its own: shared
 * with the import's reading of update cells (src/import/revision-in-words.ts), so both know the same words.
 */
export const REVISED_TO_WORDS = String.raw`(?:\b${SLIPPED_VERBS}\s+(?:to|until|till)\b|\b(?:rescheduled|re-scheduled)\s+for\b)`;

/** "now due", "now expected by", "now": the date after them is the current one ("31/12/2024 - now due March 2025"). */
export const NOW_DUE_WORDS = String.raw`\bnow(?:\s+(?:due|expected|scheduled|planned|targeted|set\s+for))?\b`;

/** Words saying the date after them replaces the one before: "30 Nov extended to 31 Dec", "Revised: 31/01/24". */
const REPLACES_BEFORE = new RegExp(
  [
    REVISED_TO_WORDS,
    NOW_DUE_WORDS,
    String.raw`\bnew\s+(?:(?:(?:due|target)\s+)?(?:date|deadline)|target)\b(?:\s+of\b)?`,
    String.raw`\brevised(?:\s+(?:due|target|deadline)(?:\s+date)?|\s+date)?\b(?!\s+(?:from|to|until|till)\b)`,
  ].join('|'),
  'gi',
);

/** Words saying the date after them is the one replaced: "31 Dec (revised from 30 Nov)", "Original: 30/11/23". */
const IS_REPLACED = new RegExp(
  [
    String.raw`\b${SLIPPED_VERBS}\s+from\b`,
    String.raw`\boriginal(?:ly)?(?:\s+(?:due|target|deadline)(?:\s+date)?|\s+date)?\b`,
    String.raw`\bpreviously\b`,
    String.raw`\(\s*was\b`,
  ].join('|'),
  'gi',
);

/** What may sit between revision words and their date: "Revised: 31/01/24", "extended to the end of March". */
const UP_TO_DATE = /^[\s:;,.\-(]*(?:(?:the|by|on|at|to|in|for)\s+)?$/i;

/** Which mentions a revision replaced, and whether the timing says it was revised at all. */
export interface Revisions {
  superseded: Set<Mention>;
  revised: boolean;
}

/**
 * Reads revision words between the mentions of one timing (in reading order). A "replaces" word makes the
 * mention before it superseded by the one after ("30 Nov extended to 31 Dec deferred to 31 Jan" keeps
 * 31 Jan); an "is replaced" word makes the mention after it superseded ("31 Dec (revised from 30 Nov)"); a
 * struck-through mention ("~~October 2024~~ February 2025") is superseded. (When that would leave no date,
 * combine-mentions.ts keeps them all.)
 */
export function findRevisions(text: string, mentions: Mention[]): Revisions {
  const superseded = new Set<Mention>();
  let revised = false;
  const words = [
    ...[...text.matchAll(REPLACES_BEFORE)].map((m) => ({ match: m, replacesBefore: true })),
    ...[...text.matchAll(IS_REPLACED)].map((m) => ({ match: m, replacesBefore: false })),
  ];
  for (const { match, replacesBefore } of words) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (mentions.some((m) => start < m.end && m.start < end)) continue; // part of a timing phrase itself
    const after = mentions.find((m) => m.start >= end);
    // Revision words must lead straight to their date: "the revised plan by 30 June" is no revision.
    if (!after || !UP_TO_DATE.test(text.slice(end, after.start))) continue;
    revised = true;
    if (!replacesBefore) {
      superseded.add(after);
      continue;
    }
    const before = [...mentions].reverse().find((m) => m.end <= start);
    if (before) superseded.add(before);
  }
  // "30/06/2024 then 30/09/2025", "31/05/2025 → 30/09/2025": a date followed straight by its replacement.
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    if (SLIPPED_TO.test(text.slice(a.end, b.start))) {
      superseded.add(a);
      revised = true;
    }
  }
  // "~~October 2024~~ February 2025": a struck-through date (markdown's ~~, which Word's strike is read as) is the superseded one.
  const struck = [...text.matchAll(STRUCK)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const m of mentions) {
    if (!struck.some((s) => s.start <= m.start && m.end <= s.end)) continue;
    superseded.add(m);
    revised = true;
  }
  return { superseded, revised };
}

/** Struck-through text as markdown writes it: "~~October 2024~~". */
const STRUCK = /~~[^~\n]+~~/g;

/** Between two dates and nothing else: the second replaced the first ("then", "now", an arrow). */
const SLIPPED_TO = /^\s*[,;]?\s*(?:then|now|and\s+now|→|⇒|->|=>|>)\s*[:\-–]?\s*$/i;

/**
 * Two or more days with nothing but spaces, a comma or a semicolon between them ("13.09.2023 08.11.2023",
 * "30/06/2025; 31/10/2025"): trackers append a
 * date as it slips, so the last is current and the others are superseded; the reading is ambiguous.
 * Periods ("June July") and dates joined by any word or mark ("16 June and 21 July", "- 16 June - 21 July")
 * are milestones instead. Returns the mentions superseded this way.
 */
export function findAppendedDates(text: string, mentions: Mention[]): Set<Mention> {
  const superseded = new Set<Mention>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i]!, mentions[i + 1]!];
    if (a.day && b.day && /^\s*[,;]?\s+$|^\s*[,;]\s*$/.test(text.slice(a.end, b.start))) superseded.add(a);
  }
  return superseded;
}
