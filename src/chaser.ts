import type * as restify from 'restify';
import type { Config } from './config';
import { Clock, offsetClock, systemClock } from './domain/clock';
import type { Logger } from './log';
import { EmbeddedAzurite, startEmbeddedAzurite } from './store/embedded-azurite';
import { Store, openStore } from './store/store';
import { createAdapter } from './teams/adapter';
import { createBot } from './teams/bot-app';
import { closeServer, createServer, listen } from './server';

/** A running Chaser: what the entry point and the tests hold on to. */
export interface RunningChaser {
  store: Store;
  clock: Clock;
  server: restify.Server;
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  log: Logger;
  /** Overrides the clock built from CHASER_NOW (tests inject a fixed one). */
  clock?: Clock;
  boardName?: string;
}

/** Composition: storage (embedded Azurite when nothing else is configured), bot, HTTP server. */
export async function startChaser(config: Config, options: StartOptions): Promise<RunningChaser> {
  const { log } = options;
  let azurite: EmbeddedAzurite | null = null;
  if (config.storage.kind === 'azurite') {
    azurite = await startEmbeddedAzurite({ port: config.storage.port, dataDir: config.storage.dataDir ?? undefined });
    log.info({ port: azurite.port, dataDir: config.storage.dataDir ?? '(memory)', reused: !azurite.owned }, 'embedded Azurite ready');
  }
  const store = openStore(config.storage, config.tablePrefix);
  const clock = options.clock ?? (config.now ? offsetClock(config.now) : systemClock);

  const bot = createBot(createAdapter(config), { store, clock, log, boardName: options.boardName ?? 'your board' }, config.appId);
  const server = createServer({ bot, tables: store.tables, log });
  await listen(server, config.port, config.listenHost);
  const address = server.address();
  const url = `http://${config.listenHost === '0.0.0.0' ? '127.0.0.1' : config.listenHost}:${address.port}`;
  log.info({ url: `${url}/api/messages`, storage: store.tables.describe() }, 'Chaser is listening');
  if (config.local) log.warn('authentication is off (no MICROSOFT_APP_ID): listening on loopback only');

  let stopping: Promise<void> | null = null;
  return {
    store,
    clock,
    server,
    url,
    stop() {
      stopping ??= (async () => {
        await closeServer(server);
        await azurite?.stop();
      })();
      return stopping;
    },
  };
}
