import { ConfigError, loadConfig, loadDotEnv } from './config';
import { startChaser } from './chaser';
import { createLogger, textLines } from './log';
import { londonStamp, offsetClock } from './domain/clock';
import { isDigestRecipient } from './app/digest/digest-access';
import { englandAndWalesCalendar } from './domain/business-days';
import { DEMO_MORNING, loadDemoData } from './local/demo-data';
import { PLAYGROUND_USER, Playground, startPlayground } from './local/playground';
import { TAB_PATH, addTabRoutes } from './http/tab-routes';
import { tabIdentityFor } from './http/tab-identity';

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
  const chaser = await startChaser(config, {
    log,
    clock,
    prepare: demo ? async (deps) => { if (await loadDemoData({ ...deps, log })) log.info('demo register loaded from demo/seeds'); } : undefined,
  });
  // The register tab (until src/chaser.ts composes it beside the bot): same store, clock and rights as chat.
  addTabRoutes(chaser.server, {
    deps: { store: chaser.store, clock: chaser.clock, calendar: englandAndWalesCalendar(), log, leadsSeeAll: config.leadsSeeAll, openToTenant: config.openToTenant, isRecipient: (actor) => isDigestRecipient(actor, chaser.store) },
    identity: tabIdentityFor(config, { id: PLAYGROUND_USER.aadObjectId, name: PLAYGROUND_USER.name, aliases: [PLAYGROUND_USER.upn] }),
  });
  if (demo) {
    console.log(`\n  Demo: Chaser runs as of ${londonStamp(chaser.clock.now())} (London); the first reminders go at 09:00.`);
    console.log('  Set CHASER_NOW to choose another moment, or CHASER_DEMO_DATA=false for an empty register.');
  }

  let playground: Playground | null = null;
  if (config.local && config.playground) {
    playground = await startPlayground({ port: config.playgroundPort, botEndpoint: `${chaser.url}/api/messages`, log });
    if (playground) {
      console.log(`\n  Chaser is running. Open the Agents Playground: ${playground.url}`);
      console.log(`  You are ${PLAYGROUND_USER.name} there. Type "help" to start. Ctrl-C stops everything.\n`);
    }
  }
  if (config.local) console.log(`  The register tab (as ${PLAYGROUND_USER.name}), in any browser: ${chaser.url}${TAB_PATH}\n`);

  let shuttingDown = false;
  const shutdown = async (signal: string) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log.info({ signal }, 'stopping');
    await playground?.stop();
    await chaser.stop();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error('Chaser could not start:', err instanceof Error ? err.message : err);
  process.exit(1);
});
