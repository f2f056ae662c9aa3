/**
 * The floors: a bare echo bot on the same stack as Chaser (restify 11 + botbuilder CloudAdapter, no app id,
 * same body parser), answering every message with one text reply. No routing, no cards. Without `query`
 * it does no storage (the stack's floor); with `query` it first makes that storage request (the honest
 * floor for an answer: the same single index read the answer needs) and says how many rows came back.
 */
import * as restify from 'restify';
import type { AddressInfo } from 'net';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';

export interface EchoBot {
  url: string;
  stop(): Promise<void>;
}

export async function startEchoBot(query?: () => Promise<readonly unknown[]>): Promise<EchoBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 6 * 1024 * 1024 }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, async (context: TurnContext) => {
      if (context.activity.type !== 'message') return;
      const rows = query ? ` (${(await query()).length} rows)` : '';
      await context.sendActivity(`You said: ${context.activity.text ?? ''}${rows}`);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
