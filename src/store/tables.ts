import { TableClient } from '@azure/data-tables';
import { isConflict } from './storage-errors';
import type { TableClientFactory } from './table-client-factory';

/** The tables Chaser keeps; names get the configured prefix. */
export const TABLES = {
  actions: 'Actions',
  openActionsByDue: 'OpenActionsByDue',
  actionsByNumber: 'ActionsByNumber',
  openActionsByLeadAndStatus: 'OpenActionsByLeadAndStatus',
  conversations: 'Conversations',
  leads: 'Leads',
  admins: 'Admins',
  deliveries: 'Deliveries',
  leases: 'Leases',
  digests: 'Digests',
  pendingImports: 'PendingImports',
  imports: 'Imports',
  chatMemory: 'ChatMemory',
  meetings: 'Meetings',
} as const;
export type TableName = (typeof TABLES)[keyof typeof TABLES];

/** Hands out clients for the prefixed tables, creating each table on first use. */
export class TableSet {
  private readonly ready = new Map<string, Promise<TableClient>>();

  constructor(private readonly factory: TableClientFactory, readonly prefix: string) {}

  async table(name: TableName): Promise<TableClient> {
    let pending = this.ready.get(name);
    if (!pending) {
      const client = this.factory.client(`${this.prefix}${name}`);
      pending = client.createTable().then(
        () => client,
        (err: unknown) => {
          if (isConflict(err)) return client;
          this.ready.delete(name);
          throw err;
        },
      );
      this.ready.set(name, pending);
    }
    return pending;
  }

  /** A client for a table that may not exist, without creating it (migrations read old tables). */
  existing(name: string): TableClient {
    return this.factory.client(`${this.prefix}${name}`);
  }

  /** One cheap request that proves the storage account answers (for /healthz). */
  async ping(timeoutMs: number): Promise<void> {
    const abortSignal = AbortSignal.timeout(timeoutMs);
    const iterator = this.factory.service().listTables({ abortSignal }).byPage({ maxPageSize: 1 });
    await iterator.next();
  }

  describe(): string {
    return `${this.factory.describe()}, tables ${this.prefix}*`;
  }
}
