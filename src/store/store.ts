import type { StorageTarget } from '../config';
import type { Store } from '../app/ports';
import { ActionRepository } from './action-repository';
import { AdminRepository } from './admin-repository';
import { ConversationRepository } from './conversation-repository';
import { DigestRepository } from './digest-repository';
import { LeadRepository } from './lead-repository';
import { LeaseRepository } from './lease-repository';
import { MeetingRepository } from './meeting-repository';
import { migrateLedger, migrateRegister } from './migrate';
import { backupRegister, restoreRegister } from './backup';
import { PendingImportRepository } from './pending-import-repository';
import { ImportJournalRepository } from './import-journal-repository';
import { ChatMemoryRepository } from './chat-memory-repository';
import { ReminderLedger } from './reminder-ledger';
import { SendBudgetRepository } from './send-budget-repository';
import { cacheIdentity } from './identity-cache';
import { FactoryOptions, createTableClientFactory } from './table-client-factory';
import { TableSet } from './tables';

/** The ports over Azure Tables, plus what only the composition root and storage tests use. */
export interface AzureStore extends Store {
  actions: ActionRepository;
  tables: TableSet;
  /** Writes every table to `dir` (one JSON-lines file each, and a manifest): see backup.ts. */
  backup(dir: string, now: Date): Promise<{ tables: Record<string, number> }>;
  /** Writes a backup folder back; checks all of it before the first write. */
  restore(dir: string): Promise<Record<string, number>>;
  /** Upgrades a register written by an earlier release (idempotent; run at start and by `chaser migrate`). */
  migrate(): Promise<{ historyEntries: number; deliveries: number; indexedActions: number; leadStatusIndexed: number }>;
}

export interface StoreOptions extends FactoryOptions {
  /** Secretariat users named in settings (CHASER_ADMINS): admins without a row in the Admins table. */
  settingsAdmins?: string[];
  /** Who acts as the secretariat in this process only (the CLI's user): admin rights, but no admin's mail. */
  actingAdmins?: string[];
  /** How long identity reads (admins, leads, digest subscribers, conversations) are reused, in ms; 0 or unset = not cached. See identity-cache.ts. */
  identityCacheMs?: number;
  /** The clock the identity cache measures its life on (tests); default Date.now. */
  identityCacheNow?: () => number;
}

/** Every repository over one storage account and table prefix. */
export function openStore(target: StorageTarget, tablePrefix: string, options: StoreOptions = {}): AzureStore {
  const tables = new TableSet(createTableClientFactory(target, options), tablePrefix);
  const actions = new ActionRepository(tables);
  return cacheIdentity<AzureStore>({
    tables,
    health: { ping: (ms) => tables.ping(ms), describe: () => tables.describe() },
    actions,
    conversations: new ConversationRepository(tables),
    leads: new LeadRepository(tables),
    admins: new AdminRepository(tables, options.settingsAdmins, options.actingAdmins),
    ledger: new ReminderLedger(tables),
    leases: new LeaseRepository(tables),
    sendBudget: new SendBudgetRepository(tables),
    digests: new DigestRepository(tables),
    pendingImports: new PendingImportRepository(tables),
    imports: new ImportJournalRepository(tables),
    chatMemories: new ChatMemoryRepository(tables),
    meetings: new MeetingRepository(tables),
    backup: (dir, now) => backupRegister(tables, dir, now),
    restore: (dir) => restoreRegister(tables, dir),
    async migrate() {
      const [register, ledger] = await Promise.all([migrateRegister(tables), migrateLedger(tables)]);
      const [numberIndex, leadStatusIndex] = await Promise.all([actions.buildNumberIndex(), actions.buildLeadStatusIndex()]);
      return { ...register, ...ledger, ...numberIndex, ...leadStatusIndex };
    },
  }, { ttlMs: options.identityCacheMs ?? 0, now: options.identityCacheNow });
}
