import * as restify from 'restify';
import type { Logger } from './log';
import type { Bot } from './teams/bot-app';
import type { TableSet } from './store/tables';

export interface ServerDeps {
  bot: Bot;
  tables: TableSet;
  log: Logger;
}

const HEALTH_TIMEOUT_MS = 3000;

/**
 * The HTTP surface: `POST /api/messages` (Bot Framework), `GET /healthz` (200 when storage answers,
 * 503 otherwise). Routes only hand off; errors become JSON sentences, never stacks.
 */
export function createServer(deps: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'chaser', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 6 * 1024 * 1024 }));

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    if (!req.body || typeof req.body !== 'object' || Array.isArray(req.body)) {
      res.send(400, { code: 'BadRequest', message: 'Expected a Bot Framework activity as a JSON object.' });
      return;
    }
    await deps.bot.adapter.process(req, res, (context) => deps.bot.handle(context));
  });

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    try {
      await deps.tables.ping(HEALTH_TIMEOUT_MS);
      res.send(200, { status: 'ok', storage: 'ok' });
    } catch (err) {
      deps.log.warn({ err }, 'health check: storage unreachable');
      res.send(503, { status: 'unavailable', storage: 'unreachable' });
    }
  });

  server.on('restifyError', (req: restify.Request, res: restify.Response, err: Error & { statusCode?: number; toJSON?: () => object }, callback: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 500) deps.log.error({ err, path: req.path() }, 'request failed');
    // restify's own messages (e.g. "Invalid JSON: …") are safe; anything unexpected gets a sentence.
    err.toJSON = () => ({ code: err.name, message: status >= 500 ? 'Chaser could not handle this request.' : err.message });
    callback();
    void res;
  });
  return server;
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
  return new Promise((resolve) => server.close(() => resolve()));
}
