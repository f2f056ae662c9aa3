import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import type { ActionUpdate } from '../domain/action-update';
import type { BusinessCalendar } from '../domain/business-days';
import { longDate } from '../domain/calendar-date';
import { londonStamp } from '../domain/london-time';
import { STATUS_WORDS } from './action-view';
import { whenText } from './when-text';
import { clipAtWord } from './clip-text';
import { largestThatFits } from './message-size';
import type { AdaptiveCard } from './render';
import type { RegisterLinks } from './register-links';
import { reminderCard } from './reminder-card';
import { ANSWER_VERBS } from './verbs';
import { DetailChaseView, chaseControl, chaseNotice } from './chase-control';

/** A history entry is cut to this many characters on the card; "Show full text" gives the rest. */
const HISTORY_CLIP = 300;

/**
 * One action in full: facts, reply controls (for those who may update) and its history, newest first,
 * from entry `historyFrom` (0-based) for as many entries as fit one Teams message; "Show earlier entries"
 * sends {@link ANSWER_VERBS.showAction} with `historyFrom` for the rest. `refreshUserMris`: the viewers'
 * Teams MRIs (`activity.from.id`), see refresh-users.ts; pass none when the card answers a press in a group
 * chat or channel (a private view: the card then carries no `refresh` and replaces nobody else's). Its refresh
 * asks for this card again ({@link ANSWER_VERBS.showAction}), so each viewer sees it as it stands, with what
 * they may do. `links`: where "Open in the register" goes (register-links.ts); none, no such button. `chase`:
 * the secretariat's "Chase now" control and the line about a chase (see chase-control.ts).
 */
export function actionDetailCard(
  action: Action, history: ActionUpdate[], note: string | null, today: string, calendar: BusinessCalendar,
  refreshUserMris: string[], historyFrom = 0, links: RegisterLinks | null = null, chase: DetailChaseView | null = null,
): AdaptiveCard {
  const base = reminderCard({
    title: actionReference(action),
    subtitle: note ?? `${action.board}, meeting of ${longDate(action.meetingDate)}`,
    items: [{ action, headline: `${STATUS_WORDS[action.status]} · ${whenText(action, today, calendar)}`, overdue: Boolean(action.due && action.due < today && action.status !== 'complete') }],
    refreshUserMris,
    links,
  });
  const refresh = base.refresh as { action?: Record<string, unknown> } | undefined;
  if (refresh?.action) refresh.action = { ...refresh.action, verb: ANSWER_VERBS.showAction, data: { action: actionKey(action) } };
  if (chase?.notice) (base.body as object[]).splice(2, 0, chaseNotice(chase.notice));
  if (chase?.offer) base.actions = [chaseControl(action, 'detail')];
  const from = Math.max(0, Math.min(historyFrom, history.length));
  const rest = history.slice(from);
  const withEntries = (n: number) => {
    const card = structuredClone(base);
    const more = rest.length - n;
    (card.body as object[]).push(
      { type: 'TextBlock', text: from ? `History (from entry ${from + 1} of ${history.length})` : 'History', weight: 'Bolder', spacing: 'Large', separator: true },
      ...(rest.length ? rest.slice(0, n).flatMap((h) => entry(action, h)) : [{ type: 'TextBlock', text: 'Nothing recorded yet.', isSubtle: true }]),
    );
    if (more > 0) {
      (card.body as object[]).push({ type: 'TextBlock', text: `${more} earlier ${more === 1 ? 'entry' : 'entries'}.`, isSubtle: true, size: 'Small' });
      card.actions ??= [];
      (card.actions as object[]).push({ type: 'Action.Execute', title: 'Show earlier entries', verb: ANSWER_VERBS.showAction, data: { action: actionKey(action), historyFrom: String(from + n) } });
    }
    return { card };
  };
  return largestThatFits(Math.min(1, rest.length), rest.length, withEntries).message.card;
}

function entry(action: Action, h: ActionUpdate): object[] {
  const line = clipAtWord(historyLine(h), HISTORY_CLIP);
  const text = { type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: `${londonStamp(new Date(h.at))} · `, size: 'Small', isSubtle: true }, { type: 'TextRun', text: `${h.byName}: ${line.text}`, size: 'Small' }] };
  if (!line.clipped) return [text];
  return [text, { type: 'ActionSet', spacing: 'None', actions: [{ type: 'Action.Execute', title: 'Show full text', verb: ANSWER_VERBS.fullText, data: { action: actionKey(action), part: 'history', at: h.at } }] }];
}

/** One history entry in words: "At risk (amber) — letter of 10 May (due date revised to 30 June 2022)". */
export function historyLine(h: ActionUpdate): string {
  if (h.kind === 'created') return h.text || 'added to the register';
  if (h.kind === 'chased') return `chased the lead${h.text ? ` — ${h.text}` : ''}`;
  if (h.kind === 'edited') return `corrected ${h.changes.map((c) => `${c.field} ${c.from ?? '—'} → ${c.to ?? '—'}`).join('; ')}`;
  const moved = h.revisedDue ? ` (due date revised to ${longDate(h.revisedDue)})` : '';
  return `${h.status ? STATUS_WORDS[h.status] : 'update'}${h.text ? ` — ${h.text}` : ''}${moved}`;
}
