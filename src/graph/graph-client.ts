import { ChaserError } from '../errors';
import type { Logger } from '../log';

/** Gives a bearer token for Microsoft Graph (`https://graph.microsoft.com/.default`); throws when it cannot. */
export type GraphToken = () => Promise<string>;

/** What the Graph client needs: the base URL (e.g. https://graph.microsoft.com/v1.0), a token, and how to wait. */
export interface GraphClientOptions {
  baseUrl: string;
  token: GraphToken;
  log: Logger;
  /** Tries per request when Graph throttles (429) or is briefly unavailable (503/504). Default 3. */
  attempts?: number;
  /** Longest wait honoured from a Retry-After header, in ms; a longer ask gives up (the caller reports). Default 30 000. */
  maxWaitMs?: number;
  /** Waits `ms` (injected in tests). */
  sleep?: (ms: number) => Promise<void>;
}

/** A Graph answer: its HTTP status and parsed JSON body (null when there was none). */
export interface GraphResponse {
  status: number;
  body: unknown;
}

/** Graph could not be asked at all (no token, offline) or kept throttling: `message` says which. */
export class GraphUnavailableError extends ChaserError {
  constructor(message: string) {
    super('graph-unavailable', message);
  }
}

/**
 * A minimal Microsoft Graph client over fetch: a bearer token per request, JSON in and out, and
 * throttling honoured as Graph documents it (429/503/504 → wait Retry-After seconds, else 1 s, 2 s…,
 * up to `attempts` tries). Other statuses are returned for the caller to read (403 no permission, 404, 409).
 * @throws GraphUnavailableError when no token can be had, the network fails, or throttling outlasts the tries
 */
export function graphClient(options: GraphClientOptions) {
  const attempts = options.attempts ?? 3;
  const maxWaitMs = options.maxWaitMs ?? 30_000;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const base = options.baseUrl.replace(/\/+$/, '');

  async function request(method: 'GET' | 'POST', path: string, body?: unknown, headers: Record<string, string> = {}): Promise<GraphResponse> {
    let token: string;
    try {
      token = await options.token();
    } catch (err) {
      throw new GraphUnavailableError(`no token for Microsoft Graph (${err instanceof Error ? err.message : String(err)})`);
    }
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(`${base}${path}`, {
          method,
          headers: { authorization: `Bearer ${token}`, accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      } catch (err) {
        throw new GraphUnavailableError(`Microsoft Graph could not be reached (${err instanceof Error ? err.message : String(err)})`);
      }
      if ([429, 503, 504].includes(response.status)) {
        const waitMs = retryAfterMs(response.headers.get('retry-after'), attempt);
        await response.arrayBuffer().catch(() => undefined);
        if (attempt >= attempts || waitMs > maxWaitMs) throw new GraphUnavailableError(`Microsoft Graph is throttling (${response.status}) after ${attempt} ${attempt === 1 ? 'try' : 'tries'}`);
        options.log.warn({ status: response.status, waitMs, path }, 'Microsoft Graph throttled; waiting as asked');
        await sleep(waitMs);
        continue;
      }
      const text = await response.text();
      return { status: response.status, body: text ? safeJson(text) : null };
    }
  }

  return {
    get: (path: string, headers?: Record<string, string>) => request('GET', path, undefined, headers),
    post: (path: string, body: unknown) => request('POST', path, body),
  };
}

export type GraphClient = ReturnType<typeof graphClient>;

/** Retry-After in seconds (Graph's form) or an HTTP date; without one, 1 s, 2 s, 4 s… by attempt. */
export function retryAfterMs(header: string | null, attempt: number): number {
  if (header) {
    const seconds = Number(header);
    if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
    const at = Date.parse(header);
    if (!Number.isNaN(at)) return Math.max(0, at - Date.now());
  }
  return 1000 * 2 ** (attempt - 1);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
