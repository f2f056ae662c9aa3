/**
 * A Chaser process that imports one document (or several in turn) and exits, as `chaser import` does: first it finishes any
 * import a killed process left (what every start does), then imports the document unless an earlier run
 * already did. The crash test kills it with SIGKILL at random moments and starts it again.
 */
import * as fs from 'fs';
import * as path from 'path';
import { finishInterruptedImports } from '../../../src/app/imports/finish-interrupted-imports';
import { importDocument } from '../../../src/app/imports/import-document';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { fixedClock } from '../../../src/domain/clock';
import { openStore } from '../../../src/store/store';

async function main(): Promise<void> {
  const env = process.env;
  const actor = { id: 'cli:clerk', name: 'Clerk (secretariat, CLI)' };
  const store = openStore({ kind: 'connection-string', connectionString: env.CRASH_STORAGE! }, env.CRASH_PREFIX!, { actingAdmins: [actor.id] });
  // CHASER_IMPORT_HOLD_SECONDS=0: one process imports at a time here, so a dead one's import is taken at once.
  const deps = { store, clock: fixedClock(env.CRASH_NOW!), calendar: englandAndWalesCalendar(), importHoldMs: 0 };
  process.stdout.write('started\n');
  await finishInterruptedImports(deps);
  // CRASH_FILE may list several documents (a tracker, then its corrected version): each is imported in turn.
  for (const file of env.CRASH_FILE!.split(path.delimiter)) {
    if ((await store.imports.list()).some((r) => r.fileName === path.basename(file) && r.state === 'done')) continue;
    await importDocument({ fileName: path.basename(file), content: fs.readFileSync(file) }, { board: 'Crash Test Board' }, actor, deps);
  }
}

main().then(() => process.exit(0), (err: unknown) => {
  process.stderr.write(`${String((err as Error)?.stack ?? err)}\n`);
  process.exit(1);
});
