import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import type { BusinessCalendar } from '../domain/business-days';
import { STATUS_STYLES, lastUpdateText, shortStatusWord } from './action-view';
import template from './answer-list-card.json';
import { clipAtWord } from './clip-text';
import { firstThatFits } from './message-size';
import { AdaptiveCard, renderCard } from './render';
import { ANSWER_VERBS } from './verbs';
import { whenText } from './when-text';
import { leadIsLate } from '../domain/chase';
import { chaseControl } from './chase-control';

export { actionDetailCard } from './action-detail-card';

export const ANSWER_PAGE_SIZE = 10;

export interface ListView {
  title: string;
  subtitle: string;
  actions: Action[];
  page: number;
  question: string;
  today: string;
  calendar: BusinessCalendar;
  /**
   * `soonest-due`: the card lists by due date, undated actions last, whatever order it was given in
   * (for answers headed "Soonest due first"). Default: the order given.
   */
  order?: 'as-given' | 'soonest-due';
  /** The secretariat asked in a personal chat: each action whose lead is late gets a "Chase now" control. */
  chase?: boolean;
}

/** By due date, soonest first, undated last; ties keep their order (the sort is stable). */
export function soonestDueFirst(actions: readonly Action[]): Action[] {
  return [...actions].sort((a, b) => (a.due === b.due ? 0 : a.due === null ? 1 : b.due === null ? -1 : a.due < b.due ? -1 : 1));
}

/** Characters of each row's texts, roomiest first: ten rows must fit one message whatever the register holds. */
const ROW_CLIPS = [{ text: 240, update: 200, lead: 60 }, { text: 120, update: 90, lead: 40 }, { text: 60, update: 40, lead: 20 }] as const;

/**
 * A page of answers; pressing a row sends {@link ANSWER_VERBS.showAction} with the action's key, "Show more"
 * continues; with `chase`, a late action's row carries "Chase now" (chase-control.ts). Texts are cut at a word so the page fits one Teams message (see message-size.ts).
 */
export function answerListCard(view: ListView): AdaptiveCard {
  const actions = view.order === 'soonest-due' ? soonestDueFirst(view.actions) : view.actions;
  const start = view.page * ANSWER_PAGE_SIZE;
  const page = actions.slice(start, start + ANSWER_PAGE_SIZE);
  const left = actions.length - start - page.length;
  return firstThatFits(ROW_CLIPS, (clip) => ({
    card: renderCard(template, {
      title: clipAtWord(view.title, 300).text,
      subtitle: view.subtitle,
      showVerb: ANSWER_VERBS.showAction,
      moreVerb: ANSWER_VERBS.more,
      items: page.map((a) => ({
        key: actionKey(a), reference: actionReference(a), lead: clipAtWord(a.lead || 'no lead', clip.lead).text, when: whenText(a, view.today, view.calendar),
        text: clipAtWord(a.text, clip.text).text, lastUpdate: clipAtWord(`Last update: ${lastUpdateText(a)}`, clip.update).text,
        rag: shortStatusWord(a.status), ragStyle: STATUS_STYLES[a.status],
        chase: view.chase && leadIsLate(a, view.today) ? [chaseControl(a, 'list')] : [],
      })),
      footer: actions.length > ANSWER_PAGE_SIZE && page.length ? `${start + 1}–${start + page.length} of ${actions.length}.` : '',
      hasMore: left > 0,
      question: view.question,
      nextPage: String(view.page + 1),
    }),
  })).card;
}
