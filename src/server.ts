import * as restify from 'restify';
import { errorCode } from './errors';
import type { Logger } from './log';
import type { Bot } from './teams/bot-app';
import type { StorageHealth } from './app/ports';
import { RequestRefusal, readJsonBody } from './http/json-body';
import { type ReadinessCheck, registerReadiness } from './http/readiness';
import { registerAboutPages } from './http/about-pages';

export interface ServerDeps {
  bot: Bot;
  storage: StorageHealth;
  log: Logger;
  /** GET /readyz: checks beyond storage (the connector's credentials) and the secret that unlocks details. */
  readiness?: { checks?: ReadinessCheck[]; secret?: string };
}

const HEALTH_TIMEOUT_MS = 3000;

/**
 * The HTTP surface: `POST /api/messages` (Bot Framework), `GET /healthz` (200 when storage answers,
 * 503 otherwise). Routes only hand off; errors become JSON sentences, never stacks.
 *
 * No body parser runs for every request: `/api/messages` reads its own body, bounded and never
 * decompressed, and only after a caller without a token has already been refused (when tokens are required).
 */
export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'chaser', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const authHeader = String(req.headers.authorization ?? '');
    if (deps.bot.requiresAuthentication && !/^bearer\s+\S/i.test(authHeader)) {
      refuse(res, new RequestRefusal(401, 'Unauthorized', 'The request does not carry a Bot Framework token.'));
      return;
    }
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (err) {
      if (!(err instanceof RequestRefusal)) throw err;
      refuse(res, err);
      return;
    }
    const result = await deps.bot.receive(authHeader, body);
    if (result.body === undefined) res.send(result.status);
    else res.send(result.status, result.body);
  });

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    try {
      await deps.storage.ping(HEALTH_TIMEOUT_MS);
      res.send(200, { status: 'ok', storage: 'ok' });
    } catch (err) {
      deps.log.warn({ err }, 'health check: storage unreachable');
      res.send(503, { status: 'unavailable', storage: 'unreachable' });
    }
  });

  registerReadiness(server, {
    checks: [{ name: 'storage', check: (ms) => deps.storage.ping(ms) }, ...(deps.readiness?.checks ?? [])],
    secret: deps.readiness?.secret,
    log: deps.log,
  });
  registerAboutPages(server);

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => object }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) deps.log.error({ err, code: errorCode(err), path: req.path() }, 'request failed');
    // restify's own messages (e.g. "Invalid JSON: …") are safe; anything unexpected gets a sentence.
    err.toJSON = () => ({ code: err.name, message: status >= 500 ? 'Chaser could not handle this request.' : err.message });
    callback();
    void res;
  });
  return server;
}

/**
 * Answers a refused request and closes the connection: the rest of an oversized or unread body is
 * not read, and the socket is not reused.
 */
function refuse(res: restify.Response, refusal: RequestRefusal): void {
  res.header('connection', 'close');
  res.send(refusal.status, { code: refusal.reason, message: refusal.message });
}

export function listen(server: restify.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.removeListener('error', reject);
      resolve();
    });
  });
}

export function closeServer(server: restify.Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
  });
}
