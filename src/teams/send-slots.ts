import type { SendBudget, SlotGrant } from '../app/ports';
import { LocalSendBudget } from './local-send-budget';

export interface SlotQueueOptions {
  /** Slots per second asked of the budget (the configured rate less the pacer's headroom). */
  perSecond: number;
  /** Slots claimed at a time (default: a quarter second's worth, at least 1): storage sees one claim per block, not one per send. */
  blockSize?: number;
  /** How late a slot may still be handed out, in ms. A later one is dropped, never sent in a burst with the next. */
  lateMs: number;
  /** Told once when the budget cannot be claimed (the queue then paces this process alone) and once when it can again. */
  onBudget?: (event: { ok: false; err: unknown } | { ok: true }) => void;
}

/**
 * The send slots one process holds, claimed from the budget (`SendBudget`, ports.ts) a block at a time and
 * handed out one by one in time order. The next block is claimed shortly before the slots held run out (see
 * `runsOutSoon`), so a send at full rate never waits on storage, and an instance whose sends end leaves little
 * unused. If the budget cannot be claimed (storage down) it falls back to pacing this process alone at the
 * same rate, and goes back to the shared budget on the next claim that works. Time is epoch ms from `now()`.
 */
export class SlotQueue {
  private readonly blocks: Array<SlotGrant & { next: number }> = [];
  private claiming: Promise<void> | null = null;
  private readonly intervalMs: number;
  private readonly blockSize: number;
  private readonly lateMs: number;
  private readonly fallback = new LocalSendBudget();
  private budgetDown = false;
  /** How long a claim takes, ms (a moving average; a first guess until one has been made). */
  private claimMs = 50;
  private readonly onBudget: SlotQueueOptions['onBudget'];

  constructor(private readonly budget: SendBudget, options: SlotQueueOptions, private readonly now: () => number) {
    this.onBudget = options.onBudget;
    this.intervalMs = 1000 / options.perSecond;
    this.blockSize = options.blockSize ?? Math.max(1, Math.round(options.perSecond / 4));
    this.lateMs = options.lateMs;
  }

  /** The next held slot (epoch ms) at or after `notBefore` and at most `lateMs` ago; claims more when none is held. */
  async take(notBefore = -Infinity): Promise<number> {
    for (let waited = false; ; waited = true) {
      // Having waited for a claim, the first slot it brought is used even if the claim took longer than
      // `lateMs`: otherwise slow storage would claim block after block and send nothing.
      const slot = this.shift(Math.max(notBefore, waited ? -Infinity : this.now() - this.lateMs));
      if (slot !== null) {
        if (this.runsOutSoon()) void this.refill();
        return slot;
      }
      await this.refill();
    }
  }

  /**
   * True when the slots held run out within twice the time a claim takes (and a slot): the next block is
   * claimed then, not earlier, so an instance whose sends end holds at most the rest of one block (slots
   * nobody uses: the other instances' blocks come after them).
   */
  private runsOutSoon(): boolean {
    const last = this.blocks.at(-1);
    if (!last || last.next >= last.count) return true;
    const lastSlot = last.start + (last.count - 1) * last.intervalMs;
    return lastSlot - this.now() <= 2 * this.claimMs + this.intervalMs;
  }

  /** The earliest held slot at or after `cutoff`, removed; earlier ones are dropped. */
  private shift(cutoff: number): number | null {
    while (this.blocks.length) {
      const block = this.blocks[0]!;
      while (block.next < block.count) {
        const slot = block.start + block.next++ * block.intervalMs;
        if (slot >= cutoff) return slot;
      }
      this.blocks.shift();
    }
    return null;
  }

  /** One claim at a time: whoever needs slots while a claim is under way waits for that one. */
  private refill(): Promise<void> {
    this.claiming ??= this.claim().finally(() => {
      this.claiming = null;
    });
    return this.claiming;
  }

  private async claim(): Promise<void> {
    const asked = this.now();
    const request = { count: this.blockSize, intervalMs: this.intervalMs, notBefore: asked };
    let grant: SlotGrant;
    try {
      grant = await this.budget.claim(request);
      this.claimMs = 0.8 * this.claimMs + 0.2 * Math.max(0, this.now() - asked);
      if (this.budgetDown) this.onBudget?.({ ok: true });
      this.budgetDown = false;
    } catch (err) {
      if (!this.budgetDown) this.onBudget?.({ ok: false, err });
      this.budgetDown = true;
      grant = await this.fallback.claim(request);
    }
    this.blocks.push({ ...grant, next: 0 });
    this.blocks.sort((a, b) => a.start - b.start);
  }
}
