import { longDate } from '../domain/calendar-date';
import { londonStamp } from '../domain/london-time';
import { LEGEND_ORDER, RAG_COLOURS, countsByStatus } from '../domain/digest';
import type { Digest, DigestScope } from '../domain/digest';
import type { Status } from '../domain/action';
import { DEFAULT_TITLE } from '../export/export-input';
import type { ContainerStyle } from './action-view';
import {
  CardLine, QUOTE_MAX, SummaryLine, awaitingLine, changeCounts, changeLine, dueSoonLine, needsDateLine, overdueLine, plural, summaryLine,
} from './digest-card-lines';
import template from './digest-card.json';
import { DIGEST_VERBS } from './digest-verbs';
import { firstThatFits } from './message-size';
import { AdaptiveCard, renderCard } from './render';
import type { RegisterLinks } from './register-links';

/**
 * Who reads the card. `recipient` (the Deputy Commissioner, leads, anyone subscribed): plain language,
 * no instructions for tools. `secretariat`: the same, plus a "For the secretariat" section saying what to
 * do about actions without a date and leads nobody answers for, with the commands to do it.
 */
export type DigestAudience = 'recipient' | 'secretariat';

/** What the card is told besides the digest. */
export interface DigestCardOptions {
  scope?: DigestScope;
  /** What the changes were compared with (see app/digest/build-weekly-digest.ts). */
  comparedWith: { kind: 'snapshot' | 'history'; at: string };
  generatedAt: Date;
  /** Defaults to `recipient`. */
  audience?: DigestAudience;
  /** Where "Open in the register" goes (the dashboard: register-links.ts); absent: no such button. */
  links?: RegisterLinks | null;
}

interface Section {
  heading: string;
  style: ContainerStyle;
  note: string;
  lines: CardLine[];
  more: string;
}

/** Lists are cut to this many entries at most; fewer when the card would not fit Teams (see message-size.ts). */
export const CARD_LIST_MAX = 10;
const AWAITING_MAX = 5;

/** How much the card lists, from the roomiest to the tightest: entries per list and characters per quote. */
const LEVELS = [{ max: CARD_LIST_MAX, quote: QUOTE_MAX }, { max: 6, quote: 80 }, { max: 3, quote: 60 }, { max: 1, quote: 40 }] as const;
type Level = (typeof LEVELS)[number];

/** "Action log: progress update — as of 9 May 2022", with " for MPS" / " for OB" when scoped. */
export function digestTitle(asOf: string, scope?: DigestScope): string {
  const scoped = [scope?.lead?.trim(), scope?.boardCode?.trim()?.toUpperCase()].filter(Boolean).join(', ');
  return `${DEFAULT_TITLE}${scoped ? ` for ${scoped}` : ''} — as of ${longDate(asOf)}`;
}

function section(heading: string, lines: CardLine[], options: { note?: string; none: string; max: number; style?: ContainerStyle }): Section {
  const more = lines.length > options.max ? `…and ${lines.length - options.max} more: the board paper lists them all.` : '';
  const note = lines.length === 0 ? options.none : options.note ?? '';
  return { heading, style: options.style ?? 'default', note, lines: lines.slice(0, options.max), more };
}

function changesNote(digest: Digest, comparedWith: DigestCardOptions['comparedWith']): string {
  const when = londonStamp(new Date(comparedWith.at));
  const base = comparedWith.kind === 'snapshot'
    ? `Compared with the digest of ${when}.`
    : `This is the first digest: compared with the register as it stood on ${when}.`;
  return digest.changes.length ? `${base} ${changeCounts(digest.changes)}` : `${base} Nothing has changed since.`;
}

function named(leads: string[], max: number): string {
  return leads.slice(0, max).join(', ') + (leads.length > max ? ` and ${leads.length - max} more` : '');
}

function sections(digest: Digest, options: DigestCardOptions, level: Level): Section[] {
  const q = level.quote;
  const changes = changesNote(digest, options.comparedWith);
  const list: Section[] = [
    section('Since the last digest', digest.changes.map((c) => changeLine(c, q)), { note: changes, none: changes, max: level.max }),
    section('Overdue', digest.overdue.map((l) => overdueLine(l, q)), {
      none: 'No actions are overdue.', style: 'attention', max: level.max,
      note: `${plural(digest.overdue.length, 'action is', 'actions are')} past due, most overdue first.`,
    }),
    section('Due in the next two weeks', digest.dueSoon.map((l) => dueSoonLine(l, q)), { none: 'No actions are due in the next two weeks.', note: 'Soonest first.', max: level.max }),
    section('Awaiting an update', digest.awaitingUpdate.map((l) => awaitingLine(l, q)), {
      none: 'Every action has had an update.', max: Math.min(AWAITING_MAX, level.max),
      note: `${plural(digest.awaitingUpdate.length, 'action has', 'actions have')} had no update yet.`,
    }),
    section('Needs a date', digest.needsDate.map((l) => needsDateLine(l, q)), {
      none: 'Every open action has a due date.', max: level.max, note: 'These actions have no due date yet: the secretariat will set one.',
    }),
  ];
  const leads = digest.unreachableLeads;
  if (leads.length) {
    list.push({ heading: 'Leads not reachable', style: 'warning', note: `Reminders cannot reach anyone for ${named(leads, level.max)}. The secretariat has been told.`, lines: [], more: '' });
  }
  if (options.audience === 'secretariat') list.push(secretariatSection(digest, level));
  return list;
}

/** What the secretariat can do about the digest, with the commands: only on the secretariat's card. */
function secretariatSection(digest: Digest, level: Level): Section {
  const todo: string[] = [];
  if (digest.needsDate.length) {
    todo.push(`${plural(digest.needsDate.length, 'action needs', 'actions need')} a due date (${named(digest.needsDate.map((l) => l.ref.reference), level.max)}): chaser update REF --due YYYY-MM-DD.`);
  }
  if (digest.unreachableLeads.length) {
    todo.push(`Nobody answers for ${named(digest.unreachableLeads, level.max)}: chaser leads set LEAD user@example.org (a UPN or Entra object id).`);
  }
  return { heading: 'For the secretariat', style: 'emphasis', note: todo.length ? todo.join('\n\n') : 'Nothing to do: every open action has a date and every lead a Teams user.', lines: [], more: '' };
}

function summary(lines: string[]): SummaryLine[] {
  return lines.map((text, i) => {
    const line = summaryLine(text);
    return i === 0 ? line : { ...line, runs: [{ text: '•  ', weight: 'Default' as const }, ...line.runs] };
  });
}

/**
 * The weekly digest as one Adaptive Card: the DCDG summary, what changed, the lists that need attention
 * (each cut to its first few, fewer if the card would not fit Teams), a button for the board paper's
 * full table and, given the links, "Open in the register" at the dashboard. A register with no actions gets the summary's plain sentence and nothing else. The
 * recipient's card holds no tool instructions; see {@link DigestAudience}.
 */
export function digestCard(digest: Digest, options: DigestCardOptions): AdaptiveCard {
  const empty = digest.counts.total === 0;
  return firstThatFits(LEVELS, (level) => ({
    card: withRagChart(digest, empty, renderCard(template, {
      title: digestTitle(digest.asOf, options.scope),
      summary: summary(digest.summary),
      sections: empty ? [] : sections(digest, options, level),
      footer: `Prepared by Chaser on ${londonStamp(options.generatedAt)} from the leads' replies.`,
      paperVerb: DIGEST_VERBS.paper,
      lead: options.scope?.lead ?? '',
      boardCode: options.scope?.boardCode ?? '',
      registerUrl: options.links ? options.links.dashboard() : '',
    })),
    text: digest.sentence,
  })).card;
}

/** Teams' chart colour names nearest the board's RAG (on track takes the chart's default). */
const DONUT_COLOR: Partial<Record<Status, string>> = { complete: 'good', amber: 'warning', red: 'attention', awaiting_update: 'neutral' };

/**
 * The RAG picture under the summary: Teams' `Chart.Donut` (current clients draw it), with the counts as a
 * line of text for clients without charts (`fallback`). The colour is only a picture: every number is also
 * in words in the summary above.
 */
function withRagChart(digest: Digest, empty: boolean, card: AdaptiveCard): AdaptiveCard {
  if (empty) return card;
  const c = digest.counts;
  const counts = countsByStatus(c);
  const slices = LEGEND_ORDER.map((s) => ({ legend: RAG_COLOURS[s].legend, value: counts[s], ...(DONUT_COLOR[s] ? { color: DONUT_COLOR[s] } : {}) }))
    .filter((s) => s.value > 0);
  const words = slices.map((s) => `${s.legend} ${s.value}`).join(' · ');
  const body = card.body as Array<{ type?: string }>;
  const at = body.findIndex((b, i) => i > 0 && b.type !== 'ColumnSet');
  body.splice(at < 0 ? body.length : at, 0, {
    type: 'Chart.Donut', title: `RAG of the ${c.total} actions`, data: slices,
    fallback: { type: 'TextBlock', text: words, wrap: true, isSubtle: true, size: 'Small' },
  } as { type: string });
  return card;
}
