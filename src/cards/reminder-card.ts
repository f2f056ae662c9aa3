import type { Action } from '../domain/action';
import { STATUS_COLOURS, dueText, keyAndReference, lastUpdateText, recordedText } from './action-view';
import { AdaptiveCard, renderCard } from './render';
import template from './reminder-card.json';
import { VERBS, inputIds } from './verbs';

/** One action on a reminder card, with why it is there today. */
export interface ReminderItem {
  action: Action;
  /** "Coming up: due in 5 business days (Fri 13 May)", "Overdue by 9 business days". */
  headline: string;
  overdue: boolean;
  /** Set after a submit: the card shows the recorded update instead of the inputs. */
  justUpdated?: boolean;
}

export interface ReminderCardView {
  title: string;
  subtitle: string;
  items: ReminderItem[];
  /** Who sees the latest state when they open the card (lead users and admins; Teams allows 60). */
  refreshUserIds: string[];
}

/** The card a lead gets: each action with its facts, last update and its own reply controls. */
export function reminderCard(view: ReminderCardView): AdaptiveCard {
  return renderCard(template, {
    title: view.title,
    subtitle: view.subtitle,
    refreshVerb: VERBS.refreshReminder,
    actionKeys: view.items.map((i) => keyAndReference(i.action).key),
    refreshUserIds: view.refreshUserIds.slice(0, 60),
    actions: view.items.map(({ action, headline, overdue, justUpdated }) => {
      const { key, reference } = keyAndReference(action);
      const ids = inputIds(key);
      return {
        key, reference, headline: capitalise(headline),
        headlineColor: action.status === 'complete' ? 'Good' : overdue || action.status === 'red' ? 'Attention' : action.status === 'amber' ? 'Warning' : 'Accent',
        lead: action.lead,
        text: action.text,
        dueText: dueText(action),
        timing: action.timing || '—',
        lastUpdate: lastUpdateText(action),
        recorded: justUpdated || action.status === 'complete' ? recordedText(action) : '',
        recordedStyle: action.latest ? (STATUS_COLOURS[action.latest.status] === 'Attention' ? 'attention' : STATUS_COLOURS[action.latest.status] === 'Warning' ? 'warning' : 'good') : 'default',
        showInputs: !justUpdated && action.status !== 'complete',
        statusInput: ids.status, textInput: ids.text, dueInput: ids.due,
        currentStatus: action.status === 'awaiting_update' ? '' : action.status,
        status: action.status,
        submitVerb: VERBS.submitStatus,
        replyTitle: `Reply on #${action.number}`,
      };
    }),
  });
}

/** Headlines read as sentences: "Overdue by 15 business days". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
