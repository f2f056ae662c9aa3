import type { StorageTarget } from '../config';
import { ActionRepository } from './action-repository';
import { AdminRepository } from './admin-repository';
import { ConversationRepository } from './conversation-repository';
import { DigestRepository } from './digest-repository';
import { LeadRepository } from './lead-repository';
import { LeaseRepository } from './lease-repository';
import { PendingImportRepository } from './pending-import-repository';
import { ReminderLedger } from './reminder-ledger';
import { FactoryOptions, createTableClientFactory } from './table-client-factory';
import { TableSet } from './tables';
import { UpdateRepository } from './update-repository';

/** Every repository over one storage account and table prefix. */
export interface Store {
  actions: ActionRepository;
  updates: UpdateRepository;
  conversations: ConversationRepository;
  leads: LeadRepository;
  admins: AdminRepository;
  reminders: ReminderLedger;
  leases: LeaseRepository;
  digests: DigestRepository;
  pendingImports: PendingImportRepository;
  tables: TableSet;
}

export function openStore(target: StorageTarget, tablePrefix: string, options: FactoryOptions = {}): Store {
  const tables = new TableSet(createTableClientFactory(target, options), tablePrefix);
  return {
    tables,
    actions: new ActionRepository(tables),
    updates: new UpdateRepository(tables),
    conversations: new ConversationRepository(tables),
    leads: new LeadRepository(tables),
    admins: new AdminRepository(tables),
    reminders: new ReminderLedger(tables),
    leases: new LeaseRepository(tables),
    digests: new DigestRepository(tables),
    pendingImports: new PendingImportRepository(tables),
  };
}
