import type { TableClient, TableEntityResult } from '@azure/data-tables';
import { isNotFound } from './storage-errors';

/**
 * The two 404s the repositories treat as answers rather than failures (the deliberate, safe cases):
 * reading an entity that is not there, and deleting one that is already gone.
 */
export async function getIfExists<T extends object>(table: TableClient, partitionKey: string, rowKey: string): Promise<TableEntityResult<T> | null> {
  try {
    return await table.getEntity<T>(partitionKey, rowKey);
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}

/** True when it was deleted, false when there was nothing to delete. */
export async function deleteIfExists(table: TableClient, partitionKey: string, rowKey: string): Promise<boolean> {
  try {
    await table.deleteEntity(partitionKey, rowKey);
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}
