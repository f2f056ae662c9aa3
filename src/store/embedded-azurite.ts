import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import type TableServer from 'azurite/dist/src/table/TableServer';
import type TableConfiguration from 'azurite/dist/src/table/TableConfiguration';
import { ChaserError } from '../errors';

/** Azurite's well-known development account (public, documented by Microsoft; not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export function azuriteConnectionString(port: number, host = '127.0.0.1'): string {
  return `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_ACCOUNT_KEY};TableEndpoint=http://${host}:${port}/${DEV_ACCOUNT};`;
}

export interface EmbeddedAzuriteOptions {
  port: number;
  /** Folder for `__azurite_db_table__.json`; omit to keep everything in memory. */
  dataDir?: string;
  host?: string;
}

/** A running Azure Tables emulator this process started — or found already listening. */
export interface EmbeddedAzurite {
  port: number;
  connectionString: string;
  /** False when another process already listened on the port and we reuse it. */
  owned: boolean;
  /** Flushes to disk (on-disk mode) and stops the server, if this process owns it. */
  stop(): Promise<void>;
}

/**
 * Starts Azurite's Table service inside this process, or reuses one already on the port
 * (a second `npm start`, the CLI beside the bot) — both speak the real Azure Tables protocol.
 */
export async function startEmbeddedAzurite(options: EmbeddedAzuriteOptions): Promise<EmbeddedAzurite> {
  const host = options.host ?? '127.0.0.1';
  const connectionString = azuriteConnectionString(options.port, host);
  if (await isListening(host, options.port)) {
    return { port: options.port, connectionString, owned: false, stop: async () => undefined };
  }
  const inMemory = !options.dataDir;
  let dbPath = path.join(options.dataDir ?? '', '__azurite_db_table__.json');
  if (options.dataDir) fs.mkdirSync(options.dataDir, { recursive: true });
  else dbPath = `chaser-memory-${process.pid}-${options.port}.json`;
  const azurite = await loadAzurite();
  const config = new azurite.TableConfiguration(
    host, options.port, undefined, dbPath, false, false, undefined, undefined,
    true, true, '', '', '', undefined, false, inMemory,
  );
  const server = new azurite.TableServer(config);
  await server.start();
  let stopped = false;
  return {
    port: options.port,
    connectionString,
    owned: true,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.close();
    },
  };
}

/** Azurite is not installed: a production package (dev dependencies left out) was told to use embedded storage. */
export class AzuriteMissingError extends ChaserError {
  constructor() {
    super('azurite-missing', 'The embedded Azurite is a development tool and is not installed here (a production package leaves it out). '
      + 'Set CHASER_STORAGE_ACCOUNT_URL or CHASER_STORAGE_CONNECTION_STRING, or run `npm ci` for local use.');
  }
}

/**
 * Azurite is a dev dependency: it is loaded here, only when embedded storage is asked for, so a production
 * package (`npm run build:deploy`, without dev dependencies) starts without it.
 */
async function loadAzurite(): Promise<{ TableServer: typeof TableServer; TableConfiguration: typeof TableConfiguration }> {
  try {
    const [server, configuration] = await Promise.all([
      import('azurite/dist/src/table/TableServer'),
      import('azurite/dist/src/table/TableConfiguration'),
    ]);
    return { TableServer: server.default, TableConfiguration: configuration.default };
  } catch (err) {
    const missing = err as { code?: string; message?: string };
    if (missing.code === 'MODULE_NOT_FOUND' && /Cannot find module 'azurite[/']/.test(String(missing.message))) throw new AzuriteMissingError();
    throw err;
  }
}

export function isListening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
    socket.setTimeout(1000, () => { socket.destroy(); resolve(false); });
  });
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
