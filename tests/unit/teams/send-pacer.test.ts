import { SendPacer } from '../../../src/teams/send-pacer';

function pacerAt(perSecond: number, options: { floorShare?: number; decrease?: number; increase?: number; headroom?: number } = {}) {
  let now = 10_000;
  const pacer = new SendPacer({ perSecond, decrease: 0.85, increase: 0.01, headroom: 1, ...options }, () => now);
  return { pacer, advance: (ms: number) => { now += ms; } };
}

describe('send pacer', () => {
  it('when nothing is throttled, then sends are spaced at the configured rate', () => {
    const { pacer } = pacerAt(50);
    expect([pacer.reserve(), pacer.reserve(), pacer.reserve()]).toEqual([0, 20, 40]);
  });

  it('when left to its defaults, then it paces 2% under the configured rate and a 429 costs 5% of it', () => {
    let now = 0;
    const pacer = new SendPacer({ perSecond: 50 }, () => now);
    expect(pacer.currentRate()).toBeCloseTo(49);
    pacer.throttled(0);
    expect(pacer.currentRate()).toBeCloseTo(46.55);
    for (let i = 0; i < 100; i++) pacer.accepted();
    expect(pacer.currentRate()).toBeCloseTo(46.8);
    for (let i = 0; i < 10_000; i++) pacer.accepted();
    expect(pacer.currentRate()).toBeCloseTo(49);
    now += 1;
    expect(pacer.reserve()).toBe(0);
  });

  it('when sends are spaced out in time, then nobody waits', () => {
    const { pacer, advance } = pacerAt(10);
    expect(pacer.reserve()).toBe(0);
    advance(150);
    expect(pacer.reserve()).toBe(0);
  });

  it('when Teams answers 429 with Retry-After, then every send waits until it has passed and the rate drops', () => {
    const { pacer } = pacerAt(40);
    pacer.reserve();
    pacer.throttled(2_000);
    expect(pacer.currentRate()).toBeCloseTo(34);
    const first = pacer.reserve();
    const second = pacer.reserve();
    expect(first).toBe(2_000);
    expect(second).toBeCloseTo(2_000 + 1000 / 34, 5);
  });

  it('when a 429 carries no Retry-After, then sends pause for one second', () => {
    const { pacer } = pacerAt(30);
    pacer.throttled(null);
    expect(pacer.reserve()).toBe(1_000);
  });

  it('when throttled again and again, then the rate never falls below its floor', () => {
    const { pacer } = pacerAt(20, { floorShare: 0.5 });
    for (let i = 0; i < 50; i++) pacer.throttled(0);
    expect(pacer.currentRate()).toBe(10);
  });

  it('when sends are accepted after a 429, then the rate climbs back, never past the configured one', () => {
    const { pacer } = pacerAt(50, { decrease: 0.5, increase: 0.1 });
    pacer.throttled(0);
    expect(pacer.currentRate()).toBe(25);
    for (let i = 0; i < 3; i++) pacer.accepted();
    expect(pacer.currentRate()).toBe(40);
    for (let i = 0; i < 10; i++) pacer.accepted();
    expect(pacer.currentRate()).toBe(50);
  });

  it('when two 429s overlap, then the later Retry-After wins and an earlier one never shortens it', () => {
    const { pacer, advance } = pacerAt(45);
    pacer.throttled(3_000);
    advance(500);
    pacer.throttled(1_000);
    expect(pacer.reserve()).toBe(2_500);
  });
});
