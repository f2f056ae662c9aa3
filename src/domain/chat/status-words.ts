import { STATUSES, Status } from '../action';
import { blank, editDistance, phrasePattern } from './chat-text';

type Rag = Exclude<Status, 'awaiting_update'>;

/** The words people use for each RAG; "dark"/"pale green" are the seeds' own labels. */
const RAG_WORDS: Record<Rag, string[]> = {
  complete: ['complete', 'completed', 'done', 'closed', 'finished', 'dark green'],
  on_track: ['on track', 'on-track', 'ontrack', 'green', 'pale green', 'in progress', 'in-progress'],
  amber: ['amber', 'at risk', 'at-risk', 'delayed'],
  red: ['red', 'off track', 'off-track', 'offtrack', 'blocked'],
};

/** Only in questions: a reply always reports a RAG, but people ask who has not replied. */
const AWAITING_WORDS = ['awaiting update', 'awaiting an update', 'awaiting updates', 'no update', 'no updates',
  'not updated', 'no response', 'not been updated', 'without an update', 'without update'];

/** Single letters are RAG shorthand only before ':' or '-', since "5 a" is too easily something else. */
const LETTERS: Record<string, Rag> = { g: 'on_track', a: 'amber', r: 'red' };

const ALL_RAG = Object.entries(RAG_WORDS).flatMap(([s, ws]) => ws.map((w) => [w, s as Rag] as const));
const LOOKUP = new Map<string, Status>([...ALL_RAG, ...AWAITING_WORDS.map((w) => [w, 'awaiting_update'] as const)]);
const RAG_AT_START = new RegExp(`^${phrasePattern(ALL_RAG.map(([w]) => w))}(?![\\w-])`, 'i');
const ANY_STATUS = new RegExp(`\\b${phrasePattern([...LOOKUP.keys()])}(?![\\w-])`, 'gi');
const NEGATED_COMPLETE = /\b(?:not|n't|yet to be|never)\s+(?:been\s+|yet\s+)?(?:complete|completed|done|finished|closed)\b/gi;

function key(phrase: string): string {
  return phrase.toLowerCase().replace(/\s+/g, ' ');
}

/** The RAG word at the very start of `text`, and how long it is. */
export function ragAtStart(text: string): { status: Rag; length: number } | null {
  const m = RAG_AT_START.exec(text);
  if (m) return { status: LOOKUP.get(key(m[0])) as Rag, length: m[0].length };
  const letter = /^([gar])\s*(?=[:\-–—])/i.exec(text);
  return letter ? { status: LETTERS[letter[1]!.toLowerCase()]!, length: letter[1]!.length } : null;
}

/** True when `word` looks like a mistyped RAG word ("compelte", "ambr"), worth a correction rather than silence. */
export function looksLikeRag(word: string): boolean {
  const w = word.toLowerCase();
  // One slip in a short word, two in a long one: "june" is two from "done" and must not count.
  const allowed = w.length >= 6 ? 2 : 1;
  return w.length >= 3 && ALL_RAG.some(([r]) => !r.includes(' ') && r.length >= 4 && editDistance(w, r) <= allowed);
}

/** Every status a question mentions, in the register's order; "not complete" asks for open actions, not complete ones. */
export function statusesIn(text: string): Status[] {
  let rest = text;
  for (const m of text.matchAll(NEGATED_COMPLETE)) rest = blank(rest, m.index, m.index + m[0].length);
  const found = new Set([...rest.matchAll(ANY_STATUS)].map((m) => LOOKUP.get(key(m[0]))!));
  return STATUSES.filter((s) => found.has(s));
}
