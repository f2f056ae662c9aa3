import { safeKey } from './keys';
import { isNotFound } from './storage-errors';
import { TABLES, TableSet } from './tables';

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
    try {
      await table.getEntity('admin', safeKey(userId.toLowerCase()));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
  }

  async add(admin: Admin): Promise<void> {
    const table = await this.tables.table(TABLES.admins);
    await table.upsertEntity<AdminEntity>({ partitionKey: 'admin', rowKey: safeKey(admin.id.toLowerCase()), ...admin }, 'Replace');
  }

  async remove(userId: string): Promise<boolean> {
    const table = await this.tables.table(TABLES.admins);
    try {
      await table.deleteEntity('admin', safeKey(userId.toLowerCase()));
      return true;
    } catch (err) {
      if (isNotFound(err)) return false;
      throw err;
    }
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
