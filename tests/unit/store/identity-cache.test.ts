import type { ConversationRecord, DigestSubscription, Store } from '../../../src/app/ports';
import { cacheIdentity } from '../../../src/store/identity-cache';
import { memoryStore } from '../../support/memory-store';

/** Counts the reads that reach the store under the cache. */
function counted(inner: Store): { store: Store; reads: () => number } {
  let reads = 0;
  const count = <T extends object>(port: T, names: Array<keyof T>): T => {
    const wrapped = Object.create(port) as T;
    for (const name of names) {
      const fn = port[name] as unknown as (...args: unknown[]) => unknown;
      (wrapped as Record<keyof T, unknown>)[name] = (...args: unknown[]) => {
        reads++;
        return fn.apply(port, args);
      };
    }
    return wrapped;
  };
  return {
    store: {
      ...inner,
      admins: count(inner.admins, ['isAdmin', 'list']),
      leads: count(inner.leads, ['get', 'list']),
      digests: count(inner.digests, ['findSubscriber', 'subscribers']),
      conversations: count(inner.conversations, ['get', 'findPersonal', 'findByUpn', 'list']),
    },
    reads: () => reads,
  };
}

function setup(ttlMs = 60_000) {
  let now = 1_000_000;
  const under = counted(memoryStore());
  const cached = cacheIdentity(under.store, { ttlMs, now: () => now });
  return { cached, under: under.store, reads: under.reads, advance: (ms: number) => { now += ms; } };
}

const chat = (target: string, name: string): ConversationRecord => ({
  tenantId: 't1', scope: 'personal', target, userName: name, upn: `${target}@example.org`, reference: { id: target }, updatedAt: '2025-06-09T08:00:00Z', blockedAt: null,
});
const subscriber = (target: string): DigestSubscription => ({
  kind: 'personal', tenantId: 't1', target, name: target, scope: { kind: 'all' } as DigestSubscription['scope'], addedBy: 'sec', addedAt: '2025-06-09T08:00:00Z',
});

describe('identity cache', () => {
  it('when the same person is asked about twice within the life, then storage is read once', async () => {
    const { cached, reads } = setup();
    expect(await cached.admins.isAdmin(['Ada'])).toBe(false);
    expect(await cached.admins.isAdmin(['ada'])).toBe(false);
    await cached.leads.list();
    await cached.leads.list();
    await cached.digests.findSubscriber(['ada']);
    await cached.digests.findSubscriber(['ada']);
    await cached.conversations.findPersonal('ada');
    await cached.conversations.findPersonal('ada');
    expect(reads()).toBe(4);
  });

  it('when the life has run out, then the next question reads storage again', async () => {
    const { cached, reads, advance } = setup(60_000);
    await cached.leads.list();
    advance(59_999);
    await cached.leads.list();
    expect(reads()).toBe(1);
    advance(1);
    await cached.leads.list();
    expect(reads()).toBe(2);
  });

  it('when this instance adds or removes an admin, then the next question sees it at once', async () => {
    const { cached } = setup();
    expect(await cached.admins.isAdmin(['grace'])).toBe(false);
    await cached.admins.add({ id: 'grace', name: 'Grace', addedAt: '2025-06-09T08:00:00Z', addedBy: 'sec' });
    expect(await cached.admins.isAdmin(['grace'])).toBe(true);
    expect((await cached.admins.list()).map((a) => a.id)).toContain('grace');
    await cached.admins.remove('grace');
    expect(await cached.admins.isAdmin(['grace'])).toBe(false);
  });

  it('when this instance maps a lead, then the directory it answers includes the new lead', async () => {
    const { cached } = setup();
    expect(await cached.leads.get('Cdr Quill')).toBeNull();
    expect(await cached.leads.list()).toEqual([]);
    await cached.leads.save({ lead: 'Cdr Quill', users: [], delegates: [], updatedAt: '2025-06-09T08:00:00Z' });
    expect((await cached.leads.get('Cdr Quill'))?.lead).toBe('Cdr Quill');
    expect((await cached.leads.list()).map((l) => l.lead)).toEqual(['Cdr Quill']);
  });

  it('when this instance subscribes or unsubscribes someone, then who gets the digest changes at once', async () => {
    const { cached } = setup();
    expect(await cached.digests.findSubscriber(['mira'])).toBeNull();
    await cached.digests.subscribe(subscriber('mira'));
    expect((await cached.digests.findSubscriber(['mira']))?.target).toBe('mira');
    expect(await cached.digests.subscribers()).toHaveLength(1);
    await cached.digests.unsubscribe('mira');
    expect(await cached.digests.findSubscriber(['mira'])).toBeNull();
    expect(await cached.digests.subscribers()).toHaveLength(0);
  });

  it('when this instance saves or removes a conversation, then the person is found (or not) at once', async () => {
    const { cached } = setup();
    expect(await cached.conversations.findPersonal('otto')).toBeNull();
    expect(await cached.conversations.get('t1', 'personal', 'otto')).toBeNull();
    await cached.conversations.save(chat('otto', 'Otto'));
    expect((await cached.conversations.findPersonal('otto'))?.userName).toBe('Otto');
    expect((await cached.conversations.findByUpn('otto@example.org'))?.target).toBe('otto');
    await cached.conversations.remove('t1', 'personal', 'otto');
    expect(await cached.conversations.get('t1', 'personal', 'otto')).toBeNull();
  });

  it('when another instance changes someone, then this instance shows it only after the life', async () => {
    const { cached, under, advance } = setup(30_000);
    expect(await cached.admins.isAdmin(['lin'])).toBe(false);
    await under.admins.add({ id: 'lin', name: 'Lin', addedAt: '2025-06-09T08:00:00Z', addedBy: 'sec' });
    expect(await cached.admins.isAdmin(['lin'])).toBe(false);
    advance(30_000);
    expect(await cached.admins.isAdmin(['lin'])).toBe(true);
  });

  it('when a read fails, then the failure is not remembered', async () => {
    const { cached, under } = setup();
    const list = under.leads.list.bind(under.leads);
    let fail = true;
    under.leads.list = () => (fail ? Promise.reject(new Error('storage down')) : list());
    await expect(cached.leads.list()).rejects.toThrow('storage down');
    fail = false;
    await expect(cached.leads.list()).resolves.toEqual([]);
  });

  it('when the life is 0, then nothing is cached (the store itself is returned)', () => {
    const under = memoryStore();
    expect(cacheIdentity(under, { ttlMs: 0 })).toBe(under);
  });
});
