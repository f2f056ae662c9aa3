import type { ConversationRecord, Conversations } from '../app/ports';
import { odataString, safeKey } from './keys';
import { TABLES, TableSet } from './tables';
import { deleteIfExists, getIfExists } from './entity-reads';

interface ConversationEntity {
  partitionKey: string;
  rowKey: string;
  tenantId: string;
  scope: string;
  target: string;
  userName: string;
  upn: string;
  reference: string;
  updatedAt: string;
  blockedAt: string;
}

/**
 * Conversation references for proactive messages.
 * `Conversations`: PartitionKey = tenant id (`none` without one), RowKey = `user:<aad object id>` for a
 * personal chat or `conv:<conversation id>` for a group chat or channel. Upserted on install and on every
 * message (so the freshest serviceUrl wins), deleted on uninstall.
 */
export class ConversationRepository implements Conversations {
  constructor(private readonly tables: TableSet) {}

  async save(record: ConversationRecord): Promise<void> {
    const table = await this.tables.table(TABLES.conversations);
    await table.upsertEntity<ConversationEntity>({
      ...keysOf(record.tenantId, record.scope, record.target),
      tenantId: record.tenantId,
      scope: record.scope,
      target: record.target,
      userName: record.userName,
      upn: (record.upn ?? '').toLowerCase(),
      reference: JSON.stringify(record.reference),
      updatedAt: record.updatedAt,
      blockedAt: record.blockedAt ?? '',
    }, 'Replace');
  }

  async get(tenantId: string, scope: ConversationRecord['scope'], target: string): Promise<ConversationRecord | null> {
    const table = await this.tables.table(TABLES.conversations);
    const { partitionKey, rowKey } = keysOf(tenantId, scope, target);
    const entity = await getIfExists<ConversationEntity>(table, partitionKey, rowKey);
    return entity ? toDomain(entity) : null;
  }

  /** The personal chat of a user, in any tenant (user ids are unique across tenants). */
  async findPersonal(userId: string): Promise<ConversationRecord | null> {
    const table = await this.tables.table(TABLES.conversations);
    const filter = `RowKey eq ${odataString(`user:${safeKey(userId)}`)}`;
    for await (const e of table.listEntities<ConversationEntity>({ queryOptions: { filter } })) return toDomain(e);
    return null;
  }

  /** The personal chat of the user signed in as `upn` (a small table: a filtered scan is fine). */
  async findByUpn(upn: string): Promise<ConversationRecord | null> {
    const table = await this.tables.table(TABLES.conversations);
    const filter = `upn eq ${odataString(upn.toLowerCase())} and scope eq 'personal'`;
    for await (const e of table.listEntities<ConversationEntity>({ queryOptions: { filter } })) return toDomain(e);
    return null;
  }

  async remove(tenantId: string, scope: ConversationRecord['scope'], target: string): Promise<boolean> {
    const table = await this.tables.table(TABLES.conversations);
    const { partitionKey, rowKey } = keysOf(tenantId, scope, target);
    return deleteIfExists(table, partitionKey, rowKey);
  }

  async list(): Promise<ConversationRecord[]> {
    const table = await this.tables.table(TABLES.conversations);
    const found: ConversationRecord[] = [];
    for await (const e of table.listEntities<ConversationEntity>()) found.push(toDomain(e));
    return found;
  }
}

function keysOf(tenantId: string, scope: ConversationRecord['scope'], target: string) {
  return { partitionKey: safeKey(tenantId || 'none'), rowKey: `${scope === 'personal' ? 'user' : 'conv'}:${safeKey(target)}` };
}

function toDomain(e: ConversationEntity): ConversationRecord {
  return {
    tenantId: e.tenantId,
    scope: e.scope as ConversationRecord['scope'],
    target: e.target,
    userName: e.userName,
    upn: e.upn || null,
    reference: JSON.parse(e.reference) as Record<string, unknown>,
    updatedAt: e.updatedAt,
    blockedAt: e.blockedAt || null,
  };
}
