import { main } from '../../src/cli/main';
import { readTestAzurite } from './azurite-env';
import { AzureStore, openStore } from '../../src/store/store';
import { uniquePrefix } from './store-fixture';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs `chaser …` in-process against the run's Azurite, on tables of its own (one register per `cliOn`). */
export function cliOn(env: Record<string, string> = {}) {
  const base = {
    CHASER_STORAGE_CONNECTION_STRING: readTestAzurite().connectionString,
    CHASER_TABLE_PREFIX: uniquePrefix(),
    CHASER_NOW: '2022-05-09T08:59:00+01:00',
    USER: 'tester',
    ...env,
  };
  const chaser = async (...argv: string[]): Promise<CliRun> => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, base);
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
  /** The same register, read directly (to check what the CLI wrote). */
  chaser.store = (): AzureStore => openStore({ kind: 'connection-string', connectionString: base.CHASER_STORAGE_CONNECTION_STRING }, base.CHASER_TABLE_PREFIX);
  return chaser;
}

export const SEED_LETTER = `${__dirname}/../../demo/seeds/003_545be05e818f38bf.txt`;
export const SEED_RECORD = `${__dirname}/../../demo/seeds/002_46c134ba1d047733.txt`;
