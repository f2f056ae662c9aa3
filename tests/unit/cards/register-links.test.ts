import * as fs from 'fs';
import * as path from 'path';
import { digestCard } from '../../../src/cards/digest-card';
import { actionDetailCard } from '../../../src/cards/answer-cards';
import { DASHBOARD_TAB, REGISTER_TAB, registerLinks, registerLinksFor } from '../../../src/cards/register-links';
import { reminderCard } from '../../../src/cards/reminder-card';
import { actionKey } from '../../../src/domain/action';
import { buildDigest } from '../../../src/domain/digest';
import { TEAMS_APP_ID, TEAMS_LINKS, TODAY, VIEWER_MRI, actionsIn, calendar, nodes } from './card-fixtures';

const KEY = 'OB_2022-04-21_005';
const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'appPackage', 'manifest.json'), 'utf8')) as { staticTabs: Array<{ entityId: string; contentUrl?: string }> };

/** The "Open in the register" buttons of a card, as [title, url]. */
const openUrls = (card: unknown) => nodes(card).map((n) => n.node).filter((n) => n.type === 'Action.OpenUrl').map((n) => [n.title, n.url]);

describe('"Open in the register": where the link goes', () => {
  it('in Teams, is a deep link to the app\'s Register tab whose context carries the action\'s key as subEntityId, URL-encoded', () => {
    const url = TEAMS_LINKS.action(KEY);
    expect(url).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/register?context=%7B%22subEntityId%22%3A%22OB_2022-04-21_005%22%7D`);
    const parsed = new URL(url);
    expect([parsed.origin, parsed.pathname]).toEqual(['https://teams.microsoft.com', `/l/entity/${TEAMS_APP_ID}/${REGISTER_TAB}`]);
    expect(JSON.parse(parsed.searchParams.get('context')!)).toEqual({ subEntityId: KEY });
  });

  it('in Teams, opens the Dashboard tab for the digest', () => {
    expect(TEAMS_LINKS.dashboard()).toBe(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/dashboard`);
  });

  it('names tabs the manifest declares, served by the tab\'s page (/tab), so a sub-entity id reaches src/tab/app.ts', () => {
    for (const entityId of [REGISTER_TAB, DASHBOARD_TAB]) {
      const tab = manifest.staticTabs.find((t) => t.entityId === entityId);
      expect({ entityId, contentUrl: tab?.contentUrl }).toEqual({ entityId, contentUrl: `https://\${{BOT_DOMAIN}}/tab?view=${entityId}` });
    }
  });

  it('when run locally, is the tab\'s own page with the key (or the dashboard view) under the server\'s URL, read when the link is made', () => {
    let base = '';
    const links = registerLinks({ kind: 'page', baseUrl: () => base });
    base = 'http://127.0.0.1:3978/';
    expect(links.action(KEY)).toBe('http://127.0.0.1:3978/tab?action=OB_2022-04-21_005');
    expect(links.action('odd key&x=1')).toBe('http://127.0.0.1:3978/tab?action=odd%20key%26x%3D1');
    expect(links.dashboard()).toBe('http://127.0.0.1:3978/tab?view=dashboard');
  });

  it.each([
    ['a local run (no app id), even with a Teams app id', { local: true, teamsAppId: TEAMS_APP_ID }, 'http://127.0.0.1:3978/tab?action=OB_2022-04-21_005'],
    ['Teams with the Teams app id', { local: false, teamsAppId: TEAMS_APP_ID }, TEAMS_LINKS.action(KEY)],
    ['Teams without the Teams app id (no link can name the tab)', { local: false }, null],
  ])('on %s, the cards link to %#', (_name, settings, expected) => {
    expect(registerLinksFor(settings, () => 'http://127.0.0.1:3978')?.action(KEY) ?? null).toBe(expected);
  });
});

describe('"Open in the register" on the cards', () => {
  const actions = actionsIn({ name: 'plain', words: 'MPS to share the data.', repeat: 1 }, 3);
  const items = actions.map((action) => ({ action, headline: 'due tomorrow (Tue 10 May)', overdue: false }));

  it('when the reminder card lists actions, then each carries its own button to that action', () => {
    const card = reminderCard({ title: 'Actions need your update', subtitle: 'For MPS', items, refreshUserMris: [VIEWER_MRI], links: TEAMS_LINKS });
    expect(openUrls(card)).toEqual(actions.map((a) => ['Open in the register', TEAMS_LINKS.action(actionKey(a))]));
  });

  it('when an action is complete (no reply controls), then its button is still there', () => {
    const done = { ...actions[0]!, status: 'complete' as const };
    const card = reminderCard({ title: 'Recorded', subtitle: '', items: [{ action: done, headline: 'Complete', overdue: false, justUpdated: true }], refreshUserMris: [], links: TEAMS_LINKS });
    expect(openUrls(card)).toEqual([['Open in the register', TEAMS_LINKS.action(actionKey(done))]]);
  });

  it('when the action detail card shows one action, then it has one button to that action', () => {
    const card = actionDetailCard(actions[1]!, [], null, TODAY, calendar, [VIEWER_MRI], 0, TEAMS_LINKS);
    expect(openUrls(card)).toEqual([['Open in the register', TEAMS_LINKS.action(actionKey(actions[1]!))]]);
  });

  it('when the digest card is sent, then its button opens the dashboard, beside "Get the board paper"', () => {
    const digest = buildDigest({ asOf: TODAY, actions, since: null, unreachableLeads: [], calendar });
    const card = digestCard(digest, { comparedWith: { kind: 'history', at: '2022-05-02T07:00:00.000Z' }, generatedAt: new Date('2022-05-09T07:59:00Z'), links: TEAMS_LINKS });
    expect((card.actions as Array<{ title: string }>).map((a) => a.title)).toEqual(['Get the board paper', 'Open in the register']);
    expect(openUrls(card)).toEqual([['Open in the register', TEAMS_LINKS.dashboard()]]);
  });

  it('when no links are given (Teams without the app id), then no card carries the button', () => {
    const digest = buildDigest({ asOf: TODAY, actions, since: null, unreachableLeads: [], calendar });
    const cards = [
      reminderCard({ title: 'Actions need your update', subtitle: 'For MPS', items, refreshUserMris: [VIEWER_MRI] }),
      actionDetailCard(actions[1]!, [], null, TODAY, calendar, [VIEWER_MRI]),
      digestCard(digest, { comparedWith: { kind: 'history', at: '2022-05-02T07:00:00.000Z' }, generatedAt: new Date('2022-05-09T07:59:00Z'), links: null }),
    ];
    for (const card of cards) expect(openUrls(card)).toEqual([]);
  });
});
