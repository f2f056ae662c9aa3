/**
 * The rate proactive sends go out at, shared by every send of one messenger: additive increase,
 * multiplicative decrease (AIMD). It starts at the configured rate (CHASER_SEND_PER_SECOND, Teams' per-app
 * limit at most) less a little headroom (`headroom`, default 2%: timers fire late and early, and Teams
 * counts in a sliding window, so pacing at exactly the limit bursts past it), and never exceeds that. A 429 from Teams cuts the rate (× `decrease`) and pauses every send
 * until its Retry-After has passed, not only the one refused; each success adds back `increase` × the
 * configured rate, so the sender settles just under the rate Teams actually accepts.
 * Pure: time comes from `now()`; `reserve()` says how long to wait before the next send.
 */
export interface PacerOptions {
  /** The most sends per second (the configured limit). */
  perSecond: number;
  /** The least the rate falls to, as a share of `perSecond` (default 0.5). */
  floorShare?: number;
  /** Multiplier on a 429 (default 0.95). */
  decrease?: number;
  /** Share of `perSecond` added back per success (default 0.00005: about 20 s at 50/s to climb back 5%, so 429s stay rare). */
  increase?: number;
  /** The highest rate, as a share of `perSecond` (default 0.98). */
  headroom?: number;
}

export class SendPacer {
  private rate: number;
  private nextSlot = 0;
  private pausedUntil = 0;
  private readonly floor: number;
  private readonly decrease: number;
  private readonly step: number;
  private readonly ceiling: number;

  constructor(options: PacerOptions, private readonly now: () => number) {
    this.ceiling = options.perSecond * (options.headroom ?? 0.98);
    this.rate = this.ceiling;
    this.floor = options.perSecond * (options.floorShare ?? 0.5);
    this.decrease = options.decrease ?? 0.95;
    this.step = options.perSecond * (options.increase ?? 0.00005);
  }

  /** Sends per second now. */
  currentRate(): number {
    return this.rate;
  }

  /** Takes the next send slot: the milliseconds to wait before sending (0 = send now). */
  reserve(): number {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot, this.pausedUntil);
    this.nextSlot = slot + 1000 / this.rate;
    return slot - now;
  }

  /** Teams accepted a send: the rate creeps back towards the configured one. */
  accepted(): void {
    this.rate = Math.min(this.ceiling, this.rate + this.step);
  }

  /** Teams answered 429: slower from now on, and nothing goes before `retryAfterMs` has passed. */
  throttled(retryAfterMs: number | null): void {
    this.rate = Math.max(this.floor, this.rate * this.decrease);
    const now = this.now();
    this.pausedUntil = Math.max(this.pausedUntil, now + (retryAfterMs ?? 1000));
    this.nextSlot = Math.max(this.nextSlot, this.pausedUntil);
  }
}
