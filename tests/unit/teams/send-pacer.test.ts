import type { SendBudget, SlotRequest } from '../../../src/app/ports';
import { LocalSendBudget } from '../../../src/teams/local-send-budget';
import { PacerOptions, SendPacer } from '../../../src/teams/send-pacer';

/** A clock the test moves by hand (epoch ms). */
function testClock(start = 10_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => { now += ms; } };
}

/** The shared budget as storage would keep it (the in-memory twin), counting claims. */
function countingBudget() {
  const inner = new LocalSendBudget();
  const claims: SlotRequest[] = [];
  const budget: SendBudget = { claim: (request) => { claims.push(request); return inner.claim(request); } };
  return { budget, claims };
}

function pacerAt(perSecond: number, options: Partial<PacerOptions> = {}, budget?: SendBudget) {
  const clock = testClock();
  const pacer = new SendPacer({ perSecond, decrease: 0.85, increase: 0.01, headroom: 1, ...options }, clock.now, budget);
  return { pacer, ...clock };
}

/** Reserves `n` sends in a row, each sent at its slot (the clock moves to it): the wait before each. */
async function sendInTurn(pacer: SendPacer, clock: { advance(ms: number): void }, n: number): Promise<number[]> {
  const waits: number[] = [];
  for (let i = 0; i < n; i++) {
    const wait = await pacer.reserve();
    waits.push(wait);
    clock.advance(wait);
  }
  return waits;
}

describe('send pacer', () => {
  it('when nothing is throttled, then sends are spaced at the configured rate', async () => {
    const { pacer } = pacerAt(50);
    expect([await pacer.reserve(), await pacer.reserve(), await pacer.reserve()]).toEqual([0, 20, 40]);
  });

  it('when left to its defaults, then it paces 2% under the configured rate, a 429 costs 5% of it and 50 successes win it back', async () => {
    const clock = testClock(0);
    const pacer = new SendPacer({ perSecond: 50 }, clock.now);
    expect(pacer.currentRate()).toBeCloseTo(49);
    expect(await pacer.reserve()).toBe(0);
    expect(await pacer.reserve()).toBeCloseTo(1000 / 49, 6);
    expect(pacer.throttled(0)).toBe(0);
    expect(pacer.currentRate()).toBeCloseTo(46.55);
    for (let i = 0; i < 20; i++) pacer.accepted();
    expect(pacer.currentRate()).toBeCloseTo(49 * 0.97);
    for (let i = 0; i < 30; i++) pacer.accepted();
    expect(pacer.currentRate()).toBeCloseTo(49);
  });

  it('when sends are spaced out in time, then nobody waits', async () => {
    const { pacer, advance } = pacerAt(10);
    expect(await pacer.reserve()).toBe(0);
    advance(150);
    expect(await pacer.reserve()).toBe(0);
    advance(1_000);
    expect(await pacer.reserve()).toBe(0);
  });

  it('when the sender falls behind its slots, then the missed ones are dropped, not sent in a burst', async () => {
    const { pacer, advance } = pacerAt(50, { slots: { blockSize: 50 } });
    expect(await pacer.reserve()).toBe(0);
    advance(105);
    // Slots at 20, 40, 60, 80 have passed; 100 is 5 ms late (within half an interval) and still used; then 120.
    expect([await pacer.reserve(), await pacer.reserve()]).toEqual([0, 15]);
  });

  it('when a send wakes long after its slot (a stalled process), then it gives the slot up and takes the next', async () => {
    const { pacer, advance, now } = pacerAt(50, { slots: { blockSize: 50 } });
    await pacer.wait(async (ms) => advance(ms));
    const start = now();
    let stalls = 1;
    // Its slot is at +20; it wakes at +65 (45 ms late): it gives that slot up, and +40 (25 ms late, more than
    // one interval) too; +60 is 5 ms late, within one interval, so it sends at once.
    await pacer.wait(async (ms) => advance(ms + (stalls-- > 0 ? 45 : 0)));
    expect(now() - start).toBe(65);
    expect(await pacer.reserve()).toBe(15);
  });

  it('when Teams answers 429, then the refused message waits its Retry-After while the others give up two slots and carry on, on fewer of them', async () => {
    const { pacer, advance } = pacerAt(40);
    await pacer.reserve();
    expect(pacer.throttled(2_000)).toBe(2_000);
    expect(pacer.currentRate()).toBeCloseTo(34);
    const waits = await sendInTurn(pacer, { advance }, 35);
    expect(waits[0]).toBe(50);
    // 40 slots a second, 85% of them used: the next 34 sends take 40 or 41 slots (a second), not 34.
    const span = waits.slice(1).reduce((a, b) => a + b, 0);
    expect(span).toBeGreaterThanOrEqual(39 * 25);
    expect(span).toBeLessThanOrEqual(41 * 25);
  });

  it('when a 429 comes while a send sleeps towards its slot, then that send takes a slot after the hold instead', async () => {
    const { pacer, advance, now } = pacerAt(40);
    const start = now();
    await pacer.wait(async (ms) => advance(ms));
    // The next send's slot is at +25; while it sleeps, the first send is answered 429 (at +10).
    await pacer.wait(async (ms) => {
      if (now() === start) {
        advance(10);
        pacer.throttled(1_000);
        advance(ms - 10);
      } else advance(ms);
    });
    expect(now() - start).toBe(75);
  });

  it('when a 429 carries no Retry-After, then the refused message waits one second', () => {
    const { pacer } = pacerAt(30);
    expect(pacer.throttled(null)).toBe(1_000);
  });

  it('when several 429s come in one second, then they are one signal: the rate drops once', () => {
    const { pacer, advance } = pacerAt(40);
    for (let i = 0; i < 4; i++) pacer.throttled(1_000);
    expect(pacer.currentRate()).toBeCloseTo(34);
    advance(1_000);
    pacer.throttled(1_000);
    expect(pacer.currentRate()).toBeCloseTo(28.9);
  });

  it('when throttled again and again, then the share never falls below its floor', () => {
    const { pacer, advance } = pacerAt(20, { floorShare: 0.5 });
    for (let i = 0; i < 50; i++) {
      pacer.throttled(0);
      advance(1_000);
    }
    expect(pacer.currentRate()).toBe(10);
  });

  it('when sends are accepted after a 429, then the rate climbs back, never past the configured one', () => {
    const { pacer } = pacerAt(50, { decrease: 0.5, increase: 0.1 });
    pacer.throttled(0);
    expect(pacer.currentRate()).toBe(25);
    for (let i = 0; i < 3; i++) pacer.accepted();
    expect(pacer.currentRate()).toBeCloseTo(40);
    for (let i = 0; i < 10; i++) pacer.accepted();
    expect(pacer.currentRate()).toBe(50);
  });

  it('when sending at full rate, then storage is asked for a block of slots at a time, the next before the last runs out', async () => {
    const { budget, claims } = countingBudget();
    const { pacer, advance } = pacerAt(48, {}, budget);
    const waits = await sendInTurn(pacer, { advance }, 96);
    // A quarter second's worth (12 slots) per claim: 8 claims for 96 sends, and no send ever waited longer than one slot.
    expect(claims.length).toBeLessThanOrEqual(9);
    expect(claims.every((c) => c.count === 12)).toBe(true);
    expect(Math.max(...waits.slice(1))).toBeCloseTo(1000 / 48, 6);
  });

  it('when two instances share a budget, then their sends interleave and together never exceed the rate in any second', async () => {
    const { budget } = countingBudget();
    const clock = testClock();
    const pacers = [0, 1].map(() => new SendPacer({ perSecond: 50, headroom: 0.98 }, clock.now, budget));
    // Both send flat out for three seconds of the test clock, four senders each (as the sweep does).
    const sentAt: number[] = [];
    const sentBy = new Map<SendPacer, number>();
    const queue: Array<{ at: number; pacer: SendPacer }> = [];
    const reserveFor = async (pacer: SendPacer) => { queue.push({ at: clock.now() + await pacer.reserve(), pacer }); };
    for (const pacer of pacers) for (let i = 0; i < 4; i++) await reserveFor(pacer);
    while (sentAt.length < 150) {
      queue.sort((a, b) => a.at - b.at);
      const next = queue.shift()!;
      clock.advance(next.at - clock.now());
      sentAt.push(next.at);
      sentBy.set(next.pacer, (sentBy.get(next.pacer) ?? 0) + 1);
      await reserveFor(next.pacer);
    }
    let busiest = 0;
    for (let from = 0, to = 0; to < sentAt.length; to++) {
      while (sentAt[to]! - sentAt[from]! >= 1000) from++;
      busiest = Math.max(busiest, to - from + 1);
    }
    expect(busiest).toBeLessThanOrEqual(49);
    expect(new Set(sentAt).size).toBe(sentAt.length);
    // Both got their turn: blocks alternate, so each sent about half.
    expect(Math.min(...sentBy.values())).toBeGreaterThanOrEqual(60);
  });

  it('when the shared budget cannot be reached, then the instance paces alone at the same rate, says so once, and says when it is back', async () => {
    const local = new LocalSendBudget();
    let down = true;
    const events: boolean[] = [];
    const budget: SendBudget = { claim: async (request) => { if (down) throw new Error('storage unavailable'); return local.claim(request); } };
    const { pacer, advance } = pacerAt(50, { slots: { blockSize: 5, onBudget: (e) => events.push(e.ok) } }, budget);
    expect(await sendInTurn(pacer, { advance }, 12)).toEqual([0, ...Array<number>(11).fill(20)]);
    down = false;
    advance(1_000);
    await sendInTurn(pacer, { advance }, 6);
    expect(events).toEqual([false, true]);
  });
});
