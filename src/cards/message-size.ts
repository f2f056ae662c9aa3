import type { AdaptiveCard } from './render';

/**
 * The most a message (or an invoke's card response) may weigh, in UTF-8 bytes of its serialised JSON.
 * Teams refuses messages over about 28 KB (issue #13); we keep 2 KB of margin for what we cannot see.
 */
export const TEAMS_MESSAGE_MAX_BYTES = 26_000;

/** The content type botbuilder's `CardFactory.adaptiveCard` gives an Adaptive Card attachment. */
export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/**
 * What the connector adds to an outgoing activity that the card code does not know: conversation,
 * from and recipient ids (MRIs and names), serviceUrl, replyToId, channelData with the tenant, locale,
 * timestamps. Measured on real Teams activities at well under 1 KB; we count 1,500 bytes.
 */
export const ACTIVITY_ENVELOPE_BYTES = 1_500;

/** A message as Chaser sends it: a card, with the plain text that goes with it (notification preview). */
export interface OutgoingMessage {
  card: AdaptiveCard;
  text?: string;
}

/** The message's activity as botbuilder builds it (`MessageFactory.attachment(CardFactory.adaptiveCard(card))`). */
export function messageActivity(message: OutgoingMessage): Record<string, unknown> {
  return {
    type: 'message',
    ...(message.text ? { text: message.text } : {}),
    attachmentLayout: 'list',
    inputHint: 'acceptingInput',
    attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: message.card }],
  };
}

/** UTF-8 bytes of the whole activity as sent, envelope included (bytes, not characters: "é" is 2, "—" is 3). */
export function messageBytes(message: OutgoingMessage): number {
  return Buffer.byteLength(JSON.stringify(messageActivity(message)), 'utf8') + ACTIVITY_ENVELOPE_BYTES;
}

/** True when Teams will take the message: {@link messageBytes} ≤ {@link TEAMS_MESSAGE_MAX_BYTES}. */
export function fitsTeams(message: OutgoingMessage): boolean {
  return messageBytes(message) <= TEAMS_MESSAGE_MAX_BYTES;
}

/**
 * The first rendering that fits, trying `levels` in order (each shorter than the last); the last one
 * when none fits (the caller's last level must be small enough to always fit).
 */
export function firstThatFits<L>(levels: readonly L[], render: (level: L) => OutgoingMessage): OutgoingMessage {
  let last: OutgoingMessage | null = null;
  for (const level of levels) {
    last = render(level);
    if (fitsTeams(last)) return last;
  }
  if (!last) throw new Error('firstThatFits needs at least one level');
  return last;
}

/**
 * The largest `n` in [min, max] whose rendering fits (renderings grow with `n`), found by bisection,
 * with its message. `min` is returned when even it does not fit.
 */
export function largestThatFits(min: number, max: number, render: (n: number) => OutgoingMessage): { n: number; message: OutgoingMessage } {
  let best = { n: min, message: render(min) };
  if (!fitsTeams(best.message)) return best;
  let lo = min + 1;
  let hi = max;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    const message = render(mid);
    if (fitsTeams(message)) {
      best = { n: mid, message };
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}
