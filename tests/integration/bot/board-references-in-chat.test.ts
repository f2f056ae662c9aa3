/**
 * A lead names an action in chat as the board wrote its reference ("42/21 complete: …",
 * "HPCP 02-Oct-2025 #42/21 …"), through HTTP and the Bot Framework protocol. A bare number in a meeting the
 * board referenced otherwise is not taken to mean the action at that position: nothing is recorded on a guess.
 */
import type { RunningChaser } from '../../../src/chaser';
import { applyImport, newImportId } from '../../../src/app/imports/apply-import';
import { planImport } from '../../../src/app/imports/plan-import';
import { englandAndWalesCalendar } from '../../../src/domain/business-days';
import { fixedClock } from '../../../src/domain/clock';
import { readDocument } from '../../../src/import/read-document';
import { ALEX, Person, activityFrom, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';

const NOW = '2025-10-13T09:00:00Z';
const OFFICER: Person = { id: 'user-opcc', aadObjectId: 'aad-opcc', name: 'Olu Adebayo' };
/** An invented police and crime panel's action sheet: references as the panel writes them. */
const SHEET = ['Halden Police and Crime Panel', 'Record of actions - meeting of 2 October 2025', '',
  'Ref\tAction\tLead\tDeadline', '42/20\tProvide the precept consultation methodology\tOPCC\t6 weeks',
  '42/21\tReport the neighbourhood policing numbers\tOPCC\t31 October 2025', '43/1\tClarify the violence reduction unit budget\tOPCC\t28 November 2025', ''].join('\n');

describe('naming an action by the board\'s reference in chat', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const say = async (text: string) => visibleText((await send(chaser, activityFrom(OFFICER, { text, serviceUrl: connector.url }))).replies[0]!);
  const status = async (ref: string) => (await chaser.store.actions.listAll()).find((a) => a.ref === ref)!.status;

  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(NOW), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    const content = Buffer.from(SHEET);
    const at = new Date(NOW);
    const plan = await planImport(await readDocument('panel.txt', content), {}, { store: chaser.store, calendar: englandAndWalesCalendar(), now: at });
    await applyImport(plan, { id: 'cli:secretariat', name: 'Secretariat' }, { store: chaser.store, now: at }, { id: newImportId(), content, options: {} });
    await chaser.store.leads.save({ lead: 'OPCC', users: [{ id: OFFICER.aadObjectId, name: OFFICER.name }], delegates: [], updatedAt: NOW });
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the lead writes "2 complete" (no action is referenced 2), then nothing is recorded on the second action and Chaser asks', async () => {
    const answer = await say('2 complete: done');
    expect(answer).not.toMatch(/^Recorded/);
    expect(await status('42/21')).toBe('awaiting_update');
    expect(answer).toMatch(/action 2|which/i);
  });

  it('when the lead writes "42/21 complete: …", then 42/21 is updated and no other action', async () => {
    expect(await say('42/21 complete: numbers sent to the panel')).toMatch(/Recorded for HPCP 02-Oct-2025 #42\/21: Complete/);
    expect([await status('42/21'), await status('42/20'), await status('43/1')]).toEqual(['complete', 'awaiting_update', 'awaiting_update']);
  });

  it('when the lead writes the full reference "HPCP 02-Oct-2025 #43/1 amber: …", then 43/1 is updated', async () => {
    expect(await say('HPCP 02-Oct-2025 #43/1 amber: waiting on the finance team')).toMatch(/Recorded for HPCP 02-Oct-2025 #43\/1: At risk/);
    expect(await status('43/1')).toBe('amber');
  });

  it('when the lead asks "show action 42/20", then that action is shown', async () => {
    expect(await say('show action 42/20')).toMatch(/HPCP 02-Oct-2025 #42\/20[\s\S]*Provide the precept consultation methodology/);
  });
});
