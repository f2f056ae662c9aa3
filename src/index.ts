import { ConfigError, loadConfig, loadDotEnv } from './config';
import { errorCode } from './errors';
import { startChaser } from './chaser';
import { createLogger, textLines } from './log';
import { offsetClock } from './domain/clock';
import { londonStamp } from './domain/london-time';
import { DEMO_MORNING, loadDemoData } from './local/demo-data';
import { PLAYGROUND_USER, Playground, startPlayground } from './local/playground';
import { TAB_PATH } from './http/tab-routes';

/** `npm start`: Chaser with everything a local run needs, or the production server when configured. */
async function main(): Promise<void> {
  let config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const text = config.logFormat === 'text' || (config.logFormat === 'auto' && config.local);
  const log = createLogger(config.logLevel, text ? textLines() : undefined);
  const demo = config.local && config.demoData;
  // The demo's documents date from 2022: unless CHASER_NOW says otherwise it runs "as of" that morning.
  const clock = demo && !config.now ? offsetClock(DEMO_MORNING) : undefined;
  const running: { chaser?: { stop(): Promise<void> }; playground?: Playground | null } = {};
  stopOnSignals(async () => {
    await running.playground?.stop();
    await running.chaser?.stop();
  }, log);
  const chaser = await startChaser(config, {
    log,
    clock,
    prepare: demo ? async (deps) => { if (await loadDemoData({ ...deps, log })) log.info('demo register loaded from demo/seeds'); } : undefined,
  });
  running.chaser = chaser;
  if (demo) {
    console.log(`\n  Demo: Chaser runs as of ${londonStamp(chaser.clock.now())} (London); the first reminders go at 09:00.`);
    console.log('  Set CHASER_NOW to choose another moment, or CHASER_DEMO_DATA=false for an empty register.');
  }

  if (config.local && config.playground) {
    const playground = await startPlayground({ port: config.playgroundPort, botEndpoint: `${chaser.url}/api/messages`, log });
    running.playground = playground;
    if (playground) {
      console.log(`\n  Chaser is running. Open the Agents Playground: ${playground.url}${playground.port === config.playgroundPort ? '' : ` (port ${config.playgroundPort} was taken)`}`);
      console.log(`  You are ${PLAYGROUND_USER.name} there. Type "help" to start. Ctrl-C stops everything.\n`);
    }
  }
  if (config.local) console.log(`  The register tab (as ${PLAYGROUND_USER.name}), in any browser: ${chaser.url}${TAB_PATH}\n`);
}

/** How long a stop may take before the process exits anyway (Azurite has flushed well before). */
const STOP_TIMEOUT_MS = 20_000;

/**
 * Stops the Playground, then Chaser (sends in flight, the server, Azurite's flush to disk), then exits:
 * on SIGINT (Ctrl-C), SIGTERM (what an IDE, a script or a process manager sends), SIGHUP (the terminal
 * closed), or when the process that started us goes away. `npm start` runs us through `sh -c`, which
 * neither forwards signals nor takes us with it when npm is stopped: the start script `exec`s node so
 * npm's signals reach us, and the parent check catches whatever still orphans us. A second signal, or a
 * stop that takes over 20 s, exits at once.
 */
function stopOnSignals(stop: () => Promise<void>, log: ReturnType<typeof createLogger>): void {
  let stopping = false;
  const shutdown = (reason: string) => {
    if (stopping) {
      log.warn({ reason }, 'stopping now, without waiting');
      process.exit(1);
    }
    stopping = true;
    log.info({ reason }, 'stopping');
    setTimeout(() => { log.error('stop took too long: exiting'); process.exit(1); }, STOP_TIMEOUT_MS).unref();
    stop().then(
      () => { log.info('stopped'); process.exit(0); },
      (err: unknown) => { log.error({ err }, 'stop failed'); process.exit(1); },
    );
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => shutdown(signal));
  const parent = process.ppid;
  setInterval(() => { if (process.ppid !== parent) shutdown('the process that started Chaser has gone'); }, 1_000).unref();
}

main().catch((err: unknown) => {
  // Said once, with its code: a sentence for the operator, never a stack.
  console.error(`Chaser could not start: ${err instanceof Error ? err.message : String(err)} (error code ${errorCode(err)})`);
  process.exit(1);
});
