import type { PendingImport, PendingImports } from '../app/ports';
import { gunzipSync, gzipSync } from 'zlib';
import { safeKey } from './keys';
import { TABLES, TableSet } from './tables';
import { deleteIfExists, getIfExists } from './entity-reads';

/** Azure Tables: a property holds 64 KiB, an entity 1 MiB. */
const CHUNK_CHARS = 30_000; // Azure Tables holds 32K UTF-16 characters in one string property
const MAX_CHUNKS = 15;

/**
 * `PendingImports`: PartitionKey = user id, RowKey = import id. The document is gzipped and split over
 * properties, so the preview's button works on any instance and after a restart.
 */
export class PendingImportRepository implements PendingImports {
  constructor(private readonly tables: TableSet) {}

  /** False when the document is too large to hold even compressed (the CLI takes it then). */
  async save(p: PendingImport): Promise<boolean> {
    const packed = gzipSync(p.content).toString('base64');
    const chunks = Math.ceil(packed.length / CHUNK_CHARS);
    if (chunks > MAX_CHUNKS) return false;
    const entity: Record<string, unknown> = { partitionKey: safeKey(p.userId.toLowerCase()), rowKey: p.id, fileName: p.fileName, createdAt: p.createdAt, chunks };
    for (let i = 0; i < chunks; i++) entity[`c${i}`] = packed.slice(i * CHUNK_CHARS, (i + 1) * CHUNK_CHARS);
    const table = await this.tables.table(TABLES.pendingImports);
    await table.upsertEntity(entity as { partitionKey: string; rowKey: string }, 'Replace');
    return true;
  }

  async take(userId: string, id: string): Promise<PendingImport | null> {
    const table = await this.tables.table(TABLES.pendingImports);
    const e = await getIfExists<Record<string, unknown>>(table, safeKey(userId.toLowerCase()), id);
    if (!e) return null;
    const packed = Array.from({ length: Number(e.chunks) }, (_, i) => String(e[`c${i}`] ?? '')).join('');
    return { id, userId, fileName: String(e.fileName), createdAt: String(e.createdAt), content: gunzipSync(Buffer.from(packed, 'base64')) };
  }

  async remove(userId: string, id: string): Promise<void> {
    const table = await this.tables.table(TABLES.pendingImports);
    await deleteIfExists(table, safeKey(userId.toLowerCase()), id);
  }
}
