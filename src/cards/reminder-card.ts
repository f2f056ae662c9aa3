import type { Action } from '../domain/action';
import { STATUS_STYLES, dueText, keyAndReference, lastUpdateText, recordedText, shortStatusWord, timingText } from './action-view';
import { clipAtWord } from './clip-text';
import { OutgoingMessage, firstThatFits, largestThatFits } from './message-size';
import { refreshUserIds } from './refresh-users';
import type { RegisterLinks } from './register-links';
import { AdaptiveCard, renderCard } from './render';
import template from './reminder-card.json';
import { ANSWER_VERBS, VERBS, inputIds } from './verbs';

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
  /**
   * Who gets the latest state automatically when they open the card: Teams user MRIs (`29:…`, the
   * `activity.from.id` of a turn or a conversation reference's `user.id`). Others are dropped, 60 kept.
   * None (or none that is an MRI): the card carries no `refresh` at all, which is what a private view
   * returned to one person's press must be (teams-ai replaces the message for everyone otherwise).
   */
  refreshUserMris?: string[];
  /**
   * @deprecated Entra object ids and UPNs were passed here; Teams ignores them. Kept only so callers compile
   * until they pass {@link ReminderCardView.refreshUserMris}: anything that is not an MRI is dropped.
   */
  refreshUserIds?: string[];
  /** The plain text sent with the card, counted in its size. */
  text?: string;
  /** Where each action's "Open in the register" goes (register-links.ts); absent: no such button. */
  links?: RegisterLinks | null;
}

/** How much of each long text a card shows, in characters, from the roomiest to the tightest. */
interface ClipLevel { text: number; update: number; lead: number }
const CLIP_LEVELS: readonly ClipLevel[] = [
  { text: 900, update: 600, lead: 120 },
  { text: 400, update: 250, lead: 80 },
  { text: 160, update: 100, lead: 40 },
];

function itemModel({ action, headline, overdue, justUpdated }: ReminderItem, clip: ClipLevel, links: RegisterLinks | null | undefined) {
  const { key, reference } = keyAndReference(action);
  const ids = inputIds(key);
  const parts = {
    lead: clipAtWord(action.lead, clip.lead),
    text: clipAtWord(action.text, clip.text),
    timing: clipAtWord(timingText(action), clip.lead),
    lastUpdate: clipAtWord(lastUpdateText(action), clip.update),
    recorded: clipAtWord(justUpdated || action.status === 'complete' ? recordedText(action) : '', clip.update),
  };
  return {
    key, reference, headline: capitalise(headline),
    rag: overdue && action.status === 'awaiting_update' ? 'Overdue' : shortStatusWord(action.status),
    ragStyle: overdue && action.status === 'awaiting_update' ? 'attention' : STATUS_STYLES[action.status],
    lead: parts.lead.text,
    text: parts.text.text,
    dueText: dueText(action),
    timing: parts.timing.text,
    lastUpdate: parts.lastUpdate.text,
    recorded: parts.recorded.text,
    recordedStyle: action.latest ? STATUS_STYLES[action.latest.status] : 'default',
    clipped: Object.values(parts).some((p) => p.clipped),
    showInputs: !justUpdated && action.status !== 'complete',
    statusInput: ids.status, textInput: ids.text, dueInput: ids.due,
    currentStatus: action.status === 'awaiting_update' ? '' : action.status,
    status: action.status,
    submitVerb: VERBS.submitStatus,
    fullTextVerb: ANSWER_VERBS.fullText,
    replyTitle: `Reply on #${action.number}`,
    openUrl: links ? links.action(key) : '',
  };
}

function render(view: ReminderCardView, clip: ClipLevel): OutgoingMessage {
  const userIds = refreshUserIds([...(view.refreshUserMris ?? []), ...(view.refreshUserIds ?? [])]);
  const card = renderCard(template, {
    title: view.title,
    subtitle: clipAtWord(view.subtitle, 600).text,
    refreshVerb: VERBS.refreshReminder,
    actionKeys: view.items.map((i) => keyAndReference(i.action).key),
    refreshUserIds: userIds,
    actions: view.items.map((item) => itemModel(item, clip, view.links)),
  });
  // No MRIs: a private view. teams-ai replaces the message for everyone when a returned card carries
  // `refresh`, so a card meant for the person who pressed must carry none.
  if (userIds.length === 0) delete card.refresh;
  return { card, text: view.text };
}

/**
 * The card a lead gets: each action with its facts, last update, its own reply controls and, given the
 * links, "Open in the register" at that action. Long texts
 * are cut at a word with "…" and a "Show full text" button ({@link ANSWER_VERBS.fullText}), as short as
 * needed for the message to fit Teams (see message-size.ts). For more actions than one card holds, use
 * {@link reminderCards}.
 */
export function reminderCard(view: ReminderCardView): AdaptiveCard {
  return firstThatFits(CLIP_LEVELS, (clip) => render(view, clip)).card;
}

/** The cards of one reminder, for a lead's `items`, each told how it is titled and what text goes with it. */
export interface ReminderBatchView {
  items: ReminderItem[];
  refreshUserMris: string[];
  /** The card's title for `items`, part `part` of `parts` (1-based; `parts` is 1 when all fit on one card). */
  title(items: ReminderItem[], part: number, parts: number): string;
  subtitle(items: ReminderItem[]): string;
  /** The plain text sent with the card (the notification's preview). */
  text(items: ReminderItem[]): string;
  /** Where each action's "Open in the register" goes; absent: no such button. */
  links?: RegisterLinks | null;
}

/** One message of a reminder: the actions it carries, its card and its text. */
export interface ReminderMessage {
  items: ReminderItem[];
  card: AdaptiveCard;
  text: string;
}

/**
 * A lead's reminder as few messages as Teams' size allows: actions go on a card, in order, while the whole
 * activity stays within {@link TEAMS_MESSAGE_MAX_BYTES} (long texts cut at the roomiest level first); an
 * action that does not fit starts the next card. Titles say "(1 of 3)" when there are several. Never
 * returns a message over the limit: a single action is shortened further until it fits.
 */
export function reminderCards(batch: ReminderBatchView): ReminderMessage[] {
  const groups: ReminderItem[][] = [];
  // Each card takes as many of the next actions as fit (found by bisection), titled for the most parts.
  for (let start = 0; start < batch.items.length;) {
    const rest = batch.items.slice(start);
    const { n } = largestThatFits(1, rest.length, (k) => render(viewOf(batch, rest.slice(0, k), 99, 99), CLIP_LEVELS[0]!));
    groups.push(rest.slice(0, n));
    start += n;
  }
  return groups.map((items, i) => {
    const view = viewOf(batch, items, i + 1, groups.length);
    const message = firstThatFits(CLIP_LEVELS, (clip) => render(view, clip));
    return { items, card: message.card, text: view.text ?? '' };
  });
}

function viewOf(batch: ReminderBatchView, items: ReminderItem[], part: number, parts: number): ReminderCardView {
  return { title: batch.title(items, part, parts), subtitle: batch.subtitle(items), items, refreshUserMris: batch.refreshUserMris, text: batch.text(items), links: batch.links };
}

/** Headlines read as sentences: "Overdue by 15 business days". */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
