import type { Action } from '../domain/action';
import { actionKey, actionReference } from '../domain/action';
import type { ActionUpdate } from '../domain/action-update';
import { londonStamp } from '../domain/london-time';
import { lastUpdateText } from './action-view';
import { historyLine } from './action-detail-card';
import { fitsTeams } from './message-size';
import type { AdaptiveCard } from './render';
import { ANSWER_VERBS } from './verbs';

/**
 * What "Show full text" sends ({@link ANSWER_VERBS.fullText}): `part` `action` is the action's text and its
 * latest update; `history` is the history entry recorded at `at`. `page` (a string, from "0") continues a
 * text longer than one message.
 */
export interface FullTextRequest {
  action: string;
  part: 'action' | 'history';
  at?: string;
  page?: string;
}

/** The text a {@link FullTextRequest} asks for, or null when that entry is not in the history given. */
export function fullTextOf(action: Action, history: ActionUpdate[], request: Pick<FullTextRequest, 'part' | 'at'>): { label: string; text: string } | null {
  if (request.part === 'history') {
    const h = history.find((u) => u.at === request.at);
    return h ? { label: `${londonStamp(new Date(h.at))} · ${h.byName}`, text: historyLine(h) } : null;
  }
  return { label: 'The action and its last update', text: `${action.text}\n\nLast update: ${lastUpdateText(action)}` };
}

/**
 * A long text in full, for the person who pressed (no `refresh`: it never replaces a shared card). Text
 * beyond one message continues on the next page ("Continue", the same verb with `page` + 1), split at a
 * word; user text is in TextRuns, never read as Markdown.
 */
export function fullTextCard(action: Action, label: string, text: string, request: Pick<FullTextRequest, 'part' | 'at' | 'page'>): AdaptiveCard {
  const pages = pagesOf(text);
  const page = Math.min(Math.max(0, Number(request.page ?? 0) || 0), pages.length - 1);
  const card = cardFor(action, label, pages[page]!, page, pages.length);
  if (page < pages.length - 1) {
    card.actions = [{ type: 'Action.Execute', title: 'Continue', verb: ANSWER_VERBS.fullText, data: { action: actionKey(action), part: request.part, ...(request.at ? { at: request.at } : {}), page: String(page + 1) } }];
  }
  return card;
}

function cardFor(action: Action, label: string, text: string, page: number, pages: number): AdaptiveCard {
  return {
    type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5',
    body: [
      { type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: actionReference(action), weight: 'Bolder', size: 'Medium' }] },
      { type: 'RichTextBlock', spacing: 'Small', inlines: [{ type: 'TextRun', text: pages > 1 ? `${label} (part ${page + 1} of ${pages})` : label, isSubtle: true }] },
      ...text.split(/\n{2,}/).map((para) => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: para }] })),
    ],
  };
}

/** The text in pieces that each fit a message with room for the card around them, cut between words. */
function pagesOf(text: string): string[] {
  const pages: string[] = [];
  let rest = text.trim();
  while (rest) {
    let n = rest.length;
    while (!fitsTeams({ card: cardFor({ boardCode: 'X', meetingDate: '2000-01-01', number: 999 } as Action, 'x'.repeat(200), rest.slice(0, n), 0, 99) })) n = Math.floor(n * 0.8);
    if (n < rest.length) {
      const space = rest.lastIndexOf(' ', n);
      n = space > n / 2 ? space : n;
    }
    pages.push(rest.slice(0, n).trim());
    rest = rest.slice(n).trim();
  }
  return pages.length ? pages : [''];
}
