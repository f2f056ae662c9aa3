import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import { MAX_CHASE_NOTE } from '../domain/chase';
import { londonStamp, londonTimeText } from '../domain/london-time';
import template from './chase-control.json';
import { renderCard } from './render';
import { CHASE_VERBS, chaseNoteId } from './verbs';

/** Which card the "Chase now" control sits on: the press answers the detail card with a card, the others with a sentence. */
export type ChaseOrigin = 'detail' | 'list' | 'notice';

/**
 * The secretariat's "Chase now" button for one action: it opens the optional line for the lead and the
 * "Send the chase" button ({@link CHASE_VERBS.chase}). Shown to the secretariat only; the handler checks again.
 */
export function chaseControl(action: Pick<Action, 'boardCode' | 'meetingDate' | 'number'>, origin: ChaseOrigin): object {
  const key = actionKey(action);
  return renderCard(template, { reference: actionReference(action), noteInput: chaseNoteId(key), noteMax: MAX_CHASE_NOTE, verb: CHASE_VERBS.chase, key, view: origin });
}

/**
 * What a card says of chasing one action:
 * - `chased`: just chased, by `byName` at `at`, the card went to `sentTo` (people's names) of `lead`;
 * - `chased-today`: chased earlier today (so "Chase now" is not offered again);
 * - `not-chased`: a press that sent nothing, with the sentence saying why (the time of the earlier chase,
 *   nobody reachable, Teams refused).
 */
export type ChaseNoticeView =
  | { kind: 'chased'; byName: string; at: string; sentTo: string[]; lead: string; withNote: boolean }
  | { kind: 'chased-today'; byName: string; at: string }
  | { kind: 'not-chased'; message: string };

/**
 * The line about a chase, in a coloured container (the words stay in the default colour; names and the
 * lead are people's text, so they sit in a TextRun).
 */
export function chaseNotice(view: ChaseNoticeView): object {
  const [style, text] = view.kind === 'chased'
    ? ['good', `Chased by ${view.byName} at ${londonStamp(new Date(view.at))}: the reminder card went to ${view.sentTo.join(', ')} (${view.lead})${view.withNote ? ' with your line' : ''}.`]
    : view.kind === 'chased-today'
      ? ['emphasis', `Chased today at ${londonTimeText(view.at)} by ${view.byName}. It can be chased again tomorrow; the reminders go on as usual.`]
      : ['warning', view.message];
  return { type: 'Container', style, spacing: 'Medium', items: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text }] }] };
}

/** What the action detail card shows the person who asked: the "Chase now" control (`offer`) and the line about a chase. */
export interface DetailChaseView {
  offer: boolean;
  notice: ChaseNoticeView | null;
}
