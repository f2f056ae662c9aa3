import * as fs from 'fs';
import * as path from 'path';
import type { BusinessCalendar } from '../domain/business-days';
import type { Clock } from '../domain/clock';
import { applyImport, newImportId } from '../app/imports/apply-import';
import { planImport } from '../app/imports/plan-import';
import { readDocument } from '../import/read-document';
import type { Logger } from '../log';
import type { Store } from '../app/ports';
import { PLAYGROUND_USER } from './playground';

/** The demo runs "as of" Monday 9 May 2022, 08:59 London: a minute before the first reminders go. */
export const DEMO_MORNING = new Date('2022-05-09T08:59:00+01:00');

const SEEDS = path.join(__dirname, '..', '..', 'demo', 'seeds');
const DEMO_DOCUMENTS = ['003_545be05e818f38bf.txt', '002_46c134ba1d047733.txt'];

/**
 * On a local start with an empty register: the seed letter and meeting record become the register,
 * "MPS" is answered for by the Playground's user (so reminders arrive in the Playground chat), and
 * that user is in the secretariat. MOPAC is left unmapped on purpose: the secretariat is told about it.
 */
export async function loadDemoData(deps: { store: Store; clock: Clock; calendar: BusinessCalendar; log: Logger }): Promise<boolean> {
  if ((await deps.store.actions.listAll()).length > 0) return false;
  const now = deps.clock.now();
  const secretariat = { id: 'chaser-demo', name: 'Demo secretariat' };
  for (const file of DEMO_DOCUMENTS) {
    const content = fs.readFileSync(path.join(SEEDS, file));
    const plan = await planImport(await readDocument(file, content), {}, { store: deps.store, calendar: deps.calendar, now });
    const result = await applyImport(plan, secretariat, { store: deps.store, now }, { id: newImportId(), content, options: {} });
    deps.log.info({ file, ...result }, 'demo actions loaded');
  }
  await deps.store.leads.save({
    lead: 'MPS', users: [{ id: PLAYGROUND_USER.aadObjectId, name: PLAYGROUND_USER.name }], delegates: [], updatedAt: now.toISOString(),
  });
  await deps.store.admins.add({ id: PLAYGROUND_USER.aadObjectId, name: PLAYGROUND_USER.name, addedAt: now.toISOString(), addedBy: secretariat.id });
  return true;
}
