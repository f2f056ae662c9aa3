import type { TableClient } from '@azure/data-tables';
import { SendBudget, SlotGrant, SlotRequest, grantSlots } from '../app/ports';
import { StaleRecordError } from '../errors';
import { getIfExists } from './entity-reads';
import { isConflict, isStale } from './storage-errors';
import { TABLES, TableSet } from './tables';

/**
 * The send budget every instance shares (`SendBudget`, ports.ts), as one row in the `Leases` table (the
 * table of coordination between instances): PartitionKey `send`, RowKey `budget`, property `nextFree` (the
 * next free send slot, epoch ms, Edm.Double). A claim reads the row, moves `nextFree` past its slots and
 * writes it back with If-Match; a 412 (another instance claimed meanwhile) re-reads and tries again, with
 * jittered backoff after the first. The row as last written is remembered, so an instance claiming alone
 * spends one request per claim; under contention a claim costs a 412, a read and a write.
 */
const PARTITION = 'send';
const ROW = 'budget';
/** Conflicts a claim rides out before it gives up (each one means another instance was granted slots). */
const ATTEMPTS = 12;

interface BudgetEntity {
  partitionKey: string;
  rowKey: string;
  nextFree: number;
}

export interface SendBudgetOptions {
  /** Waits between conflicting attempts (tests); default setTimeout. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export class SendBudgetRepository implements SendBudget {
  /** The row as this instance last wrote or read it; null = read it first. */
  private known: { nextFree: number; etag: string } | null = null;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly random: () => number;

  constructor(private readonly tables: TableSet, options: SendBudgetOptions = {}) {
    this.sleep = options.sleep ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
    this.random = options.random ?? Math.random;
  }

  /** Claims slots with optimistic concurrency. StaleRecordError after ATTEMPTS conflicts in a row. */
  async claim(request: SlotRequest): Promise<SlotGrant> {
    const table = await this.tables.table(TABLES.leases);
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const current = this.known ?? await this.read(table);
      const { grant, nextFree } = grantSlots(current?.nextFree ?? -Infinity, request);
      const entity = { partitionKey: PARTITION, rowKey: ROW, nextFree: { value: String(nextFree), type: 'Double' as const } };
      try {
        const written = current
          ? await table.updateEntity(entity, 'Replace', { etag: current.etag })
          : await table.createEntity(entity);
        this.known = written.etag ? { nextFree, etag: written.etag } : null;
        return grant;
      } catch (err) {
        this.known = null;
        if (!isStale(err) && !isConflict(err)) throw err;
      }
      // Someone else was granted slots between our read and write: read again (spread out when it keeps happening).
      if (attempt > 1) await this.sleep(this.random() * Math.min(100, 5 * 2 ** attempt));
    }
    throw new StaleRecordError('The send budget');
  }

  private async read(table: TableClient): Promise<{ nextFree: number; etag: string } | null> {
    const row = await getIfExists<BudgetEntity>(table, PARTITION, ROW);
    if (!row) return null;
    const nextFree = Number(row.nextFree);
    return { nextFree: Number.isFinite(nextFree) ? nextFree : -Infinity, etag: row.etag };
  }
}
