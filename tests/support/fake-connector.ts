import * as http from 'http';
import type { AddressInfo } from 'net';

/**
 * A stand-in for the Teams connector (Bot Framework REST API): the one edge of the system we do not own.
 * It records what the bot sends (and the personal chats it opens) and can answer like Teams does under load
 * or refusal: 429 with Retry-After, 403 (user blocked the bot), 500.
 */
export interface ConnectorCall {
  method: string;
  conversationId: string;
  activityId: string | null;
  body: Record<string, unknown>;
}

export interface FakeConnector {
  url: string;
  calls: ConnectorCall[];
  /** Sent messages (POST …/activities), optionally for one conversation. */
  sent(conversationId?: string): ConnectorCall[];
  /** The next `times` sends to `conversationId` (or any, with '*') answer `status` (with headers). */
  failNext(conversationId: string, status: number, times?: number, headers?: Record<string, string>): void;
  /** Forgets the failures still queued. */
  clearFailures(): void;
  /**
   * Personal chats the bot opened (POST /v3/conversations, Teams' createConversation), with the body it sent.
   * Each is answered with the id `personal-<first member's id>`; `failNext('createConversation', status)` refuses one.
   */
  created: Array<{ body: Record<string, unknown>; conversationId: string }>;
  /** The UPN the roster returns for a user id. */
  members: Map<string, { userPrincipalName: string; name: string; aadObjectId: string }>;
  stop(): Promise<void>;
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const calls: ConnectorCall[] = [];
  const failures: Array<{ conversationId: string; status: number; left: number; headers: Record<string, string> }> = [];
  const members = new Map<string, { userPrincipalName: string; name: string; aadObjectId: string }>();
  const created: FakeConnector['created'] = [];
  let nextId = 1;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
      const member = /\/v3\/conversations\/([^/]+)\/members\/([^/]+)$/.exec(path);
      if (req.method === 'GET' && member) {
        const found = members.get(member[2]!);
        res.writeHead(found ? 200 : 404, { 'content-type': 'application/json' });
        res.end(JSON.stringify(found ? { id: member[2], ...found } : { error: { code: 'NotFound' } }));
        return;
      }
      if (req.method === 'POST' && /\/v3\/conversations\/?$/.test(path)) {
        const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
        const failure = failures.find((f) => f.left > 0 && f.conversationId === 'createConversation');
        if (failure) {
          failure.left--;
          res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
          res.end(JSON.stringify({ error: { code: failure.status === 403 ? 'Forbidden' : 'BadRequest', message: 'stand-in failure' } }));
          return;
        }
        const member = ((body.members as Array<{ id?: string }> | undefined) ?? [])[0]?.id ?? 'nobody';
        const conversationId = `personal-${member}`;
        created.push({ body, conversationId });
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: conversationId }));
        return;
      }
      const activity = /\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (!activity) {
        res.writeHead(404).end();
        return;
      }
      const conversationId = activity[1]!;
      const failure = failures.find((f) => f.left > 0 && (f.conversationId === '*' || f.conversationId === conversationId));
      const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
      calls.push({ method: req.method ?? '', conversationId, activityId: activity[2] ?? null, body });
      if (failure && req.method === 'POST') {
        failure.left--;
        res.writeHead(failure.status, { 'content-type': 'application/json', ...failure.headers });
        res.end(JSON.stringify({ error: { code: failure.status === 403 ? 'BotNotInConversationRoster' : 'Throttled', message: 'stand-in failure' } }));
        calls[calls.length - 1]!.method = `${req.method} → ${failure.status}`;
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: activity[2] ?? `activity-${nextId++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    created,
    members,
    // botbuilder posts proactive messages as replies to a synthetic activity id; Teams shows them as new messages.
    sent: (conversationId) => calls.filter((c) => c.method === 'POST' && (!conversationId || c.conversationId === conversationId)),
    failNext: (conversationId, status, times = 1, headers = {}) => failures.push({ conversationId, status, left: times, headers }),
    clearFailures: () => { failures.length = 0; },
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
