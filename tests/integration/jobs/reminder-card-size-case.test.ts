import { readFileSync } from 'fs';
import { join } from 'path';
import type { RunningChaser } from '../../../src/chaser';
import { applyImport, newImportId } from '../../../src/app/imports/apply-import';
import { planImport } from '../../../src/app/imports/plan-import';
import { TEAMS_MESSAGE_MAX_BYTES } from '../../../src/cards/message-size';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { fixedClock } from '../../../src/domain/clock';
import { readDocument } from '../../../src/import/read-document';
import { ALEX, Person, activityFrom, cardText, pressButton, send, startTestChaser } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';

/**
 * The import case "reminder-card-over-28kb-8-actions.xlsx": eight actions due 13 May 2022, each with an
 * update of about 2,500 characters, imported with the lead mapped; the sweep at 09:00 on Monday 9 May 2022
 * sends MPS their reminders. Every message stays within Teams' size, and each long update is shortened on
 * the card with the whole text one press away. The Teams connector is a stand-in (an edge we do not own).
 */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const FILE = 'reminder-card-over-28kb-8-actions.xlsx';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };

describe('reminder cards for actions with long updates (import case)', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;

  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    const content = readFileSync(join(__dirname, '..', '..', 'fixtures', 'import', FILE));
    const at = new Date('2022-05-04T10:00:00Z');
    const plan = await planImport(await readDocument(FILE, content), {}, { store: chaser.store, calendar: englandAndWalesCalendar(), now: at });
    expect(plan.problems).toEqual([]);
    await applyImport(plan, { id: 'cli:secretariat', name: 'Secretariat' }, { store: chaser.store, now: at }, { id: newImportId(), content, options: {} });
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
    await send(chaser, activityFrom(COMMANDER, { type: 'installationUpdate', action: 'add', serviceUrl: connector.url, text: undefined }));
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the sweep runs, then every card is within Teams\' message size, all eight actions are on them, and each update is one press from whole', async () => {
    await chaser.sweep();
    const cards = connector.sent(`personal-${COMMANDER.id}`);
    expect(cards.length).toBeGreaterThan(0);
    for (const call of cards) expect(Buffer.byteLength(JSON.stringify(call.body))).toBeLessThanOrEqual(TEAMS_MESSAGE_MAX_BYTES);
    const shown = cards.flatMap((call) => [...JSON.stringify(call.body).matchAll(/"text":"OB 21-Apr-2022 #(\d+)","weight":"Bolder"/g)].map((m) => Number(m[1])));
    expect(shown.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);

    const whole = (await chaser.store.actions.listAll()).find((a) => a.number === 1)!.latest!.text;
    expect(whole.length).toBeGreaterThan(2000);
    const body = JSON.stringify(cards.map((c) => c.body));
    expect(body).not.toContain(JSON.stringify(whole).slice(1, -1));
    const fullText = [...body.matchAll(/"verb":"action\.fulltext","data":(\{[^}]*\})/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(fullText.length).toBeGreaterThanOrEqual(8);
    const pressed = await pressButton(chaser, COMMANDER, 'action.fulltext', fullText.find((d) => d.action === 'OB_2022-04-21_001')!, { serviceUrl: connector.url });
    expect(cardText(pressed.body.value)).toContain(whole.slice(-200));
  });
});
