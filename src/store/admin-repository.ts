import { safeKey } from './keys';
import { TABLES, TableSet } from './tables';
import { deleteIfExists, getIfExists } from './entity-reads';

/** A member of the secretariat: full rights over the register. */
export interface Admin {
  id: string;
  name: string;
  addedAt: string;
  addedBy: string;
}

interface AdminEntity {
  partitionKey: string;
  rowKey: string;
  id: string;
  name: string;
  addedAt: string;
  addedBy: string;
}

/**
 * The secretariat. `Admins`: PartitionKey `admin`, RowKey = the user id lower-cased (AAD object id or UPN).
 * Admins named in CHASER_ADMINS count too; they are not copied here.
 */
export class AdminRepository {
  constructor(private readonly tables: TableSet) {}

  async isAdmin(userId: string): Promise<boolean> {
    const table = await this.tables.table(TABLES.admins);
    return (await getIfExists(table, 'admin', safeKey(userId.toLowerCase()))) !== null;
  }

  async add(admin: Admin): Promise<void> {
    const table = await this.tables.table(TABLES.admins);
    await table.upsertEntity<AdminEntity>({ partitionKey: 'admin', rowKey: safeKey(admin.id.toLowerCase()), ...admin }, 'Replace');
  }

  async remove(userId: string): Promise<boolean> {
    const table = await this.tables.table(TABLES.admins);
    return deleteIfExists(table, 'admin', safeKey(userId.toLowerCase()));
  }

  async list(): Promise<Admin[]> {
    const table = await this.tables.table(TABLES.admins);
    const found: Admin[] = [];
    for await (const e of table.listEntities<AdminEntity>({ queryOptions: { filter: `PartitionKey eq 'admin'` } })) {
      found.push({ id: e.id, name: e.name, addedAt: e.addedAt, addedBy: e.addedBy });
    }
    return found;
  }
}
