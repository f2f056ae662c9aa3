import * as ACData from 'adaptivecards-templating';
import { CompiledTemplate, NotExact, compileTemplate } from './fast-template';

/** An Adaptive Card as sent to Teams (schema 1.5 at most). */
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

/**
 * Binds a card template to its view model. The engine does not re-read bound values, so text from
 * users such as `${secret}` stays literal (pinned by the card tests). View models hold strings only:
 * a number bound into a TextBlock would reach Teams as a number.
 */
export function renderCard<T extends object>(template: object, data: T): AdaptiveCard {
  const compiled = compiledOf(template);
  if (compiled) {
    try {
      return compiled(data) as AdaptiveCard;
    } catch (err) {
      if (!(err instanceof NotExact)) throw err;
    }
  }
  return engineRender(template, data);
}

/** The templating engine itself (adaptivecards-templating): the reference the compiled form follows. */
export function engineRender<T extends object>(template: object, data: T): AdaptiveCard {
  return new ACData.Template(template).expand({ $root: data }) as AdaptiveCard;
}

/** Each template is compiled once (fast-template.ts); null = outside the compiled subset (the engine renders it). */
const compiledTemplates = new WeakMap<object, CompiledTemplate | null>();
function compiledOf(template: object): CompiledTemplate | null {
  let compiled = compiledTemplates.get(template);
  if (compiled === undefined) {
    compiled = compileTemplate(template);
    compiledTemplates.set(template, compiled);
  }
  return compiled;
}

/**
 * The card's own JSON in bytes. Teams counts the whole activity, so size decisions use
 * `messageBytes` (message-size.ts), which wraps the card as botbuilder sends it.
 */
export function cardBytes(card: AdaptiveCard): number {
  return Buffer.byteLength(JSON.stringify(card), 'utf8');
}
