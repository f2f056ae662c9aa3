import type { PipelinePolicy } from '@azure/core-rest-pipeline';
import type { SlotGrant } from '../../../src/app/ports';
import { AzureStore, openStore } from '../../../src/store/store';
import { readTestAzurite } from '../../support/azurite-env';
import { uniquePrefix } from '../../support/store-fixture';

/** Teams' per-app limit as the bench's connector enforces it, paced 2% under as the messenger does. */
const LIMIT = 50;
const INTERVAL = 1000 / (LIMIT * 0.98);
const T = Date.parse('2025-06-09T08:00:30Z');

/** One instance: a store of its own over the shared tables, counting the 412s storage answered it. */
function instance(prefix: string, before?: PipelinePolicy['sendRequest']): { store: AzureStore; conflicts: () => number } {
  let conflicts = 0;
  const policy: PipelinePolicy = {
    name: 'countConflicts',
    sendRequest: async (request, next) => {
      try {
        return before ? await before(request, next) : await next(request);
      } catch (err) {
        // Storage's refusals surface here as errors (the SDK's deserialisation runs inside the pipeline).
        if ((err as { statusCode?: number }).statusCode === 412) conflicts++;
        throw err;
      }
    },
  };
  return { store: openStore({ kind: 'connection-string', connectionString: readTestAzurite().connectionString }, prefix, { policies: [policy] }), conflicts: () => conflicts };
}

/** Every slot of these grants, in time order. */
const slotsOf = (grants: SlotGrant[]): number[] => grants.flatMap((g) => Array.from({ length: g.count }, (_, i) => g.start + i * g.intervalMs)).sort((a, b) => a - b);

/** The most slots in any one-second window (half open, as Teams counts). */
function busiestSecond(slots: number[]): number {
  let best = 0;
  for (let from = 0, to = 0; to < slots.length; to++) {
    while (slots[to]! - slots[from]! >= 1000) from++;
    best = Math.max(best, to - from + 1);
  }
  return best;
}

describe('the shared send budget against Azurite', () => {
  it('when five instances claim blocks at once, again and again, then together they are never granted more than the limit in any second', async () => {
    const prefix = uniquePrefix();
    const instances = Array.from({ length: 5 }, () => instance(prefix));
    const grants: SlotGrant[] = [];
    await Promise.all(instances.map(async ({ store }, n) => {
      for (let round = 0; round < 8; round++) {
        // Each asks from its own "now" (a quarter second's worth of slots per claim, as the pacer does).
        grants.push(await store.sendBudget.claim({ count: 12, intervalMs: INTERVAL, notBefore: T + round * 100 + n }));
      }
    }));
    const slots = slotsOf(grants);
    expect(slots).toHaveLength(5 * 8 * 12);
    expect(new Set(slots).size).toBe(slots.length);
    const sorted = [...grants].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]!.start).toBeGreaterThanOrEqual(sorted[i - 1]!.start + sorted[i - 1]!.count * INTERVAL - 1e-6);
    expect(busiestSecond(slots)).toBeLessThanOrEqual(LIMIT);
  });

  it('when another instance claims between our read and our write, then storage answers 412 and the claim is read again and granted after theirs', async () => {
    const prefix = uniquePrefix();
    const other = instance(prefix);
    let interfered = false;
    const ours = instance(prefix, async (request, next) => {
      // Our first write of the row: let the other instance claim first, so our ETag is stale.
      if (request.method === 'PUT' && !interfered && request.url.includes("RowKey='budget'")) {
        interfered = true;
        await other.store.sendBudget.claim({ count: 10, intervalMs: INTERVAL, notBefore: T });
      }
      return next(request);
    });
    await ours.store.sendBudget.claim({ count: 10, intervalMs: INTERVAL, notBefore: T });
    const grant = await ours.store.sendBudget.claim({ count: 10, intervalMs: INTERVAL, notBefore: T });
    expect(interfered).toBe(true);
    expect(ours.conflicts()).toBe(1);
    expect(grant.start).toBeCloseTo(T + 20 * INTERVAL, 2);
  });

  it('when an instance dies holding slots, then the others wait at most until its slots have passed', async () => {
    const prefix = uniquePrefix();
    const [dead, alive] = [instance(prefix), instance(prefix)];
    await dead.store.sendBudget.claim({ count: 25, intervalMs: INTERVAL, notBefore: T });
    expect((await alive.store.sendBudget.claim({ count: 12, intervalMs: INTERVAL, notBefore: T + 100 })).start).toBeCloseTo(T + 25 * INTERVAL, 2);
    expect((await alive.store.sendBudget.claim({ count: 12, intervalMs: INTERVAL, notBefore: T + 2_000 })).start).toBe(T + 2_000);
  });
});
