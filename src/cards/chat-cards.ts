import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import { longDate } from '../domain/calendar-date';
import { STATUS_WORDS } from './action-view';
import { clipAtWord } from './clip-text';
import type { AdaptiveCard } from './render';
import { CHAT_VERBS } from './verbs';

/** People's words go in TextRuns, which Teams never reads as Markdown (issue #12 item 9). */
function quote(text: string, max = 600): object {
  return { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: clipAtWord(text, max).text, italic: true }] };
}

function card(body: object[], actions: object[] = []): AdaptiveCard {
  return { type: 'AdaptiveCard', version: '1.5', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', body, ...(actions.length ? { actions } : {}) };
}

/**
 * "Which action?" / "Mark #8 complete?": nothing is recorded until the person presses one of the
 * candidates' buttons (or says "the second one"); the reply's words are shown as they will be kept.
 */
export function whichActionCard(view: { prompt: string; text: string; pendingId: string; actions: Action[]; confirmLabel?: string }): AdaptiveCard {
  const body: object[] = [
    { type: 'TextBlock', text: view.prompt, wrap: true, weight: 'Bolder' },
    quote(view.text),
  ];
  view.actions.forEach((a, i) => body.push({
    type: 'Container', separator: true, spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: `${i + 1}. ${actionReference(a)} · ${a.lead} · ${a.due ? `due ${longDate(a.due)}` : 'no due date'}`, wrap: true, weight: 'Bolder' },
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: clipAtWord(a.text, 240).text }] },
      { type: 'ActionSet', actions: [{ type: 'Action.Execute', title: view.actions.length === 1 ? (view.confirmLabel ?? 'Yes, record it') : `This one (${i + 1})`, verb: CHAT_VERBS.choose, data: { pending: view.pendingId, action: actionKey(a) } }] },
    ],
  }));
  return card(body, [{ type: 'Action.Execute', title: 'Cancel: record nothing', verb: CHAT_VERBS.cancel, data: { pending: view.pendingId } }]);
}

/** "Recorded for …": what was kept, and an Undo that reverses it by a new history entry. */
export function recordedCard(view: { action: Action; text: string; revisedDue: string | null; note?: string }): AdaptiveCard {
  const undo = view.action.latest ? { action: actionKey(view.action), at: view.action.latest.at } : {};
  const { action } = view;
  const body: object[] = [
    { type: 'TextBlock', text: `Recorded for ${actionReference(action)}: ${STATUS_WORDS[action.status]}.${view.revisedDue ? ` Due date revised to ${longDate(view.revisedDue)}.` : ''}`, wrap: true, weight: 'Bolder' },
  ];
  if (view.text) body.push(quote(view.text));
  if (view.note) body.push({ type: 'TextBlock', text: view.note, wrap: true, isSubtle: true, size: 'Small' });
  return card(body, [{ type: 'Action.Execute', title: 'Undo', verb: CHAT_VERBS.undo, data: undo }]);
}
