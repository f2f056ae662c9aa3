import * as fs from 'fs';
import * as path from 'path';
import type { RunningChaser } from '../../../src/chaser';
import { ALL_CARD_VERBS } from '../../../src/cards/verbs';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, Person, activityFrom, cardText, pressButton, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, RECORD_FILE, SEEDS_DIR, importSeed } from '../../support/import-seed';

/**
 * Every button a card can carry, pressed over HTTP as Teams would (an `adaptiveCard/action` invoke): each
 * verb in ALL_CARD_VERBS has a route, answers 200 and gives a card or a sentence — never 501, never an
 * apology for a fault. A verb added to the cards without a case here fails the first test.
 */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };
const FIVE = 'OB_2022-04-21_005';

describe('every card button, pressed over HTTP', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const say = async (person: Person, text: string) => (await send(chaser, activityFrom(person, { text, serviceUrl: connector.url }))).replies;
  const press = (person: Person, verb: string, data: Record<string, unknown>) => pressButton(chaser, person, verb, data, { serviceUrl: connector.url });
  const pendingIn = (reply: Record<string, unknown>, key: string) => new RegExp(`"${key}":"([^"]+)"`).exec(JSON.stringify(reply.attachments))?.[1] ?? '';

  /** How to press each verb for real: the data a card of that kind carries. */
  const cases: Record<string, { who: Person; data: () => Promise<Record<string, unknown>>; expect: RegExp }> = {
    'status.submit': { who: COMMANDER, data: async () => ({ action: FIVE, statusOnCard: 'awaiting_update', [`status_${FIVE}`]: 'on_track', [`text_${FIVE}`]: 'Under way' }), expect: /Updated by Commander Lead/ },
    'reminder.refresh': { who: COMMANDER, data: async () => ({ actions: [FIVE, 'OB_2022-04-21_010'] }), expect: /OB 21-Apr-2022 #10/ },
    'action.show': { who: ALEX, data: async () => ({ action: FIVE }), expect: /History/ },
    'answer.more': { who: ALEX, data: async () => ({ question: 'what is open', page: '1' }), expect: /\d+–\d+ of \d+\./ },
    'action.fulltext': { who: ALEX, data: async () => ({ action: FIVE, part: 'action' }), expect: /MPS to advise DMPC\/MOPAC/ },
    'digest.paper': { who: ALEX, data: async () => ({}), expect: /./ },
    'import.confirm': {
      who: ALEX,
      data: async () => ({ id: pendingIn((await say(ALEX, `import\n${fs.readFileSync(path.join(SEEDS_DIR, LETTER_FILE), 'utf8')}`))[0]!, 'id') }),
      expect: /Imported from pasted text\.txt: 0 new, 0 corrected, 19 unchanged/,
    },
    'import.undo': {
      who: ALEX,
      data: async () => {
        const preview = (await say(ALEX, `import\n${fs.readFileSync(path.join(SEEDS_DIR, RECORD_FILE), 'utf8')}`))[0]!;
        const done = await press(ALEX, 'import.confirm', { id: pendingIn(preview, 'id') });
        return { id: JSON.stringify(done.body.value).match(/"verb":"import\.undo","data":\{"id":"([0-9a-f]+)"/)![1] };
      },
      expect: /Undone: the import of pasted text\.txt \([0-9a-f]{8}\)\. \d+ actions removed/,
    },
    'import.reread': {
      who: ALEX,
      data: async () => {
        const preview = (await say(ALEX, 'import\nNo.\tAction\tTiming\tLead\n1\tMPS to share the data.\tBy 30 June\tMPS\n'))[0]!;
        return { id: JSON.stringify(preview.attachments).match(/"verb":"import\.reread","data":\{"id":"([0-9a-f]+)"/)![1], board: 'Finance Committee', meetingDate: '2022-05-05' };
      },
      expect: /Finance Committee — meeting of 5 May 2022/,
    },
    'import.cancel': {
      who: ALEX,
      data: async () => ({ id: pendingIn((await say(ALEX, `import\n${fs.readFileSync(path.join(SEEDS_DIR, LETTER_FILE), 'utf8')}`))[0]!, 'id') }),
      expect: /Cancelled: nothing was imported/,
    },
    'reply.choose': {
      who: COMMANDER,
      data: async () => {
        const [question] = await say(COMMANDER, 'done - sent the data on Tuesday');
        return { pending: pendingIn(question!, 'pending'), action: pendingIn(question!, 'action') };
      },
      expect: /Recorded for OB 21-Apr-2022 #\d+: Complete/,
    },
    'reply.cancel': {
      who: COMMANDER,
      data: async () => ({ pending: pendingIn((await say(COMMANDER, 'finished it yesterday'))[0]!, 'pending') }),
      expect: /Cancelled: nothing was recorded/,
    },
    'update.undo': { who: COMMANDER, data: async () => ({}), expect: /Undone: OB 21-Apr-2022 #\d+ is back to/ },
    'action.chase': { who: ALEX, data: async () => ({ action: 'OB_2022-04-21_019', view: 'detail', 'chaseNote_OB_2022-04-21_019': 'The board meets on Thursday' }), expect: /Chased by Alex Wilber at 9 May 2022, 09:00/ },
  };

  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
    await say(ALEX, 'hello');
    await say(COMMANDER, 'hello');
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when the cards\' verbs are listed, then every one has a case below', () => {
    expect([...ALL_CARD_VERBS].sort()).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.keys(cases))('when "%s" is pressed, then the bot answers 200 with a card or a sentence', async (verb) => {
    const c = cases[verb]!;
    const res = await press(c.who, verb, await c.data());
    expect(res.status).toBe(200);
    const shown = typeof res.body.value === 'string' ? res.body.value : cardText(res.body.value);
    const sentToChat = connector.sent(`personal-${c.who.id}`).map((m) => visibleText(m.body as Record<string, unknown>)).join('\n');
    expect(`${shown}\n${verb === 'digest.paper' ? sentToChat : ''}`).toMatch(c.expect);
    expect(shown).not.toMatch(/something went wrong on my side/);
  });
});
