import * as ACData from 'adaptivecards-templating';

/** An Adaptive Card as sent to Teams (schema 1.5 at most). */
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/**
 * Binds a card template to its view model. The engine does not re-read bound values, so text from
 * users such as `${secret}` stays literal (pinned by the card tests). View models hold strings only:
 * a number bound into a TextBlock would reach Teams as a number.
 */
export function renderCard<T extends object>(template: object, data: T): AdaptiveCard {
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCard;
}

/**
 * The card's own JSON in bytes. Teams counts the whole activity, so size decisions use
 * `messageBytes` (message-size.ts), which wraps the card as botbuilder sends it.
 */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
