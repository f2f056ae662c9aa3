import type { LeadDirectory } from '../app/ports';
import type { LeadEntry, LeadUser } from '../domain/lead';
import { normaliseLead } from '../domain/lead';
import { safeKey } from './keys';
import { TABLES, TableSet } from './tables';
import { getIfExists } from './entity-reads';

interface LeadEntity {
  partitionKey: string;
  rowKey: string;
  lead: string;
  users: string;
  delegates: string;
  updatedAt: string;
}

/**
 * The lead directory: who answers for "MPS".
 * `Leads`: PartitionKey `lead`, RowKey = the normalised lead name (`mps`). A few hundred rows at most,
 * so listing the partition is the way to read it all.
 */
export class LeadRepository implements LeadDirectory {
  constructor(private readonly tables: TableSet) {}

  async get(lead: string): Promise<LeadEntry | null> {
    const table = await this.tables.table(TABLES.leads);
    const entity = await getIfExists<LeadEntity>(table, 'lead', safeKey(normaliseLead(lead)));
    return entity ? toDomain(entity) : null;
  }

  /** Sets the whole entry (the CLI and admins replace a lead's users as a list). */
  async save(entry: LeadEntry): Promise<void> {
    const table = await this.tables.table(TABLES.leads);
    await table.upsertEntity<LeadEntity>({
      partitionKey: 'lead',
      rowKey: safeKey(normaliseLead(entry.lead)),
      lead: entry.lead.trim(),
      users: JSON.stringify(entry.users),
      delegates: JSON.stringify(entry.delegates),
      updatedAt: entry.updatedAt,
    }, 'Replace');
  }

  async list(): Promise<LeadEntry[]> {
    const table = await this.tables.table(TABLES.leads);
    const found: LeadEntry[] = [];
    for await (const e of table.listEntities<LeadEntity>({ queryOptions: { filter: `PartitionKey eq 'lead'` } })) found.push(toDomain(e));
    return found.sort((a, b) => a.lead.localeCompare(b.lead));
  }
}

function toDomain(e: LeadEntity): LeadEntry {
  return {
    lead: e.lead,
    users: JSON.parse(e.users) as LeadUser[],
    delegates: e.delegates ? (JSON.parse(e.delegates) as LeadUser[]) : [],
    updatedAt: e.updatedAt,
  };
}
