import type { Locator, Page } from 'playwright-core';

/**
 * How the Agents Playground (0.2.x) page is built, found by reading its DOM. Its CSS classes are
 * hashed (Griffel), so only roles, aria labels and the named component classes below are used:
 *
 * - the chat box: a Lexical editor, `div[role="textbox"][contenteditable="true"]`;
 * - every message has a `[aria-label="Message header"]`; the bot's also has `[aria-label="Message author"]`
 *   ("Test Bot"), the user's has none. The header's parent holds the header and the message body;
 * - a bot message body is a Fluent AI `.fai-OutputCard` (plain text in a `<p>`, or cards);
 * - an Adaptive Card renders as `.ac-preview-panel > .ac-adaptiveCard` (nested show-cards are also
 *   `.ac-adaptiveCard`, hence "root" cards are those without an `.ac-adaptiveCard` ancestor);
 * - the Log Panel lists entries in a `div[contenteditable="true"]` that is not the chat box; errors are
 *   prefixed "(×) Error: ", warnings "(!) Warning: ", bot traffic reads "A -> B <activity> <status> <text>".
 */
export const SELECTORS = {
  chatBox: 'div[role="textbox"][contenteditable="true"]',
  botMessage: '.fai-OutputCard',
  rootCard: '.ac-adaptiveCard:not(.ac-adaptiveCard .ac-adaptiveCard)',
  messageHeader: '[aria-label="Message header"]',
  messageAuthor: '[aria-label="Message author"]',
  logEntries: 'div[contenteditable="true"]:not([role="textbox"])',
} as const;

/**
 * The little of the DOM the page functions use, typed here because the project compiles without the
 * DOM library (these functions run in the browser, serialised by playwright-core).
 */
interface DomNode {
  innerText: string;
  parentElement: DomNode | null;
  children: ArrayLike<DomNode>;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}
type Doc = Pick<DomNode, 'querySelector' | 'querySelectorAll'> & { body: DomNode };

export interface BotMessageView {
  /** Position among the bot's messages (0 = oldest): stable, the Playground does not virtualise the list. */
  index: number;
  text: string;
  /** The visible text of each root Adaptive Card in the message. */
  cards: string[];
}

/** The bot's messages as the user sees them, oldest first. */
export async function botMessages(page: Page): Promise<BotMessageView[]> {
  return page.evaluate((sel) => {
    const doc = (globalThis as unknown as { document: Doc }).document;
    return Array.from(doc.querySelectorAll(sel.botMessage)).map((el, index) => ({
      index,
      text: el.innerText.trim(),
      cards: Array.from(el.querySelectorAll(sel.rootCard)).map((c) => c.innerText.trim()),
    }));
  }, SELECTORS);
}

/** The user's own messages (what was typed), oldest first. */
export async function userMessages(page: Page): Promise<string[]> {
  return page.evaluate((sel) => {
    const doc = (globalThis as unknown as { document: Doc }).document;
    return Array.from(doc.querySelectorAll(sel.messageHeader))
      .filter((h) => !h.querySelector(sel.messageAuthor))
      .map((h) => (h.parentElement?.innerText ?? '').replace(h.innerText, '').trim());
  }, SELECTORS);
}

/** The Log Panel, one entry per line ("[5:08:37 AM] …"). */
export async function logPanelLines(page: Page): Promise<string[]> {
  return page.evaluate((sel) => {
    const doc = (globalThis as unknown as { document: Doc }).document;
    const panel = doc.querySelector(sel.logEntries);
    if (!panel) return ['(the Log Panel is not on the page)'];
    return Array.from(panel.children).map((c) => c.innerText.replace(/\s+/g, ' ').trim()).filter(Boolean);
  }, SELECTORS);
}

/**
 * Log Panel entries that mean something went wrong in the conversation with the bot: errors, warnings
 * (e.g. "Cannot connect to your app") and any request between the two answered with 4xx or 5xx.
 */
export function logPanelProblems(lines: string[]): string[] {
  return lines.filter(
    (line) =>
      !PLAYGROUND_LIMITATIONS.some((re) => re.test(line)) &&
      (/\((?:\u00d7|!)\) (?:Error|Warning):/.test(line) ||
        /->\s+(?:User Application|Microsoft 365 Agents Playground)\s+\S+\s+[45]\d\d\b/.test(line)),
  );
}

/**
 * Warnings about what the Playground itself cannot do, not about the bot. The reminder and detail cards
 * carry `refresh.userIds` (Universal Actions' user-specific views, which Teams supports): the Playground
 * 0.2.x warns "User specific view is not supported yet in Microsoft 365 Agents playground, you can try it
 * in real environment" for every such card and shows the card as sent.
 */
export const PLAYGROUND_LIMITATIONS: RegExp[] = [/\(!\) Warning: User specific view is not supported yet in Microsoft 365 Agents playground/i];

/** The root card `cardIndex` of bot message `messageIndex`. */
export function cardLocator(page: Page, messageIndex: number, cardIndex: number): Locator {
  return page.locator(SELECTORS.botMessage).nth(messageIndex).locator(SELECTORS.rootCard).nth(cardIndex);
}

export function botMessageLocator(page: Page, messageIndex: number): Locator {
  return page.locator(SELECTORS.botMessage).nth(messageIndex);
}

/** Everything the page shows, as text. */
export async function bodyText(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as { document: Doc }).document.body.innerText);
}
