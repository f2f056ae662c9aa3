import type { Leases } from '../app/ports';
import { isConflict, isNotFound, isStale } from './storage-errors';
import { getIfExists } from './entity-reads';
import { TABLES, TableSet } from './tables';

interface LeaseEntity {
  partitionKey: string;
  rowKey: string;
  holder: string;
  expiresAt: string;
}

/**
 * Leases so one instance runs a job at a time. `Leases`: PartitionKey `job`, RowKey = job name.
 * Taking a lease is an insert, or a replace with the ETag of an expired one; either fails for the loser.
 */
export class LeaseRepository implements Leases {
  constructor(private readonly tables: TableSet) {}

  /** True when `holder` now holds `job` until `now + ttlMs`. */
  async acquire(job: string, holder: string, now: Date, ttlMs: number): Promise<boolean> {
    const table = await this.tables.table(TABLES.leases);
    const entity: LeaseEntity = { partitionKey: 'job', rowKey: job, holder, expiresAt: new Date(now.getTime() + ttlMs).toISOString() };
    try {
      await table.createEntity(entity);
      return true;
    } catch (err) {
      if (!isConflict(err)) throw err;
    }
    const current = await table.getEntity<LeaseEntity>('job', job);
    if (current.holder !== holder && new Date(current.expiresAt) > now) return false;
    try {
      await table.updateEntity(entity, 'Replace', { etag: current.etag });
      return true;
    } catch (err) {
      if (isStale(err)) return false;
      throw err;
    }
  }

  async expiresAt(job: string): Promise<Date | null> {
    const table = await this.tables.table(TABLES.leases);
    const current = await getIfExists<LeaseEntity>(table, 'job', job);
    return current ? new Date(current.expiresAt) : null;
  }

  /** Gives the lease back early (end of the job, shutdown). */
  async release(job: string, holder: string): Promise<void> {
    const table = await this.tables.table(TABLES.leases);
    try {
      const current = await table.getEntity<LeaseEntity>('job', job);
      if (current.holder === holder) await table.deleteEntity('job', job, { etag: current.etag });
    } catch (err) {
      if (!isNotFound(err) && !isStale(err)) throw err;
    }
  }
}
