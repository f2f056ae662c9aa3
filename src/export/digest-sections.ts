import { longDate } from '../domain/calendar-date';
import type { Status } from '../domain/action';
import { RAG_COLOURS } from '../domain/digest';
import type { ActionRef, Digest, DigestChange, DigestLine } from '../domain/digest';
import { londonDate } from '../domain/london-time';

/** One entry of a digest list: the reference (set in bold by the renderers) and the rest of the line. */
export interface SectionItem {
  reference: string;
  body: string;
}

/** A list section of the digest, in the DCDG's order (docs/product-rules.md "The weekly digest", point 3). */
export interface DigestSection {
  heading: string;
  /** Said instead of the list when it is empty. */
  none: string;
  items: SectionItem[];
}

/** Action text in a list line is clipped (the table gives it in full). */
const LIST_TEXT_MAX = 120;

export function clip(text: string, max = LIST_TEXT_MAX): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

function rag(status: Status): string {
  return RAG_COLOURS[status].label.toLowerCase();
}

function days(n: number): string {
  return `${n} business ${n === 1 ? 'day' : 'days'} overdue`;
}

function lastUpdate(line: DigestLine): string {
  if (line.lastUpdate === null || line.lastUpdateAt === null) return 'no update received';
  return `last update ${longDate(londonDate(line.lastUpdateAt))}: “${clip(line.lastUpdate)}”`;
}

function item(ref: ActionRef, ...parts: string[]): SectionItem {
  return { reference: ref.reference, body: [ref.lead, clip(ref.text), ...parts].filter(Boolean).join(' — ') };
}

function changeItem(c: DigestChange): SectionItem {
  if (c.kind === 'new') return item(c.action, 'new action');
  const when = c.at ? ` on ${longDate(londonDate(c.at))}` : '';
  const said = c.text ? `: “${clip(c.text)}”` : '';
  const by = c.by ? ` by ${c.by}` : '';
  if (c.kind === 'status') return item(c.action, `${rag(c.from)} → ${rag(c.to)}, reported${by}${when}${said}`);
  return item(c.action, `update (${rag(c.status)})${by}${when}${said}`);
}

const due = (line: DigestLine): string => (line.due ? `due ${longDate(line.due)}` : 'no due date');

/** The list sections; "Leads not reachable" only when asked for and not empty (it is for chat, not the paper). */
export function digestSections(digest: Digest, options: { unreachableLeads: boolean }): DigestSection[] {
  const sections: DigestSection[] = [
    { heading: 'Changes since the last digest', none: 'No changes since the last digest.', items: digest.changes.map(changeItem) },
    {
      heading: 'Overdue',
      none: 'No actions are overdue.',
      items: digest.overdue.map((l) => item(l.ref, `${days(l.businessDaysOverdue)} (${due(l)})`, lastUpdate(l))),
    },
    {
      heading: 'Due in the next two weeks',
      none: 'No actions are due in the next two weeks.',
      items: digest.dueSoon.map((l) => item(l.ref, due(l), rag(l.status))),
    },
    {
      heading: 'Awaiting an update',
      none: 'No actions are awaiting an update.',
      items: digest.awaitingUpdate.map((l) => item(l.ref, due(l))),
    },
    {
      heading: 'Needs a date',
      none: 'Every open action has a due date.',
      items: digest.needsDate.map((l) => item(l.ref, rag(l.status))),
    },
  ];
  if (options.unreachableLeads && digest.unreachableLeads.length > 0) {
    const items = digest.unreachableLeads.map((lead) => ({ reference: lead, body: 'not reachable in Teams' }));
    sections.push({ heading: 'Leads not reachable', none: '', items });
  }
  return sections;
}
