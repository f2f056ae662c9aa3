import { Config, loadConfig, loadDotEnv } from '../config';
import type { Actor } from '../domain/actor';
import { BusinessCalendar, englandAndWalesCalendar } from '../domain/business-days';
import { Clock, fixedClock, systemClock } from '../domain/clock';
import { EmbeddedAzurite, startEmbeddedAzurite } from '../store/embedded-azurite';
import { AzureStore, openStore } from '../store/store';
import type { CliIo } from './cli-io';

/** What every command gets: the same store as the bot, the clock (CHASER_NOW), who is acting. */
export interface CliContext {
  config: Config;
  store: AzureStore;
  clock: Clock;
  calendar: BusinessCalendar;
  /** CHASER_PAPER_DEADLINE_DAYS and CHASER_IMPORT_HOLD_SECONDS (in ms), for imports. */
  paperDeadlineDays: number;
  importHoldMs: number;
  /** The secretariat, unless `--as <user>` says otherwise. */
  actor: Actor;
  actingAsSecretariat: boolean;
  io: CliIo;
}

/**
 * Opens the store the bot uses. With embedded storage it reuses the bot's Azurite when the bot is
 * running, or starts one on the same data folder for the length of the command.
 */
export async function openCliContext(io: CliIo, as: string | undefined, env: NodeJS.ProcessEnv = process.env): Promise<{ context: CliContext; close(): Promise<void> }> {
  if (env === process.env) loadDotEnv();
  const config = loadConfig(env);
  let azurite: EmbeddedAzurite | null = null;
  if (config.storage.kind === 'azurite') {
    azurite = await startEmbeddedAzurite({ port: config.storage.port, dataDir: config.storage.dataDir ?? undefined });
  }
  const login = env.USER ?? env.USERNAME ?? 'secretariat';
  const actor: Actor = as ? { id: as, name: as } : { id: `cli:${login}`, name: `${login} (secretariat, CLI)` };
  // The CLI acts for the secretariat unless --as names someone: then that person's own rights apply.
  const store = openStore(config.storage, config.tablePrefix, { settingsAdmins: config.admins, actingAdmins: as ? [] : [actor.id] });
  await store.migrate();
  const clock = config.now ? fixedClock(config.now) : systemClock;
  const calendar = englandAndWalesCalendar();
  const importHoldMs = config.importHoldSeconds * 1000;
  // An import cut short (a killed `chaser import`) is finished before this command reads the register;
  // the document readers are loaded only then (they are slow to load).
  if ((await store.imports.unfinished()).length) {
    const { finishInterruptedImports } = await import('../app/imports/finish-interrupted-imports');
    for (const cut of await finishInterruptedImports({ store, clock, calendar, paperDeadlineDays: config.paperDeadlineDays, importHoldMs })) {
      if (cut.outcome !== 'held') io.err(`The import of ${cut.fileName} (${cut.id}) had been cut short; it is now ${cut.outcome}.`);
    }
  }
  return {
    context: {
      config, store, io, actor, actingAsSecretariat: !as,
      // A command is a moment: with CHASER_NOW every write of every run happens at that instant.
      clock,
      calendar,
      paperDeadlineDays: config.paperDeadlineDays, importHoldMs,
    },
    close: async () => { await azurite?.stop(); },
  };
}
