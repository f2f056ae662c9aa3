import type { Host } from './teams-host';

/** An answer of Chaser's API other than 2xx, with its sentence (and, for a stale edit, the current action). */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly body: Record<string, unknown>) {
    super(message);
  }
}

/** Calls Chaser's tab API with the Teams token when there is one; JSON in, JSON out. */
export async function callApi<T>(host: Host, path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const token = await host.token();
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
  if (!res.ok) throw new ApiError(res.status, String(body.code ?? 'error'), String(body.message ?? `Chaser answered ${res.status}.`), body);
  return body as T;
}
