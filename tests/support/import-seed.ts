import * as fs from 'fs';
import * as path from 'path';
import { englandAndWalesCalendar } from '../../src/domain/business-days';
import { applyImport, newImportId } from '../../src/app/imports/apply-import';
import { planImport } from '../../src/app/imports/plan-import';
import { readDocument } from '../../src/import/read-document';
import type { Store } from '../../src/app/ports';

export const SEEDS_DIR = path.join(__dirname, '..', '..', 'demo', 'seeds');
export const LETTER_FILE = '003_545be05e818f38bf.txt';
export const RECORD_FILE = '002_46c134ba1d047733.txt';

/** Imports a seed document through the real import flow, as the secretariat would. */
export async function importSeed(store: Store, file: string, at = new Date('2022-05-04T10:00:00Z')): Promise<void> {
  const content = fs.readFileSync(path.join(SEEDS_DIR, file));
  const plan = await planImport(await readDocument(file, content), {}, { store, calendar: englandAndWalesCalendar(), now: at });
  await applyImport(plan, { id: 'cli:secretariat', name: 'Secretariat' }, { store, now: at }, { id: newImportId(), content, options: {} });
}
