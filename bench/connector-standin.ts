/**
 * A Teams connector stand-in that enforces Teams' send limits: at most `perConversation` messages per
 * second to one conversation and `perApp` per second across the app (sliding one-second windows); past
 * either it answers 429 with Retry-After, as Teams does. Accepted messages are counted per conversation,
 * so a bench can tell delivered, lost and duplicated messages apart.
 */
import * as http from 'http';
import type { AddressInfo } from 'net';

export interface ConnectorLimits {
  perConversation: number;
  perApp: number;
  retryAfterSeconds: number;
}

export interface ThrottlingConnector {
  url: string;
  limits: ConnectorLimits;
  /** Accepted messages per conversation id. */
  delivered: Map<string, number>;
  /** Times (ms, performance.now) of accepted messages. */
  acceptedAt: number[];
  throttled: { app: number; conversation: number };
  reset(): void;
  stop(): Promise<void>;
}

const WINDOW_MS = 1000;

export async function startThrottlingConnector(limits: ConnectorLimits): Promise<ThrottlingConnector> {
  const delivered = new Map<string, number>();
  const acceptedAt: number[] = [];
  const throttled = { app: 0, conversation: 0 };
  let appWindow: number[] = [];
  const conversationWindows = new Map<string, number[]>();
  let nextId = 1;

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const route = /\/v3\/conversations\/([^/]+)\/activities(?:\/[^/]+)?$/.exec(decodeURIComponent((req.url ?? '').split('?')[0]!));
      if (req.method !== 'POST' || !route) {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { code: 'NotFound' } }));
        return;
      }
      const conversationId = route[1]!;
      const now = performance.now();
      appWindow = appWindow.filter((t) => now - t < WINDOW_MS);
      const mine = (conversationWindows.get(conversationId) ?? []).filter((t) => now - t < WINDOW_MS);
      const overApp = appWindow.length >= limits.perApp;
      const overConversation = mine.length >= limits.perConversation;
      if (overApp || overConversation) {
        if (overApp) throttled.app++;
        else throttled.conversation++;
        conversationWindows.set(conversationId, mine);
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(limits.retryAfterSeconds) });
        res.end(JSON.stringify({ error: { code: 'Throttled', message: 'Too many requests (stand-in)' } }));
        return;
      }
      appWindow.push(now);
      mine.push(now);
      conversationWindows.set(conversationId, mine);
      acceptedAt.push(now);
      delivered.set(conversationId, (delivered.get(conversationId) ?? 0) + 1);
      // No chaining: restify (loaded in this process) replaces ServerResponse#writeHead with one that returns nothing.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `activity-${nextId++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    limits,
    delivered,
    acceptedAt,
    throttled,
    reset() {
      delivered.clear();
      acceptedAt.length = 0;
      throttled.app = 0;
      throttled.conversation = 0;
      appWindow = [];
      conversationWindows.clear();
    },
    stop: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
