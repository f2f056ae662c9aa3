import type { AdaptiveCard } from '../../cards/render';
import type { ConversationRecord } from '../ports';

/** A proactive message: a card, with text for notifications and clients that cannot show cards. */
export interface OutgoingMessage {
  text: string;
  card?: AdaptiveCard;
}

/**
 * How a send ended. `blocked`: 403 — the user removed or blocked the bot; never retried.
 * `failed`: anything else after the sender's own retries (429/5xx with backoff); retried next sweep.
 */
export type SendOutcome = { ok: true; activityId: string | null } | { ok: false; blocked: boolean; error: string };

/** The port to Teams for proactive messages; implemented in src/teams/proactive-messenger.ts. */
export interface Messenger {
  send(conversation: ConversationRecord, message: OutgoingMessage): Promise<SendOutcome>;
}
