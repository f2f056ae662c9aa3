import * as http from 'http';
import type { AddressInfo } from 'net';

/** A user the stand-in directory holds (Graph's own field names). */
export interface FakeGraphUser {
  id: string;
  displayName: string;
  userPrincipalName: string;
  mail: string | null;
  accountEnabled?: boolean;
  userType?: 'Member' | 'Guest';
}

/**
 * A stand-in for Microsoft Graph (the edge Chaser does not own), on a local port under `/v1.0`:
 * `GET /users/{UPN or id}`, `GET /users?$filter=mail eq '…'` and `POST /users/{id}/teamwork/installedApps`.
 * It checks the bearer token and can answer like Graph under refusal or load: 403, 404, 409, 429 with Retry-After.
 */
export interface FakeGraph {
  /** The base URL to configure (…/v1.0). */
  url: string;
  users: FakeGraphUser[];
  calls: Array<{ method: string; path: string; body: unknown }>;
  /** The organisation's app catalogue: the catalogue id and the manifest id (`externalId`). */
  catalogue: Array<{ id: string; externalId: string }>;
  /** Object ids of the users who have the app (a second installation answers 409). */
  installed: Set<string>;
  /** The next `times` requests (any path) answer `status` with these headers. */
  failNext(status: number, times?: number, headers?: Record<string, string>): void;
  stop(): Promise<void>;
}

export const FAKE_GRAPH_TOKEN = 'graph-test-token';

export async function startFakeGraph(users: FakeGraphUser[] = []): Promise<FakeGraph> {
  const calls: FakeGraph['calls'] = [];
  const failures: Array<{ status: number; left: number; headers: Record<string, string> }> = [];
  const state = { users };
  const catalogue: FakeGraph['catalogue'] = [];
  const installed = new Set<string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://graph.local');
      const path = decodeURIComponent(url.pathname);
      const text = Buffer.concat(chunks).toString('utf8');
      calls.push({ method: req.method ?? '', path: `${path}${url.search ? decodeURIComponent(url.search) : ''}`, body: text ? JSON.parse(text) : null });
      const json = (status: number, body: unknown, headers: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', ...headers });
        res.end(body === null ? '' : JSON.stringify(body));
      };
      const failure = failures[0];
      if (failure) {
        if (--failure.left <= 0) failures.shift();
        json(failure.status, { error: { code: String(failure.status), message: 'stand-in failure' } }, failure.headers);
        return;
      }
      if (req.headers.authorization !== `Bearer ${FAKE_GRAPH_TOKEN}`) return json(401, { error: { code: 'InvalidAuthenticationToken' } });
      const one = /^\/v1\.0\/users\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && one) {
        const key = one[1]!.toLowerCase();
        const user = state.users.find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
        return user ? json(200, user) : json(404, { error: { code: 'Request_ResourceNotFound' } });
      }
      if (req.method === 'GET' && path === '/v1.0/users') {
        const filter = /^mail eq '((?:[^']|'')*)'$/.exec(url.searchParams.get('$filter') ?? '');
        if (!filter) return json(400, { error: { code: 'BadRequest' } });
        const mail = filter[1]!.replace(/''/g, "'").toLowerCase();
        return json(200, { value: state.users.filter((u) => u.mail?.toLowerCase() === mail) });
      }
      const install = /^\/v1\.0\/users\/([^/]+)\/teamwork\/installedApps$/.exec(path);
      if (req.method === 'GET' && path === '/v1.0/appCatalogs/teamsApps') {
        const filter = /^externalId eq '((?:[^']|'')*)'$/.exec(url.searchParams.get('$filter') ?? '');
        return json(200, { value: catalogue.filter((a) => a.externalId === filter?.[1]?.replace(/''/g, "'")) });
      }
      if (req.method === 'POST' && install) {
        const key = install[1]!.toLowerCase();
        const user = state.users.find((u) => u.id.toLowerCase() === key || u.userPrincipalName.toLowerCase() === key);
        const bind = String((JSON.parse(text || '{}') as Record<string, unknown>)['teamsApp@odata.bind'] ?? '');
        if (!catalogue.some((a) => bind.endsWith(`/appCatalogs/teamsApps/${a.id}`))) return json(400, { error: { code: 'BadRequest' } });
        if (!user) return json(404, { error: { code: 'NotFound' } });
        if (installed.has(user.id.toLowerCase())) return json(409, { error: { code: 'Conflict' } });
        installed.add(user.id.toLowerCase());
        return json(201, null);
      }
      json(404, { error: { code: 'NotFound' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1.0`,
    get users() { return state.users; },
    set users(v) { state.users = v; },
    calls,
    catalogue,
    installed,
    failNext(status, times = 1, headers = {}) { failures.push({ status, left: times, headers }); },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
