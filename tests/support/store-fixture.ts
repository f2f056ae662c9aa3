import { randomBytes } from 'crypto';
import { openStore, Store } from '../../src/store/store';
import { readTestAzurite } from './azurite-env';

/** A store on the run's Azurite with tables of its own (a fresh prefix), so test files never meet. */
export function testStore(): Store {
  const { connectionString } = readTestAzurite();
  return openStore({ kind: 'connection-string', connectionString }, uniquePrefix());
}

export function uniquePrefix(): string {
  return `t${randomBytes(5).toString('hex')}`;
}
