import { randomBytes } from 'crypto';
import type { AzureStore } from '../../src/store/store';
import type { Secretariat, Store } from '../../src/app/ports';
import { openStore } from '../../src/store/store';
import { readTestAzurite } from './azurite-env';

/** A store on the run's Azurite with tables of its own (a fresh prefix), so test files never meet. */
export function testStore(): AzureStore {
  const { connectionString } = readTestAzurite();
  return openStore({ kind: 'connection-string', connectionString }, uniquePrefix());
}

export function uniquePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}

/** The same store, with these ids in the secretariat as if named in CHASER_ADMINS. */
export function withAdmins<T extends Store>(store: T, ids: string[]): T {
  const extra = new Set(ids.map((id) => id.toLowerCase()));
  const admins: Secretariat = {
    isAdmin: async (asked) => asked.some((id) => extra.has(id.toLowerCase())) || store.admins.isAdmin(asked),
    add: (admin) => store.admins.add(admin),
    remove: (id) => store.admins.remove(id),
    list: async () => [...[...extra].map((id) => ({ id, name: id, addedAt: '', addedBy: 'settings', fromSettings: true })), ...(await store.admins.list()).filter((a) => !extra.has(a.id.toLowerCase()))],
  };
  return Object.assign(Object.create(Object.getPrototypeOf(store) as object) as T, store, { admins });
}
