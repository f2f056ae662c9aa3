import type { Status } from '../domain/action';
import { longDate } from '../domain/calendar-date';
import { londonTime } from '../domain/london-time';
import { RAG_COLOURS } from '../domain/digest';
import type { ActionRef, DigestChange, DigestLine } from '../domain/digest';
import type { ContainerStyle } from './action-view';
import { clipAtWord } from './clip-text';

/**
 * One entry of a card list: the reference in bold, the facts after it, then quieter lines with the
 * action's words and the last update. Everything but `reference` may hold people's text: the template
 * puts it in TextRuns, which Teams never reads as Markdown.
 */
export interface CardLine {
  reference: string;
  facts: string;
  detail: string;
  note: string;
}

/** A run of the summary's rich text: the RAG word in bold, in the default colour. */
export interface SummaryRun {
  text: string;
  weight: 'Default' | 'Bolder';
}

/** A summary line with the marker that carries its RAG colour (a container style; `default` for none). */
export interface SummaryLine {
  runs: SummaryRun[];
  marker: string;
  style: ContainerStyle;
}

/** The card quotes text this long at most, in characters (the board paper has it in full). */
export const QUOTE_MAX = 110;

/** Whitespace folded and cut at a word with "…" (see clip-text.ts). */
export function clipped(text: string, max = QUOTE_MAX): string {
  return clipAtWord(text, max).text;
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

const rag = (status: Status): string => RAG_COLOURS[status].label;
const facts = (ref: ActionRef, ...more: string[]): string => [ref.lead, ...more].filter(Boolean).map((f) => ` · ${f}`).join('');
const dateOf = (instant: string): string => longDate(londonTime(new Date(instant)).date);

function report(by: string, at: string, text: string, max: number): string {
  const who = [by ? `by ${by}` : '', at ? `on ${dateOf(at)}` : ''].filter(Boolean).join(' ');
  return [who, text ? `“${clipped(text, max)}”` : ''].filter(Boolean).join(': ');
}

const line = (ref: ActionRef, factList: string[], detail: string, note = ''): CardLine => ({ reference: ref.reference, facts: facts(ref, ...factList), detail, note });

export function changeLine(c: DigestChange, max = QUOTE_MAX): CardLine {
  if (c.kind === 'new') return line(c.action, ['new action'], clipped(c.action.text, max));
  if (c.kind === 'status') return line(c.action, [`${rag(c.from)} → ${rag(c.to)}`], report(c.by, c.at, c.text, max));
  return line(c.action, [`update received (${rag(c.status)})`], report(c.by, c.at, c.text, max));
}

/** An overdue action: how late, its words, and its last update (or that none came). */
export function overdueLine(l: DigestLine, max = QUOTE_MAX): CardLine {
  const days = plural(l.businessDaysOverdue, 'business day', 'business days');
  const last = l.lastUpdate !== null && l.lastUpdateAt ? `Last update ${dateOf(l.lastUpdateAt)}: “${clipped(l.lastUpdate, max)}”` : 'No update received yet';
  return line(l.ref, [`${days} overdue`, `due ${longDate(l.due ?? '')}`], clipped(l.ref.text, max), last);
}

export function dueSoonLine(l: DigestLine, max = QUOTE_MAX): CardLine {
  return line(l.ref, [`due ${longDate(l.due ?? '')}`, rag(l.status)], clipped(l.ref.text, max));
}

export function awaitingLine(l: DigestLine, max = QUOTE_MAX): CardLine {
  return line(l.ref, [l.due ? `due ${longDate(l.due)}` : 'no due date'], clipped(l.ref.text, max));
}

export function needsDateLine(l: DigestLine, max = QUOTE_MAX): CardLine {
  return line(l.ref, [rag(l.status)], clipped(l.ref.text, max));
}

/** "2 new actions, 3 status changes and 4 updates received.", naming only the kinds there are ("7 updates received."). */
export function changeCounts(changes: DigestChange[]): string {
  const count = (kind: DigestChange['kind']) => changes.filter((c) => c.kind === kind).length;
  const parts = [
    [count('new'), 'new action', 'new actions'] as const,
    [count('status'), 'status change', 'status changes'] as const,
    [count('update'), 'update received', 'updates received'] as const,
  ].filter(([n]) => n > 0).map(([n, one, many]) => plural(n, one, many));
  if (parts.length === 0) return 'Nothing has changed.';
  return parts.length === 1 ? `${parts[0]}.` : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}.`;
}

const RAG_WORDS: Array<[RegExp, Status]> = [
  [/\(dark green\)|\(dark green(?=;)/, 'complete'],
  [/\(pale green\)/, 'on_track'],
  [/\bamber\b/, 'amber'],
  [/\bred\b/, 'red'],
];

const MARKER_STYLE: Record<Status, ContainerStyle> = { complete: 'good', on_track: 'good', amber: 'warning', red: 'attention', awaiting_update: 'emphasis' };

/**
 * A summary line as runs with its marker. Only the count lines ("5 are complete (dark green)", "1 is
 * amber") carry a RAG: their RAG word is bold, in the default colour (coloured text reads badly: amber on
 * white is 1.47:1), and the colour goes to a marker beside the line naming the RAG ("Amber") on that
 * style's background, which the host theme makes readable in light, dark and high contrast. "There are no
 * actions that are amber or red" names colours it has none of, and "0 are red" has none either: neither gets a marker.
 */
export function summaryLine(text: string): SummaryLine {
  const plain = (t: string): SummaryRun => ({ text: t, weight: 'Default' });
  if (Number(/^\d+/.exec(text)?.[0] ?? 0) > 0) {
    for (const [word, status] of RAG_WORDS) {
      const m = word.exec(text);
      if (!m) continue;
      const runs = [plain(text.slice(0, m.index)), { text: m[0], weight: 'Bolder' as const }, plain(text.slice(m.index + m[0].length))];
      return { runs: runs.filter((r) => r.text !== ''), marker: RAG_COLOURS[status].label, style: MARKER_STYLE[status] };
    }
  }
  return { runs: [plain(text)], marker: '', style: 'default' };
}
