import { CardFactory, CloudAdapter, ConversationReference, MessageFactory } from 'botbuilder';
import type { Messenger, OutgoingMessage, SendOutcome } from '../app/delivery/messenger';
import type { Logger } from '../log';
import type { ConversationRecord, SendBudget } from '../app/ports';
import { leaveThrottlingToThePacer } from './connector-retries';
import { SendPacer } from './send-pacer';

export interface MessengerOptions {
  /** Sends per second across the app, every instance together (Teams allows about 30–50 per app per tenant). */
  perSecond: number;
  /**
   * The budget every instance of the app claims its send slots from (the store's), so that together they keep
   * to `perSecond`; default one of this messenger's own (right when it is the only sender).
   */
  budget?: SendBudget;
  /** Attempts for one message when Teams answers 429, 502, 503 or 504. */
  attempts: number;
  /** First backoff; doubled each attempt, with jitter, unless Retry-After says otherwise. */
  backoffMs: number;
  sleep?: (ms: number) => Promise<void>;
  /** The clock the pacing reads (tests); default Date.now. */
  now?: () => number;
}

const RETRIED = new Set([429, 502, 503, 504]);

/**
 * Proactive messages through the Bot Framework connector: paced to stay inside Teams' limits, retried
 * with backoff and jitter on throttling and gateway errors (honouring Retry-After), 403 reported as
 * blocked (the user removed or blocked the bot) so the caller stops trying that person.
 */
export function createProactiveMessenger(adapter: CloudAdapter, appId: string, log: Logger, options: MessengerOptions): Messenger {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  // One pacer for every send of this messenger, its slots from the shared budget: a 429 slows them all (send-pacer.ts).
  const pacer = new SendPacer({
    perSecond: options.perSecond,
    slots: {
      onBudget: (event) => {
        if (event.ok) log.info('shared send budget reachable again: pacing with the other instances');
        else log.warn({ err: event.err }, 'shared send budget unreachable: pacing this instance alone until it answers');
      },
    },
  }, options.now ?? Date.now, options.budget);
  let sdkRetriesWarned = false;

  return {
    async send(conversation: ConversationRecord, message: OutgoingMessage): Promise<SendOutcome> {
      const activity = message.card ? MessageFactory.attachment(CardFactory.adaptiveCard(message.card)) : MessageFactory.text(message.text);
      if (message.card) activity.summary = message.text.slice(0, 200);
      const reference = conversation.reference as Partial<ConversationReference>;
      let lastError = '';
      for (let attempt = 1; attempt <= options.attempts; attempt++) {
        await pacer.wait(sleep);
        try {
          let activityId: string | null = null;
          // Errors thrown inside the callback would go to the adapter's onTurnError and be swallowed:
          // catch them here so the caller learns the send failed.
          const failures: unknown[] = [];
          await adapter.continueConversationAsync(appId, reference, async (context) => {
            if (!leaveThrottlingToThePacer(context.turnState.get(adapter.ConnectorClientKey)) && !sdkRetriesWarned) {
              sdkRetriesWarned = true;
              log.warn('the Bot Framework connector client retries 429s itself here (its pipeline is not where connector-retries.ts looks): those retries are not paced');
            }
            try {
              activityId = (await context.sendActivity(activity))?.id ?? null;
            } catch (err) {
              failures.push(err);
            }
          });
          if (failures.length) throw failures[0];
          pacer.accepted();
          return { ok: true, activityId };
        } catch (err) {
          const status = statusOf(err);
          lastError = `${status ?? 'error'}: ${err instanceof Error ? err.message : String(err)}`.slice(0, 300);
          if (status === 403) return { ok: false, blocked: true, error: lastError };
          if (!status || !RETRIED.has(status) || attempt === options.attempts) break;
          if (status === 429) {
            // Throttled: this message waits its Retry-After, then takes a new slot; the others carry on at a lower rate.
            const wait = pacer.throttled(retryAfterMs(err));
            log.info({ status, attempt, retryAfterMs: wait, perSecond: Math.round(pacer.currentRate() * 10) / 10 }, 'Teams asked us to slow down; pacing lower and retrying');
            await sleep(wait);
            continue;
          }
          const wait = retryAfterMs(err) ?? options.backoffMs * 2 ** (attempt - 1) * (0.5 + Math.random());
          log.info({ status, attempt, waitMs: Math.round(wait) }, 'Teams gateway error; retrying');
          await sleep(wait);
        }
      }
      return { ok: false, blocked: false, error: lastError };
    },
  };
}

function statusOf(err: unknown): number | undefined {
  const e = err as { statusCode?: number; response?: { status?: number } };
  return e?.statusCode ?? e?.response?.status;
}

/** Retry-After in seconds (or an HTTP date), from the connector's error response. */
function retryAfterMs(err: unknown): number | null {
  const headers = (err as { response?: { headers?: { get?(name: string): string | undefined } } })?.response?.headers;
  const value = headers?.get?.('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}
