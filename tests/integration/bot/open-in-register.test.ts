import * as fs from 'fs';
import * as path from 'path';
import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { TAB_ASSETS_DIR, TAB_PATH } from '../../../src/http/tab-routes';
import { PLAYGROUND_USER } from '../../../src/local/playground';
import { buildTab } from '../../../scripts/build-tab';
import { ALEX, Person, activityFrom, send, startTestChaser } from '../../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../../support/fake-connector';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

/**
 * "Open in the register", pressed as a person would on a local run (no app id: the Agents Playground and a
 * browser): every Action.OpenUrl on the reminder card, the action detail card and the digest card is the
 * tab's own page on this server, the page answers 200, and the action the link names opens in the tab's
 * API. The Teams deep link form is pinned in tests/unit/cards/register-links.test.ts.
 */
const MONDAY_9AM = '2022-05-09T08:00:00Z';
const COMMANDER: Person = { id: 'user-cmdr', aadObjectId: 'aad-cmdr', name: 'Commander Lead' };

type Node = Record<string, unknown>;
function openUrls(value: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      if ((v as Node).type === 'Action.OpenUrl') found.push(String((v as Node).url));
      Object.values(v).forEach(walk);
    }
  };
  walk(value);
  return found;
}

describe('"Open in the register" on a local run', () => {
  let connector: FakeConnector;
  let chaser: RunningChaser;
  const say = async (person: Person, text: string) => (await send(chaser, activityFrom(person, { text, serviceUrl: connector.url }))).replies;

  /** Presses the link: the page is served, and the tab's API opens the action it names (as the tab does). */
  async function follow(url: string): Promise<{ page: number; key: string | null; action: number | null; view: string | null }> {
    const page = await fetch(url);
    const parsed = new URL(url);
    const key = parsed.searchParams.get('action');
    const action = key ? (await fetch(`${chaser.url}/api/tab/actions/${encodeURIComponent(key)}`)).status : null;
    return { page: page.status, key, action, view: parsed.searchParams.get('view') };
  }

  beforeAll(async () => {
    // The page is built by `npm test` (npm run build:tab) before the tests; a lone run builds it here.
    if (!fs.existsSync(path.join(TAB_ASSETS_DIR, 'index.html'))) await buildTab(TAB_ASSETS_DIR);
    connector = await startFakeConnector();
    // The tab acts as the Playground's user locally: in the secretariat here, so it may open every action.
    chaser = await startTestChaser({ clock: fixedClock(MONDAY_9AM), env: { CHASER_ADMINS: `${ALEX.aadObjectId},${PLAYGROUND_USER.aadObjectId}` } });
    await importSeed(chaser.store, LETTER_FILE);
    await chaser.store.leads.save({ lead: 'MPS', users: [{ id: COMMANDER.aadObjectId, name: COMMANDER.name }], delegates: [], updatedAt: MONDAY_9AM });
    await say(ALEX, 'hello');
    await say(COMMANDER, 'hello');
  });
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when "show action 5" answers, then its card opens the tab at that action: the page is served and the action opens', async () => {
    const [reply] = await say(ALEX, 'show action 5');
    const urls = openUrls(reply!.attachments);
    expect(urls).toEqual([`${chaser.url}${TAB_PATH}?action=OB_2022-04-21_005`]);
    expect(await follow(urls[0]!)).toEqual({ page: 200, key: 'OB_2022-04-21_005', action: 200, view: null });
  });

  it('when the morning\'s reminder card arrives, then each action on it opens in the tab', async () => {
    await chaser.sweep({ force: true });
    const cards = connector.sent(`personal-${COMMANDER.id}`).map((m) => (m.body as Node).attachments);
    const urls = cards.flatMap(openUrls);
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      expect(url.startsWith(`${chaser.url}${TAB_PATH}?action=OB_2022-04-21_`)).toBe(true);
      expect(await follow(url)).toMatchObject({ page: 200, action: 200 });
    }
    // one button per action on the card
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('when the digest is asked for, then its button opens the tab\'s dashboard', async () => {
    const replies = await say(ALEX, 'digest');
    const urls = replies.flatMap((r) => openUrls(r.attachments));
    expect(urls).toEqual([`${chaser.url}${TAB_PATH}?view=dashboard`]);
    expect(await follow(urls[0]!)).toEqual({ page: 200, key: null, action: null, view: 'dashboard' });
  });
});
