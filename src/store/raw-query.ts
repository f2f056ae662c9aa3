import type { TableClient } from '@azure/data-tables';
import { type PipelineResponse, createDefaultHttpClient, createHttpHeaders, createPipelineRequest } from '@azure/core-rest-pipeline';

/** The Table service version the SDK itself speaks (`@azure/data-tables` 13). */
const TABLE_API_VERSION = '2019-02-02';
const httpClient = createDefaultHttpClient();

/**
 * Reads the entities matching `filter` through the table client's own pipeline (its credential, retries
 * and policies), parsing each page with `JSON.parse` only. The SDK's `listEntities` passes every property
 * of every row through its generic deserialiser, which costs more CPU than the rest of a turn when an
 * answer reads a few thousand rows; this reads the same rows (JSON light, minimal metadata, paged by the
 * service's continuation headers). Property values arrive as JSON gives them: strings, numbers and
 * booleans (Int64 and DateTime values as strings), beside the service's own names and OData annotations.
 * The body is parsed once: the table client's pipeline (core-client's deserialisation policy) already
 * parses a JSON response into `parsedBody`, which is used when present.
 * `select`: only these properties of each row (none of the others is sent).
 * @throws the storage error as a RestError-like object with `statusCode` when the service refuses
 */
export async function* rawQuery<T extends object>(table: TableClient, filter: string, select?: readonly string[]): AsyncGenerator<T> {
  let next: { partitionKey: string; rowKey: string } | null = null;
  const insecure = table.url.startsWith('http:');
  do {
    const params = new URLSearchParams({ $filter: filter, ...(select ? { $select: select.join(',') } : {}) });
    if (next) {
      params.set('NextPartitionKey', next.partitionKey);
      if (next.rowKey) params.set('NextRowKey', next.rowKey);
    }
    const base = table.url.replace(/\/$/, '');
    const [origin, query] = base.split('?') as [string, string | undefined];
    const url = `${origin}/${table.tableName}()?${params.toString().replace(/\+/g, '%20')}${query ? `&${query}` : ''}`;
    const request = createPipelineRequest({
      url,
      method: 'GET',
      allowInsecureConnection: insecure,
      headers: createHttpHeaders({ Accept: 'application/json;odata=minimalmetadata', 'x-ms-version': TABLE_API_VERSION, DataServiceVersion: '3.0' }),
    });
    const response = await table.pipeline.sendRequest(httpClient, request);
    if (response.status >= 300) {
      throw Object.assign(new Error(`Table query failed: HTTP ${response.status} ${response.bodyAsText ?? ''}`.trim()), { statusCode: response.status });
    }
    const body = bodyOf(response);
    for (const row of body.value) yield entityOf<T>(row);
    const partitionKey = response.headers.get('x-ms-continuation-NextPartitionKey');
    next = partitionKey ? { partitionKey, rowKey: response.headers.get('x-ms-continuation-NextRowKey') ?? '' } : null;
  } while (next);
}

/** The response's JSON, as the pipeline parsed it (`parsedBody`), else parsed here. */
function bodyOf(response: PipelineResponse): { value: Array<Record<string, unknown>> } {
  const parsed = (response as PipelineResponse & { parsedBody?: unknown }).parsedBody;
  if (parsed && typeof parsed === 'object' && Array.isArray((parsed as { value?: unknown }).value)) return parsed as { value: Array<Record<string, unknown>> };
  return JSON.parse(response.bodyAsText ?? '{"value":[]}') as { value: Array<Record<string, unknown>> };
}

/** The row as parsed, with `partitionKey`/`rowKey` as the SDK names them (the service's names and OData annotations stay: readers ignore them). */
function entityOf<T>(row: Record<string, unknown>): T {
  row.partitionKey = row.PartitionKey;
  row.rowKey = row.RowKey;
  return row as T;
}
