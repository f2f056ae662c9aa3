import type { Admin, ConversationRecord, Conversations, DigestSubscription, Digests, LeadDirectory, Secretariat, Store } from '../app/ports';
import type { LeadEntry } from '../domain/lead';

/** How the identity cache reads the time: milliseconds since the epoch (tests inject their own). */
export type MonotonicNow = () => number;

/**
 * Remembers answers for `ttlMs` milliseconds, by key. `clear()` forgets everything (a write of this
 * instance changed what the answers may be). Concurrent misses for one key share one read.
 */
class Memo {
  private readonly entries = new Map<string, { at: number; value: Promise<unknown> }>();

  constructor(private readonly ttlMs: number, private readonly now: MonotonicNow) {}

  get<T>(key: string, read: () => Promise<T>): Promise<T> {
    const at = this.now();
    const hit = this.entries.get(key);
    if (hit && at - hit.at < this.ttlMs) return hit.value as Promise<T>;
    const value = read();
    this.entries.set(key, { at, value });
    // A failed read is not remembered: the next question reads again.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Settings of the identity cache. */
export interface IdentityCacheOptions {
  /** How long an answer is reused, in milliseconds (CHASER_IDENTITY_CACHE_SECONDS × 1000). 0 = no cache. */
  ttlMs: number;
  /** The clock the life is measured on (default `Date.now`). */
  now?: MonotonicNow;
}

/**
 * Who a person is — admin, digest recipient, lead, someone with a personal chat — changes rarely but is
 * asked on every turn. This decorator keeps those answers per instance for `ttlMs`, and forgets a port's
 * answers as soon as this instance writes to that port (admins add/remove, leads save, digests
 * subscribe/unsubscribe, conversations save/remove). Another instance's change shows here within `ttlMs`.
 * Only the identity reads are cached; the register, the ledger, leases, chat memory and snapshots are not.
 * Answers are shared objects: callers must not mutate them (none do; they copy with spread).
 */
export function cacheIdentity<S extends Store>(store: S, options: IdentityCacheOptions): S {
  if (options.ttlMs <= 0) return store;
  const now = options.now ?? Date.now;
  const memo = (): Memo => new Memo(options.ttlMs, now);
  return {
    ...store,
    admins: cachedAdmins(store.admins, memo()),
    leads: cachedLeads(store.leads, memo()),
    digests: cachedDigests(store.digests, memo()),
    conversations: cachedConversations(store.conversations, memo()),
  };
}

function cachedAdmins(inner: Secretariat, memo: Memo): Secretariat {
  return {
    isAdmin: (ids) => memo.get(`is|${JSON.stringify(ids.map((i) => i.toLowerCase()))}`, () => inner.isAdmin(ids)),
    list: () => memo.get<Array<Admin & { fromSettings: boolean }>>('list', () => inner.list()),
    async add(admin) {
      memo.clear();
      try { await inner.add(admin); } finally { memo.clear(); }
    },
    async remove(userId) {
      memo.clear();
      try { return await inner.remove(userId); } finally { memo.clear(); }
    },
  };
}

function cachedLeads(inner: LeadDirectory, memo: Memo): LeadDirectory {
  return {
    get: (lead) => memo.get<LeadEntry | null>(`get|${lead}`, () => inner.get(lead)),
    list: () => memo.get<LeadEntry[]>('list', () => inner.list()),
    async save(entry) {
      memo.clear();
      try { await inner.save(entry); } finally { memo.clear(); }
    },
  };
}

function cachedDigests(inner: Digests, memo: Memo): Digests {
  return {
    saveSnapshot: (snapshot) => inner.saveSnapshot(snapshot),
    latestSnapshot: () => inner.latestSnapshot(),
    findSubscriber: (keys) => memo.get<DigestSubscription | null>(`find|${JSON.stringify(keys)}`, () => inner.findSubscriber(keys)),
    subscribers: () => memo.get<DigestSubscription[]>('list', () => inner.subscribers()),
    async subscribe(s) {
      memo.clear();
      try { await inner.subscribe(s); } finally { memo.clear(); }
    },
    async unsubscribe(key) {
      memo.clear();
      try { return await inner.unsubscribe(key); } finally { memo.clear(); }
    },
  };
}

function cachedConversations(inner: Conversations, memo: Memo): Conversations {
  return {
    get: (tenantId, scope, target) => memo.get<ConversationRecord | null>(`get|${JSON.stringify([tenantId, scope, target])}`, () => inner.get(tenantId, scope, target)),
    findPersonal: (userId) => memo.get<ConversationRecord | null>(`personal|${userId}`, () => inner.findPersonal(userId)),
    findByUpn: (upn) => memo.get<ConversationRecord | null>(`upn|${upn}`, () => inner.findByUpn(upn)),
    list: () => memo.get<ConversationRecord[]>('list', () => inner.list()),
    async save(record) {
      memo.clear();
      try { await inner.save(record); } finally { memo.clear(); }
    },
    async remove(tenantId, scope, target) {
      memo.clear();
      try { return await inner.remove(tenantId, scope, target); } finally { memo.clear(); }
    },
  };
}
