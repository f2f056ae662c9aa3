import type { RunningChaser } from '../../src/chaser';
import { fixedClock } from '../../src/domain/clock';
import { ALEX, activityFrom, pressButton, send, startTestChaser } from '../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../support/fake-connector';
import { LETTER_FILE, importSeed } from '../support/import-seed';

const KEY = 'OB_2022-04-21_005';
const ID = { boardCode: 'OB', meetingDate: '2022-04-21', number: 5 };

describe('impossible revised due dates from a card or chat', () => {
  let chaser: RunningChaser;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock('2022-05-09T08:00:00Z'), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it.each([
    ['0000-01-01', /1 January 0 is before the meeting of 21 April 2022/],
    ['1900-01-01', /1 January 1900 is before the meeting/],
    ['9999-12-31', /31 December 9999 is more than 10 years ahead/],
    ['2099-01-01', /1 January 2099 is more than 10 years ahead/],
  ])('when a card is sent with the revised due date %s, then the card says why and nothing is recorded', async (due, message) => {
    const { status, body } = await pressButton(chaser, ALEX, 'status.submit', { action: KEY, card: [KEY], statusOnCard: 'on_track', [`status_${KEY}`]: 'amber', [`text_${KEY}`]: 'delayed', [`due_${KEY}`]: due }, { serviceUrl: connector.url });
    expect(status).toBe(200);
    expect(String(body.value)).toMatch(message);
    expect(String(body.value)).toMatch(/Nothing was changed\.$/);
    expect((await chaser.store.actions.history(ID)).filter((h) => h.kind === 'status')).toHaveLength(0);
  });

  it.each([
    ['5 amber: delayed, new date 1 January 2099', /1 January 2099 is more than 10 years ahead/],
    ['5 amber: delayed, new date 1 January 1900', /1 January 1900 is before the meeting/],
  ])('when chat says "%s", then the reply refuses the date and nothing is recorded', async (text, message) => {
    const { replies } = await send(chaser, activityFrom(ALEX, { text, serviceUrl: connector.url }));
    const said = replies.map((r) => String(r.text ?? '')).join('\n');
    expect(said).toMatch(message);
    expect((await chaser.store.actions.history(ID)).filter((h) => h.kind === 'status')).toHaveLength(0);
  });
});
