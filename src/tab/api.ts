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

/** Downloads a file from Chaser's tab API (with the Teams token) and hands it to the browser to save. */
export async function downloadFile(host: Host, path: string): Promise<void> {
  const token = await host.token();
  const res = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>;
    throw new ApiError(res.status, String(body.code ?? 'error'), String(body.message ?? `Chaser answered ${res.status}.`), body);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'chaser-register';
  const url = URL.createObjectURL(await res.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
