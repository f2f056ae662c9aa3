import type { ChatMemories, ChatMemory } from '../app/ports';
import { safeKey } from './keys';
import { TABLES, TableSet } from './tables';
import { getIfExists } from './entity-reads';

const PARTS = ['pending', 'lastCard', 'lastRecorded'] as const;

/**
 * `ChatMemory`: PartitionKey = the person's id lower-cased, RowKey `memory`; one property per part (JSON,
 * '' when empty), written with Merge so the sweep (lastCard) and a chat turn (pending, lastRecorded)
 * never overwrite each other's part. One point read per message.
 */
export class ChatMemoryRepository implements ChatMemories {
  constructor(private readonly tables: TableSet) {}

  async read(personId: string): Promise<ChatMemory> {
    const table = await this.tables.table(TABLES.chatMemory);
    const e = await getIfExists<Record<string, string>>(table, safeKey(personId.toLowerCase()), 'memory');
    const part = <K extends keyof ChatMemory>(k: K): ChatMemory[K] => (e?.[k] ? (JSON.parse(e[k]) as ChatMemory[K]) : null);
    return { pending: part('pending'), lastCard: part('lastCard'), lastRecorded: part('lastRecorded') };
  }

  async write(personId: string, parts: Partial<ChatMemory>): Promise<void> {
    const table = await this.tables.table(TABLES.chatMemory);
    const entity: Record<string, string> = { partitionKey: safeKey(personId.toLowerCase()), rowKey: 'memory' };
    for (const k of PARTS) if (k in parts) entity[k] = parts[k] ? JSON.stringify(parts[k]) : '';
    await table.upsertEntity(entity as { partitionKey: string; rowKey: string }, 'Merge');
  }
}
