import { longDate } from '../domain/calendar-date';
import { londonStamp } from '../domain/london-time';
import type { CardColor, Digest, DigestScope } from '../domain/digest';
import { DEFAULT_TITLE } from '../export/export-input';
import {
  CardLine, SummaryRun, awaitingLine, changeCounts, changeLine, dueSoonLine, needsDateLine, overdueLine, plural, summaryRuns,
} from './digest-card-lines';
import template from './digest-card.json';
import { DIGEST_VERBS } from './digest-verbs';
import { AdaptiveCard, renderCard } from './render';

/** What the card is told besides the digest. */
export interface DigestCardOptions {
  scope?: DigestScope;
  /** What the changes were compared with (see flows/build-weekly-digest.ts). */
  comparedWith: { kind: 'snapshot' | 'history'; at: string };
  generatedAt: Date;
}

interface Section {
  heading: string;
  color: CardColor;
  note: string;
  lines: CardLine[];
  more: string;
}

/** Lists are cut so the card stays far inside Teams' ~28 KB whatever the register's size. */
export const CARD_LIST_MAX = 10;
const AWAITING_MAX = 5;

/** "Action log: progress update — as of 9 May 2022", with " for MPS" / " for OB" when scoped. */
export function digestTitle(asOf: string, scope?: DigestScope): string {
  const scoped = [scope?.lead?.trim(), scope?.boardCode?.trim()?.toUpperCase()].filter(Boolean).join(', ');
  return `${DEFAULT_TITLE}${scoped ? ` for ${scoped}` : ''} — as of ${longDate(asOf)}`;
}

function section(heading: string, lines: CardLine[], options: { note?: string; none: string; max?: number; color?: CardColor }): Section {
  const max = options.max ?? CARD_LIST_MAX;
  const more = lines.length > max ? `…and ${lines.length - max} more: the board paper lists them all.` : '';
  const note = lines.length === 0 ? options.none : options.note ?? '';
  return { heading, color: options.color ?? 'Default', note, lines: lines.slice(0, max), more };
}

function changesNote(digest: Digest, comparedWith: DigestCardOptions['comparedWith']): string {
  const when = londonStamp(new Date(comparedWith.at));
  const base = comparedWith.kind === 'snapshot'
    ? `Compared with the digest of ${when}.`
    : `This is the first digest: compared with the register as it stood on ${when}.`;
  return digest.changes.length ? `${base} ${changeCounts(digest.changes)}` : `${base} Nothing has changed since.`;
}

function sections(digest: Digest, comparedWith: DigestCardOptions['comparedWith']): Section[] {
  const changes = section('Since the last digest', digest.changes.map(changeLine), { note: changesNote(digest, comparedWith), none: changesNote(digest, comparedWith) });
  const list: Section[] = [
    changes,
    section('Overdue', digest.overdue.map(overdueLine), { none: 'No actions are overdue.', color: 'Attention', note: `${plural(digest.overdue.length, 'action is', 'actions are')} past due, most overdue first.` }),
    section('Due in the next two weeks', digest.dueSoon.map(dueSoonLine), { none: 'No actions are due in the next two weeks.', note: 'Soonest first.' }),
    section('Awaiting an update', digest.awaitingUpdate.map(awaitingLine), {
      none: 'Every action has had an update.', max: AWAITING_MAX, note: `${plural(digest.awaitingUpdate.length, 'action has', 'actions have')} had no update yet.`,
    }),
    section('Needs a date', digest.needsDate.map(needsDateLine), { none: 'Every open action has a due date.', note: 'The secretariat can set one with chaser update REF --due YYYY-MM-DD.' }),
  ];
  if (digest.unreachableLeads.length) {
    const leads = digest.unreachableLeads;
    const named = leads.slice(0, CARD_LIST_MAX).join(', ') + (leads.length > CARD_LIST_MAX ? ` and ${leads.length - CARD_LIST_MAX} more` : '');
    list.push({ heading: 'Leads not reachable', color: 'Warning', note: `Reminders cannot reach anyone for ${named}. The secretariat can map them with chaser leads set.`, lines: [], more: '' });
  }
  return list;
}

function summary(lines: string[]): Array<{ runs: SummaryRun[] }> {
  return lines.map((line, i) => {
    const runs = summaryRuns(line);
    return { runs: i === 0 ? runs : [{ text: '•  ', color: 'Default' as const, weight: 'Default' as const }, ...runs] };
  });
}

/**
 * The weekly digest as one Adaptive Card: the DCDG summary, what changed, the lists that need attention
 * (each cut to its first few), and a button for the board paper's full table. A register with no
 * actions gets the summary's plain sentence and nothing else.
 */
export function digestCard(digest: Digest, options: DigestCardOptions): AdaptiveCard {
  const empty = digest.counts.total === 0;
  return renderCard(template, {
    title: digestTitle(digest.asOf, options.scope),
    summary: summary(digest.summary),
    sections: empty ? [] : sections(digest, options.comparedWith),
    footer: `Prepared by Chaser on ${londonStamp(options.generatedAt)} from the leads' replies.`,
    paperVerb: DIGEST_VERBS.paper,
    lead: options.scope?.lead ?? '',
    boardCode: options.scope?.boardCode ?? '',
  });
}
