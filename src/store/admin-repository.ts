import type { Admin, Secretariat } from '../app/ports';
import { safeKey } from './keys';
import { TABLES, TableSet } from './tables';
import { deleteIfExists, getIfExists } from './entity-reads';

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
 * Admins named in settings (CHASER_ADMINS) are folded in here, so nothing else carries them; they are not
 * copied to the table and cannot be removed through it.
 */
export class AdminRepository implements Secretariat {
  private readonly fromSettings: Set<string>;

  private readonly acting: Set<string>;

  /** `acting`: who may act as the secretariat in this process only (the CLI's own user); not listed. */
  constructor(private readonly tables: TableSet, settingsAdmins: string[] = [], acting: string[] = []) {
    this.fromSettings = new Set(settingsAdmins.map((a) => a.toLowerCase()));
    this.acting = new Set(acting.map((a) => a.toLowerCase()));
  }

  async isAdmin(ids: string[]): Promise<boolean> {
    const lower = [...new Set(ids.map((id) => id.toLowerCase()).filter(Boolean))];
    if (lower.some((id) => this.fromSettings.has(id) || this.acting.has(id))) return true;
    const table = await this.tables.table(TABLES.admins);
    return (await Promise.all(lower.map((id) => getIfExists(table, 'admin', safeKey(id))))).some((e) => e !== null);
  }

  async add(admin: Admin): Promise<void> {
    const table = await this.tables.table(TABLES.admins);
    await table.upsertEntity<AdminEntity>({ partitionKey: 'admin', rowKey: safeKey(admin.id.toLowerCase()), ...admin }, 'Replace');
  }

  async remove(userId: string): Promise<boolean> {
    const table = await this.tables.table(TABLES.admins);
    return deleteIfExists(table, 'admin', safeKey(userId.toLowerCase()));
  }

  async list(): Promise<Array<Admin & { fromSettings: boolean }>> {
    const table = await this.tables.table(TABLES.admins);
    const found = [...this.fromSettings].map((id) => ({ id, name: id, addedAt: '', addedBy: 'settings', fromSettings: true }));
    for await (const e of table.listEntities<AdminEntity>({ queryOptions: { filter: `PartitionKey eq 'admin'` } })) {
      if (!this.fromSettings.has(e.id.toLowerCase())) found.push({ id: e.id, name: e.name, addedAt: e.addedAt, addedBy: e.addedBy, fromSettings: false });
    }
    return found;
  }
}
