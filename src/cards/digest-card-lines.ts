import type { Status } from '../domain/action';
import { longDate } from '../domain/calendar-date';
import { londonTime } from '../domain/london-time';
import { RAG_COLOURS } from '../domain/digest';
import type { ActionRef, CardColor, DigestChange, DigestLine } from '../domain/digest';

/** One entry of a card list: a bold reference with the facts, then the words in a quieter line. */
export interface CardLine {
  main: string;
  detail: string;
}

/** A run of the summary's rich text: the RAG words are coloured as the board reads them. */
export interface SummaryRun {
  text: string;
  color: CardColor;
  weight: 'Default' | 'Bolder';
}

/** The card quotes text this long at most (the board paper has it in full). */
const QUOTE_MAX = 110;

export function clipped(text: string, max = QUOTE_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const rag = (status: Status): string => RAG_COLOURS[status].label;
const head = (ref: ActionRef, ...facts: string[]): string => [`**${ref.reference}**`, ref.lead, ...facts].filter(Boolean).join(' · ');
const dateOf = (instant: string): string => longDate(londonTime(new Date(instant)).date);

function report(by: string, at: string, text: string): string {
  const who = [by ? `by ${by}` : '', at ? `on ${dateOf(at)}` : ''].filter(Boolean).join(' ');
  return [who, text ? `“${clipped(text)}”` : ''].filter(Boolean).join(': ');
}

export function changeLine(c: DigestChange): CardLine {
  if (c.kind === 'new') return { main: head(c.action, 'new action'), detail: clipped(c.action.text) };
  if (c.kind === 'status') return { main: head(c.action, `${rag(c.from)} → ${rag(c.to)}`), detail: report(c.by, c.at, c.text) };
  return { main: head(c.action, `update received (${rag(c.status)})`), detail: report(c.by, c.at, c.text) };
}

export function overdueLine(l: DigestLine): CardLine {
  const days = plural(l.businessDaysOverdue, 'business day', 'business days');
  const last = l.lastUpdate !== null && l.lastUpdateAt ? `Last update ${dateOf(l.lastUpdateAt)}: “${clipped(l.lastUpdate)}”` : 'No update received yet';
  return { main: head(l.ref, `${days} overdue`, `due ${longDate(l.due ?? '')}`), detail: last };
}

export function dueSoonLine(l: DigestLine): CardLine {
  return { main: head(l.ref, `due ${longDate(l.due ?? '')}`, rag(l.status)), detail: clipped(l.ref.text) };
}

export function awaitingLine(l: DigestLine): CardLine {
  return { main: head(l.ref, l.due ? `due ${longDate(l.due)}` : 'no due date'), detail: clipped(l.ref.text) };
}

export function needsDateLine(l: DigestLine): CardLine {
  return { main: head(l.ref, rag(l.status)), detail: clipped(l.ref.text) };
}

/** "2 new actions, 3 status changes and 4 updates received." */
export function changeCounts(changes: DigestChange[]): string {
  const count = (kind: DigestChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const parts = [
    plural(count('new'), 'new action', 'new actions'),
    plural(count('status'), 'status change', 'status changes'),
    plural(count('update'), 'update received', 'updates received'),
  ];
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}.`;
}

const RAG_WORDS: Array<[RegExp, CardColor]> = [
  [/\(dark green\)/, RAG_COLOURS.complete.cardColor],
  [/\(pale green\)/, RAG_COLOURS.on_track.cardColor],
  [/\bamber\b/, RAG_COLOURS.amber.cardColor],
  [/\bred\b/, RAG_COLOURS.red.cardColor],
];

/**
 * A summary line as runs. Only the count lines ("5 are complete (dark green)", "1 is amber") colour
 * their RAG word: "There are no actions that are amber or red" names colours it has none of.
 */
export function summaryRuns(line: string): SummaryRun[] {
  const plain = (text: string): SummaryRun => ({ text, color: 'Default', weight: 'Default' });
  if (!/^\d/.test(line)) return [plain(line)];
  for (const [word, color] of RAG_WORDS) {
    const m = word.exec(line);
    if (!m) continue;
    const runs = [plain(line.slice(0, m.index)), { text: m[0], color, weight: 'Bolder' as const }, plain(line.slice(m.index + m[0].length))];
    return runs.filter((r) => r.text !== '');
  }
  return [plain(line)];
}
