import type { SendBudget } from '../app/ports';
import { LocalSendBudget } from './local-send-budget';
import { SlotQueue, SlotQueueOptions } from './send-slots';

/**
 * When proactive sends go out, shared by every send of one messenger. Teams allows 7 messages a second per
 * conversation and about 30–50 requests a second per app per tenant, counted in sliding one-second windows,
 * and answers 429 with Retry-After past them.
 *
 * Sends take slots from a budget (`SendBudget`): the storage account's when several instances send for one
 * app (their slots never overlap, so together they keep the rate), or this process's own. Slots come at the
 * configured rate (CHASER_SEND_PER_SECOND, at most Teams' limit) less a little headroom (`headroom`, default
 * 2%: Teams counts in a sliding window, so pacing at exactly the limit bursts past it when a send is late).
 * A slot slept past by more than `lateMs` is given up rather than sent late (a stalled process would
 * otherwise send its missed slots in a burst).
 *
 * On a 429 (AIMD): the refused message waits its Retry-After (1 s when Teams gives none) and retries in a new
 * slot; the other sends of this instance give up the next two slots (the window that refused it is full, and
 * has room again as its oldest sends age out) and carry on, on a smaller share of the slots (× `decrease`,
 * once per one-second window however many 429s it brings, never below `floorShare`); each success adds
 * `increase` back, up to all of them. Holding every send for one message's Retry-After would cost a second
 * of the limit per 429.
 * Time comes from `now()` (epoch ms).
 */
export interface PacerOptions {
  /** The most sends per second (the configured limit, across every instance sharing the budget). */
  perSecond: number;
  /** The least share of its slots an instance keeps using after 429s (default 0.5). */
  floorShare?: number;
  /** Multiplier on the share on a 429 (default 0.95). */
  decrease?: number;
  /** Share added back per success (default 0.001: 50 successes, a second at 50/s, to climb back 5%). */
  increase?: number;
  /** The rate slots are claimed at, as a share of `perSecond` (default 0.98). */
  headroom?: number;
  /** How late a send may still use its slot, ms (default one slot's interval: later, and the sliding window could see one send too many). */
  lateMs?: number;
  /** Passed to the slot queue (send-slots.ts): block size, storage trouble. */
  slots?: Omit<SlotQueueOptions, 'perSecond' | 'lateMs'>;
}

/** Retry-After when a 429 gives none, ms. */
const DEFAULT_RETRY_AFTER_MS = 1000;
/** Teams' counting window: 429s within one window are one signal to slow down, not several. */
const WINDOW_MS = 1000;
/** Slots a send gives up for lateness before it goes anyway (so a loaded process still makes progress). */
const LATE_GIVE_UPS = 3;
/** Slots every send of this instance gives up after a 429. */
const HOLD_SLOTS = 2;

export class SendPacer {
  private share = 1;
  /** Slots earned towards the next send: a slot is used when a whole one is earned; each slot earns `share` (so a share of 0.9 skips one slot in ten). */
  private credit = 1;
  private lastDecrease = -Infinity;
  /** No send before this (epoch ms): set for a couple of slots by a 429. */
  private holdUntil = -Infinity;
  private readonly slotRate: number;
  private readonly floor: number;
  private readonly decrease: number;
  private readonly step: number;
  private readonly lateMs: number;
  private readonly slots: SlotQueue;

  constructor(options: PacerOptions, private readonly now: () => number, budget: SendBudget = new LocalSendBudget()) {
    this.slotRate = options.perSecond * (options.headroom ?? 0.98);
    this.floor = options.floorShare ?? 0.5;
    this.decrease = options.decrease ?? 0.95;
    this.step = options.increase ?? 0.001;
    this.lateMs = options.lateMs ?? 1000 / this.slotRate;
    this.slots = new SlotQueue(budget, { ...options.slots, perSecond: this.slotRate, lateMs: this.lateMs }, now);
  }

  /** Sends per second this instance may make now (all of the budget's slots, times its share). */
  currentRate(): number {
    return this.slotRate * this.share;
  }

  /** Takes the next send slot: the milliseconds to wait before sending (0 = send now). */
  async reserve(): Promise<number> {
    for (;;) {
      const slot = await this.slots.take(this.holdUntil);
      const use = this.credit >= 1 - 1e-9;
      this.credit += this.share - (use ? 1 : 0);
      if (use) return Math.max(0, slot - this.now());
    }
  }

  /**
   * Waits for the next slot with `sleep`; takes another when woken more than `lateMs` after it, or when a 429
   * came while it slept and its slot falls in the hold.
   */
  async wait(sleep: (ms: number) => Promise<void>): Promise<void> {
    for (let giveUps = 0; ; giveUps++) {
      const wait = await this.reserve();
      const slot = this.now() + wait;
      if (wait > 0) await sleep(wait);
      if ((this.now() - slot <= this.lateMs || giveUps >= LATE_GIVE_UPS) && slot >= this.holdUntil) return;
    }
  }

  /** Teams accepted a send: the share creeps back towards all of the slots. */
  accepted(): void {
    this.share = Math.min(1, this.share + this.step);
  }

  /**
   * Teams answered 429: a smaller share (once per window), the next couple of slots given up, and the ms the
   * refused message waits before its retry.
   */
  throttled(retryAfterMs: number | null): number {
    const now = this.now();
    this.holdUntil = Math.max(this.holdUntil, now + HOLD_SLOTS * 1000 / this.slotRate);
    if (now - this.lastDecrease >= WINDOW_MS) {
      this.share = Math.max(this.floor, this.share * this.decrease);
      this.lastDecrease = now;
    }
    return retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  }
}
