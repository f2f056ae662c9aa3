import { randomUUID } from 'crypto';
import { gunzipSync, gzipSync } from 'zlib';
import type { TransactionAction } from '@azure/data-tables';
import type { DigestSubscription, Digests } from '../app/ports';
import { subscriberKey } from '../app/ports';
import type { DigestScope, DigestSnapshot } from '../domain/digest';
import { newestFirstKey, odataString, safeKey } from './keys';
import { TABLES, TableSet } from './tables';
import { deleteIfExists, getIfExists } from './entity-reads';

interface SubscriberEntity {
  partitionKey: string;
  rowKey: string;
  kind: string;
  tenantId: string;
  target: string;
  name: string;
  lead: string;
  boardCode: string;
  addedBy: string;
  addedAt: string;
}

interface SnapshotEntity {
  partitionKey: string;
  rowKey: string;
  takenAt: string;
  actionCount: number;
  parts: number;
}

/** A string property holds 64 KiB of UTF-16, i.e. 32K characters; stay under it. */
const PART_CHARS = 30_000;
/** Azure Tables takes at most 100 operations in one transaction. */
const TRANSACTION_MAX = 100;

/**
 * The weekly digest's memory. `Digests`:
 * - snapshot headers: PartitionKey `snapshot`, RowKey = inverted time (newest first), with the part count;
 * - snapshot parts: PartitionKey `snapshot:<header RowKey>`, RowKey `0000`…: the snapshot as gzipped JSON in
 *   base64, cut into 30,000-character pieces (10,000 actions are ~850 KB of JSON, past one property's limit).
 *   Parts go first, in transactions, and the header last: a header is only ever seen with all its parts;
 * - subscribers: PartitionKey `subscriber`, RowKey = `subscriberKey` (a few rows: listed in one query).
 */
export class DigestRepository implements Digests {
  constructor(private readonly tables: TableSet) {}

  /** Stores what a sent digest saw, so the next one can say what changed since. */
  async saveSnapshot(snapshot: DigestSnapshot): Promise<void> {
    const table = await this.tables.table(TABLES.digests);
    const rowKey = newestFirstKey(new Date(snapshot.takenAt), randomUUID().slice(0, 8));
    const packed = gzipSync(JSON.stringify(snapshot.actions)).toString('base64');
    const parts: TransactionAction[] = [];
    for (let i = 0; i * PART_CHARS < packed.length || i === 0; i++) {
      const data = packed.slice(i * PART_CHARS, (i + 1) * PART_CHARS);
      parts.push(['create', { partitionKey: partsPartition(rowKey), rowKey: String(i).padStart(4, '0'), data }]);
    }
    for (let i = 0; i < parts.length; i += TRANSACTION_MAX) await table.submitTransaction(parts.slice(i, i + TRANSACTION_MAX));
    const header: SnapshotEntity = { partitionKey: 'snapshot', rowKey, takenAt: snapshot.takenAt, actionCount: Object.keys(snapshot.actions).length, parts: parts.length };
    await table.createEntity(header);
  }

  /** The snapshot of the last digest sent; null before the first. Two queries whatever the history. */
  async latestSnapshot(): Promise<DigestSnapshot | null> {
    const table = await this.tables.table(TABLES.digests);
    const pages = table.listEntities<SnapshotEntity>({ queryOptions: { filter: `PartitionKey eq 'snapshot'` } }).byPage({ maxPageSize: 1 });
    const first: IteratorResult<SnapshotEntity[], unknown> = await pages.next();
    const header = first.done ? undefined : first.value[0];
    if (!header) return null;
    const parts: Array<{ rowKey: string; data: string }> = [];
    const filter = `PartitionKey eq ${odataString(partsPartition(header.rowKey))}`;
    for await (const e of table.listEntities<{ data: string }>({ queryOptions: { filter } })) parts.push({ rowKey: e.rowKey ?? '', data: e.data });
    if (parts.length !== Number(header.parts)) throw new Error(`digest snapshot ${header.rowKey} has ${parts.length} of ${header.parts} parts`);
    const packed = parts.sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1)).map((p) => p.data).join('');
    const actions = JSON.parse(gunzipSync(Buffer.from(packed, 'base64')).toString('utf8')) as DigestSnapshot['actions'];
    return { takenAt: header.takenAt, actions };
  }

  /** Adds or replaces a subscription (subscribing again changes its scope). */
  async subscribe(s: DigestSubscription): Promise<void> {
    const table = await this.tables.table(TABLES.digests);
    await table.upsertEntity<SubscriberEntity>({
      partitionKey: 'subscriber', rowKey: safeKey(subscriberKey(s)), kind: s.kind, tenantId: s.tenantId, target: s.target, name: s.name,
      lead: s.scope.lead ?? '', boardCode: s.scope.boardCode ?? '', addedBy: s.addedBy, addedAt: s.addedAt,
    }, 'Replace');
  }

  /** False when there was no such subscription. */
  async unsubscribe(key: string): Promise<boolean> {
    const table = await this.tables.table(TABLES.digests);
    return deleteIfExists(table, 'subscriber', safeKey(key));
  }

  /** The subscription under any of these keys (a person is known by several ids), or null. */
  async findSubscriber(keys: string[]): Promise<DigestSubscription | null> {
    const table = await this.tables.table(TABLES.digests);
    for (const key of new Set(keys)) {
      const entity = await getIfExists<SubscriberEntity>(table, 'subscriber', safeKey(key));
      if (entity) return toDomain(entity);
    }
    return null;
  }

  async subscribers(): Promise<DigestSubscription[]> {
    const table = await this.tables.table(TABLES.digests);
    const found: DigestSubscription[] = [];
    for await (const e of table.listEntities<SubscriberEntity>({ queryOptions: { filter: `PartitionKey eq 'subscriber'` } })) found.push(toDomain(e));
    return found;
  }
}

function partsPartition(headerRowKey: string): string {
  return `snapshot:${headerRowKey}`;
}

function toDomain(e: SubscriberEntity): DigestSubscription {
  const scope: DigestScope = {};
  if (e.lead) scope.lead = e.lead;
  if (e.boardCode) scope.boardCode = e.boardCode;
  return { kind: e.kind === 'channel' ? 'channel' : 'personal', tenantId: e.tenantId, target: e.target, name: e.name, scope, addedBy: e.addedBy, addedAt: e.addedAt };
}
