import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import type { ActionUpdate } from '../domain/action-update';
import type { BusinessCalendar } from '../domain/business-days';
import { longDate } from '../domain/calendar-date';
import { londonStamp } from '../domain/london-time';
import { STATUS_COLOURS, STATUS_WORDS, lastUpdateText } from './action-view';
import template from './answer-list-card.json';
import { AdaptiveCard, renderCard } from './render';
import { reminderCard } from './reminder-card';
import { ANSWER_VERBS } from './verbs';

export const ANSWER_PAGE_SIZE = 10;

export interface ListView {
  title: string;
  subtitle: string;
  actions: Action[];
  page: number;
  question: string;
  today: string;
  calendar: BusinessCalendar;
}

/** A page of answers; each item opens its detail; "Show more" continues (keeps every card well under 28 KB). */
export function answerListCard(view: ListView): AdaptiveCard {
  const start = view.page * ANSWER_PAGE_SIZE;
  const page = view.actions.slice(start, start + ANSWER_PAGE_SIZE);
  const left = view.actions.length - start - page.length;
  return renderCard(template, {
    title: view.title,
    subtitle: view.subtitle,
    showVerb: ANSWER_VERBS.showAction,
    moreVerb: ANSWER_VERBS.more,
    items: page.map((a) => ({
      key: actionKey(a), reference: actionReference(a), lead: a.lead || 'no lead', when: whenText(a, view.today, view.calendar),
      text: a.text.length > 240 ? `${a.text.slice(0, 239)}…` : a.text, lastUpdate: `Last update: ${lastUpdateText(a)}`,
      rag: STATUS_WORDS[a.status].replace(/ \(.*\)$/, ''), ragColor: STATUS_COLOURS[a.status],
    })),
    footer: left > 0 ? `${start + 1}–${start + page.length} of ${view.actions.length}.` : view.actions.length > ANSWER_PAGE_SIZE ? `${start + 1}–${start + page.length} of ${view.actions.length}.` : '',
    hasMore: left > 0,
    question: view.question,
    nextPage: String(view.page + 1),
  });
}

function whenText(a: Action, today: string, calendar: BusinessCalendar): string {
  if (!a.due) return 'needs a date';
  if (a.status !== 'complete' && a.due < today) {
    const days = calendar.businessDaysAfter(a.due, today);
    return `due ${longDate(a.due)}, overdue by ${days} business day${days === 1 ? '' : 's'}`;
  }
  return `due ${longDate(a.due)}`;
}

/** One action in full: facts, reply controls (for those who may update) and its whole history. */
export function actionDetailCard(action: Action, history: ActionUpdate[], note: string | null, today: string, calendar: BusinessCalendar, viewerIds: string[]): AdaptiveCard {
  const card = reminderCard({
    title: actionReference(action),
    subtitle: note ?? `${action.board}, meeting of ${longDate(action.meetingDate)}`,
    items: [{ action, headline: `${STATUS_WORDS[action.status]} · ${whenText(action, today, calendar)}`, overdue: Boolean(action.due && action.due < today && action.status !== 'complete') }],
    refreshUserIds: viewerIds,
  });
  const lines = history.slice(0, 30).map((h) => ({
    type: 'TextBlock', wrap: true, size: 'Small', spacing: 'Small',
    text: `${londonStamp(new Date(h.at))} · ${h.byName}: ${historyLine(h)}`,
  }));
  (card.body as object[]).push(
    { type: 'TextBlock', text: 'History', weight: 'Bolder', spacing: 'Large', separator: true },
    ...(lines.length ? lines : [{ type: 'TextBlock', text: 'Nothing recorded yet.', isSubtle: true }]),
    ...(history.length > 30 ? [{ type: 'TextBlock', text: `and ${history.length - 30} earlier entries (chaser list --json has them all)`, isSubtle: true, size: 'Small' }] : []),
  );
  return card;
}

function historyLine(h: ActionUpdate): string {
  if (h.kind === 'created') return h.text || 'added to the register';
  if (h.kind === 'edited') return `corrected ${h.changes.map((c) => `${c.field} ${c.from ?? '—'} → ${c.to ?? '—'}`).join('; ')}`;
  const moved = h.revisedDue ? ` (due date revised to ${longDate(h.revisedDue)})` : '';
  return `${h.status ? STATUS_WORDS[h.status] : 'update'}${h.text ? ` — ${h.text}` : ''}${moved}`;
}
