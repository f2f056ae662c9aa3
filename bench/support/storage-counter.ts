/**
 * Counts Azure Tables requests, two ways that must agree:
 * - `policy()`: an @azure/core-rest-pipeline PipelinePolicy for stores the bench opens itself
 *   (`openStore(target, prefix, { policies: [counter.policy()] })`);
 * - `watchWire(port)`: every HTTP request this process sends to the storage port (Node's
 *   `http.client.request.start` diagnostics channel), for the store inside a running Chaser, which
 *   `startChaser` opens without extra policies.
 * The run checks both counters on the same calls before it trusts the wire count.
 */
import * as diagnostics from 'diagnostics_channel';
import type { ClientRequest } from 'http';
import type { PipelinePolicy } from '@azure/core-rest-pipeline';

export type RequestTally = Record<string, number>;

export class StorageCounter {
  private byKind = new Map<string, number>();
  private count = 0;
  private waiting = 0;
  private readonly open = new Map<ClientRequest, number>();

  constructor(private readonly tablePrefix: string | null = null) {}

  get total(): number {
    return this.count;
  }

  /** Milliseconds spent waiting on storage responses (wire only; overlapping requests add up). */
  get waitingMs(): number {
    return this.waiting;
  }

  reset(): void {
    this.byKind.clear();
    this.count = 0;
    this.waiting = 0;
  }

  /** Requests by kind ("GET OpenActionsByDue", "POST $batch"…) since the last reset, most first. */
  tally(): RequestTally {
    return Object.fromEntries([...this.byKind.entries()].sort((a, b) => b[1] - a[1]));
  }

  record(method: string, path: string): void {
    const kind = `${method} ${this.describe(path)}`;
    this.byKind.set(kind, (this.byKind.get(kind) ?? 0) + 1);
    this.count++;
  }

  policy(): PipelinePolicy {
    return {
      name: 'benchStorageRequestCounter',
      sendRequest: async (request, next) => {
        this.record(request.method, new URL(request.url).pathname);
        return next(request);
      },
    };
  }

  /** Counts requests to 127.0.0.1:`port` at the wire; returns a function that stops counting. */
  watchWire(port: number): () => void {
    const onStart = (message: unknown): void => {
      const request = (message as { request: ClientRequest }).request;
      const host = String(request.getHeader('host') ?? '');
      if (!host.endsWith(`:${port}`)) return;
      this.record(request.method, request.path.split('?')[0]!);
      this.open.set(request, performance.now());
    };
    const onFinish = (message: unknown): void => {
      const request = (message as { request: ClientRequest }).request;
      const started = this.open.get(request);
      if (started === undefined) return;
      this.open.delete(request);
      this.waiting += performance.now() - started;
    };
    diagnostics.subscribe('http.client.request.start', onStart);
    diagnostics.subscribe('http.client.response.finish', onFinish);
    return () => {
      diagnostics.unsubscribe('http.client.request.start', onStart);
      diagnostics.unsubscribe('http.client.response.finish', onFinish);
    };
  }

  /** "/devstoreaccount1/bq1kOpenActionsByDue()" → "OpenActionsByDue" (the prefix dropped). */
  private describe(path: string): string {
    const segment = decodeURIComponent(path.split('/').filter(Boolean)[1] ?? path);
    const table = segment.replace(/\(.*$/, '');
    const how = segment.includes('(PartitionKey=') ? ' (entity)' : segment.endsWith('()') ? ' (query)' : '';
    const name = !this.tablePrefix
      ? table.replace(/^[a-z0-9]+(?=[A-Z])/, '')
      : table.startsWith(this.tablePrefix) ? table.slice(this.tablePrefix.length) : table;
    return `${name}${how}`;
  }
}
