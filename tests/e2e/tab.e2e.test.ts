import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BrowserContext, Page, chromium } from 'playwright-core';
import { askQuestion } from '../../src/app/questions/ask-question';
import { Vocabulary } from '../../src/app/questions/vocabulary';
import type { Actor } from '../../src/domain/actor';
import { localIdentity } from '../../src/http/tab-identity';
import { buildTab } from '../../scripts/build-tab';
import { memoryStore } from '../support/memory-store';
import { PEOPLE, Person, TabServer, seedRegister, startTabServer } from '../support/tab-fixture';
import { CHROMIUM_ARGS, e2eUnavailableReason, findChromium } from './support/chromium';

/**
 * The register tab in headless Chromium, as each kind of person sees it in a plain browser (the local
 * mode: the server names the person; Teams SSO itself is tested over HTTP in tests/integration/http).
 * One register, one server per person. Screenshots go to test-results/tab/.
 */
const unavailable = e2eUnavailableReason();
if (unavailable) throw new Error(`the tab's browser tests cannot run: ${unavailable}`);

const SHOTS = path.join(__dirname, '..', '..', 'test-results', 'tab');
const actor = (p: Person): Actor => ({ id: p.oid, name: p.name, aliases: [p.upn] });
const store = memoryStore();
const servers: Partial<Record<'clerk' | 'lead' | 'stranger', TabServer>> = {};
let assets: string;
let context: BrowserContext;
let page: Page;
let profile: string;

beforeAll(async () => {
  assets = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-tab-assets-'));
  await buildTab(assets);
  await seedRegister(store);
  for (const who of ['clerk', 'lead', 'stranger'] as const) servers[who] = await startTabServer({ identity: localIdentity(actor(PEOPLE[who])), store, assetsDir: assets });
  fs.mkdirSync(SHOTS, { recursive: true });
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-tab-chromium-'));
  context = await chromium.launchPersistentContext(profile, { acceptDownloads: true, executablePath: findChromium()!, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1360, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/London' });
  await context.route((url) => !/^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url.href), (route) => route.abort('blockedbyclient'));
  page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
}, 60_000);

afterAll(async () => {
  await context?.close();
  for (const s of Object.values(servers)) await s?.stop();
  fs.rmSync(profile, { recursive: true, force: true });
  fs.rmSync(assets, { recursive: true, force: true });
});

/** Runs axe-core in the page; returns the serious and critical violations as "id: target" lines. */
async function seriousViolations(): Promise<string[]> {
  const source = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = (await page.evaluate("axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })")) as {
    violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
  };
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The little of the DOM the waits read, typed here (the tests' tsconfig has no DOM types). */
interface Q {
  textContent: string | null;
  getAttribute(name: string): string | null;
  closest(selector: string): Q | null;
}
interface G {
  document: { querySelectorAll(selector: string): { length: number }; querySelector(selector: string): Q | null; activeElement: Q | null };
}

/** What the focus checks read of an element (the tests' tsconfig has no DOM types). */
interface El {
  getAttribute(name: string): string | null;
  textContent: string | null;
}

/** Presses Tab (only the keyboard) until the focused element matches, at most `max` times. */
async function tabTo(describe: string, matches: (el: El) => boolean, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
  }
  throw new Error(`Tab never reached ${describe}`);
}

/**
 * Types a date into the focused date field with the keyboard. The field's order (day or month first)
 * follows the browser's own language, not the page's: try day first, and if the field read it otherwise,
 * go back to its first part and type month first.
 */
async function typeDate(iso: string): Promise<void> {
  const [y, m, d] = iso.split('-');
  await page.keyboard.type(`${d}${m}${y}`);
  if ((await page.evaluate('document.activeElement.value')) === iso) return;
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(`${m}${d}${y}`);
  expect(await page.evaluate('document.activeElement.value')).toBe(iso);
}

const references = () => page.locator('table.grid tbody th button').allInnerTexts();

describe('the register tab in a browser', () => {
  it('when the secretariat opens it, then the register shows as a table, with no serious accessibility violations (light, dark, high contrast)', async () => {
    await page.goto(`${servers.clerk!.url}/tab?theme=default`);
    await page.locator('table.grid tbody tr').first().waitFor();
    expect(await page.locator('.who').innerText()).toContain('Priya Clerk · secretariat');
    expect(await references()).toHaveLength(7);
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'register-light.png'), fullPage: true });
    for (const theme of ['dark', 'contrast']) {
      await page.goto(`${servers.clerk!.url}/tab?theme=${theme}`);
      await page.locator('table.grid tbody tr').first().waitFor();
      expect(await page.evaluate('document.documentElement.dataset.theme')).toBe(theme);
      // The colours are Teams' own Fluent 2 tokens for that theme (teamsDarkTheme, teamsHighContrastTheme).
      expect(await page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--brand').trim()")).toBe(theme === 'dark' ? '#4f52b2' : '#ffffff');
      expect(await seriousViolations()).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `register-${theme}.png`), fullPage: true });
    }
  });

  it('when the secretariat works with the keyboard only, then they filter, sort, open an action, change its due date and see it in the history and in chat', async () => {
    await page.goto(`${servers.clerk!.url}/tab?theme=default`);
    await page.locator('table.grid tbody tr').first().waitFor();
    // Filter: the words field, then Enter.
    await tabTo('the words field', (el) => el.getAttribute('name') === 'q');
    await page.keyboard.type('MPS');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => (globalThis as unknown as G).document.querySelectorAll('table.grid tbody tr').length === 4);
    // Sort by due date, latest first: the Due heading twice.
    await tabTo('the Due heading', (el) => el.getAttribute('data-column') === 'due');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => {
      const sorted = (globalThis as unknown as G).document.querySelector('th[aria-sort]');
      return Boolean(sorted?.textContent?.includes('Due')) && sorted?.getAttribute('aria-sort') === 'descending';
    });
    await page.waitForFunction(() => (globalThis as unknown as G).document.querySelector('table.grid tbody th button')?.textContent === 'OB 16-Jun-2022 #1');
    // Open action 3 of 21 April.
    await tabTo('action 3', (el) => el.getAttribute('data-key') === 'OB_2022-04-21_003');
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] h2', { hasText: 'OB 21-Apr-2022 #3' }).waitFor();
    // The form: status stays "On track" (already chosen), the reason, the new date, Send.
    await tabTo('the update text', (el) => el.getAttribute('name') === 'text');
    await page.keyboard.type('The board agreed a later date for the linkage report.');
    await page.keyboard.press('Tab');
    await typeDate('2022-07-15');
    await tabTo('Send update', (el) => el.textContent === 'Send update');
    await page.keyboard.press('Enter');
    await page.locator('dialog[open] .message.ok').waitFor();
    const history = await page.locator('dialog[open] ol.history > li').first().innerText();
    expect(history).toContain('Priya Clerk in the register tab');
    expect(history).toContain('The board agreed a later date for the linkage report.');
    expect(history).toContain('Due date: 13 May 2022 → 15 Jul 2022');
    await page.screenshot({ path: path.join(SHOTS, 'action-updated-light.png') });
    // Escape closes the dialog and puts focus back on the reference.
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => (globalThis as unknown as G).document.activeElement?.getAttribute('data-key') === 'OB_2022-04-21_003');
    // In chat, the same action shows the same entry.
    const chat = await askQuestion('show action OB 21-Apr-2022 #3', actor(PEOPLE.clerk), { store, clock: servers.clerk!.clock, leadsSeeAll: true, openToTenant: false, vocabulary: new Vocabulary(store, servers.clerk!.clock) });
    expect(chat.answer?.kind === 'detail' && chat.answer.history[0]).toMatchObject({ source: 'tab', text: 'The board agreed a later date for the linkage report.', revisedDue: '2022-07-15' });
  });

  it('when the secretariat corrects a lead, then the new lead is listed as unmapped under Leads, and naming someone for it clears that', async () => {
    await page.goto(`${servers.clerk!.url}/tab?action=OB_2022-04-21_006&theme=default`);
    await page.locator('dialog[open] h2', { hasText: '#6' }).waitFor();
    await page.locator('dialog[open] summary', { hasText: 'Correct the lead' }).click();
    await page.locator('dialog[open] input[name="lead"]').fill('Home Office');
    await page.locator('dialog[open] textarea[name="reason"]').fill('The custody deep dive is the Home Office\'s.');
    await page.locator('dialog[open] button', { hasText: 'Correct the lead' }).click();
    await page.locator('dialog[open] .message.ok', { hasText: 'Lead corrected to Home Office' }).waitFor();
    expect(await page.locator('dialog[open] ol.history > li').first().innerText()).toContain('Lead: MOPAC → Home Office');
    await page.keyboard.press('Escape');
    await page.locator('[role="tab"]', { hasText: 'Leads' }).click();
    const form = page.locator('form.inline', { hasText: 'Home Office' });
    await form.waitFor();
    expect(await seriousViolations()).toEqual([]);
    await page.screenshot({ path: path.join(SHOTS, 'leads-light.png'), fullPage: true });
    await form.locator('input[name="users"]').fill('kim.contact@homeoffice.example');
    await form.locator('button', { hasText: 'Save' }).click();
    await page.locator('.message.ok', { hasText: 'Home Office is now answered for' }).waitFor();
    expect(await page.locator('form.inline').count()).toBe(0);
  });

  it('when a lead opens the tab, then there is no Leads view and no lead correction', async () => {
    await page.goto(`${servers.lead!.url}/tab?action=OB_2022-04-21_003&theme=default`);
    await page.locator('dialog[open] form.update').waitFor();
    expect(await page.locator('dialog[open] details.correct').count()).toBe(0);
    expect(await page.locator('[role="tab"]', { hasText: 'Leads' }).count()).toBe(0);
  });

  it('when a lead opens "My actions", then they see only their lead\'s open actions and reply with the card\'s form', async () => {
    await page.goto(`${servers.lead!.url}/tab?view=mine&theme=default`);
    await page.locator('table.grid tbody tr').first().waitFor();
    expect(await page.locator('[role="tab"][aria-selected="true"]').innerText()).toBe('My actions');
    expect((await references()).sort()).toEqual(['OB 16-Jun-2022 #1', 'OB 21-Apr-2022 #1', 'OB 21-Apr-2022 #3', 'OB 21-Apr-2022 #4']);
    await page.locator('button[data-key="OB_2022-04-21_001"]').click();
    await page.locator('dialog[open] form.update').waitFor();
    await page.locator('dialog[open] input[value="amber"]').check();
    await page.locator('dialog[open] textarea[name="text"]').fill('Dashboard waiting on the data team.');
    await page.locator('dialog[open] button', { hasText: 'Send update' }).click();
    await page.locator('dialog[open] .message.ok').waitFor();
    expect(await page.locator('dialog[open] dl.facts').innerText()).toContain('Amber (at risk)');
    await page.screenshot({ path: path.join(SHOTS, 'lead-reply-light.png') });
    await page.keyboard.press('Escape');
    const row = page.locator('tr', { has: page.locator('button[data-key="OB_2022-04-21_001"]') });
    await page.waitForFunction(() => Boolean((globalThis as unknown as G).document.querySelector('button[data-key="OB_2022-04-21_001"]')?.closest('tr')?.textContent?.includes('Amber')));
    expect(await row.innerText()).toContain('Dashboard waiting on the data team.');
  });

  it('when someone else updates the action while the form is open, then sending says so, shows the action as it now is, and keeps what was typed', async () => {
    await page.goto(`${servers.lead!.url}/tab?view=mine&theme=default`);
    await page.locator('button[data-key="OB_2022-04-21_004"]').click();
    await page.locator('dialog[open] form.update').waitFor();
    // Meanwhile the secretariat records an update on the same action (another window, chat, a card).
    const stored = (await store.actions.get({ boardCode: 'OB', meetingDate: '2022-04-21', number: 4 }))!;
    const at = new Date(Date.parse(stored.action.updatedAt) + 60_000).toISOString();
    await store.actions.record(stored, { ...stored.action, status: 'amber', updatedAt: at, latest: { status: 'amber', text: 'The board eased it.', by: 'aad-clerk', byName: 'Priya Clerk', at, revisedDue: null } },
      { at, by: 'aad-clerk', byName: 'Priya Clerk', source: 'chat', kind: 'status', status: 'amber', text: 'The board eased it.', revisedDue: null, changes: [] });
    // The lead, who had the form open on the red action, keeps it red with a line (it stays red for the dashboard).
    await page.locator('dialog[open] input[value="red"]').check();
    await page.locator('dialog[open] textarea[name="text"]').fill('Still off track: the data team has not replied.');
    await page.locator('dialog[open] button', { hasText: 'Send update' }).click();
    await page.locator('dialog[open] .message.error').waitFor();
    expect(await page.locator('dialog[open] .message.error').innerText()).toMatch(/was changed by Priya Clerk since you opened it, so nothing was changed/);
    expect(await page.locator('dialog[open] dl.facts').innerText()).toContain('Amber');
    expect(await page.locator('dialog[open] textarea[name="text"]').inputValue()).toBe('Still off track: the data team has not replied.');
    // Sent again, on the version now shown, it is recorded.
    await page.locator('dialog[open] button', { hasText: 'Send update' }).click();
    await page.locator('dialog[open] .message.ok').waitFor();
    expect(await page.locator('dialog[open] ol.history > li').first().innerText()).toContain('Still off track: the data team has not replied.');
    await page.keyboard.press('Escape');
  });

  it('when the secretariat exports what is shown, then the browser saves the file of that selection', async () => {
    await page.goto(`${servers.clerk!.url}/tab?theme=default`);
    await page.locator('table.grid tbody tr').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.exports button', { hasText: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('chaser-register-2022-05-09.csv');
    const file = path.join(profile, 'export.csv');
    await download.saveAs(file);
    expect(fs.readFileSync(file, 'utf8')).toContain('handcuffing');
  });

  it('when a lead opens another lead\'s action, then there is no form to update it', async () => {
    await page.goto(`${servers.lead!.url}/tab?theme=default`);
    await page.locator('button[data-key="OB_2022-04-21_002"]').click();
    await page.locator('dialog[open] h2', { hasText: '#2' }).waitFor();
    await page.locator('dialog[open] ol.history').waitFor();
    expect(await page.locator('dialog[open] form.update').count()).toBe(0);
    expect(await page.locator('dialog[open]').innerText()).toContain('Only the lead\'s people');
  });

  it('when a reader without rights opens the tab, then they are told why and see nothing of the register', async () => {
    await page.goto(`${servers.stranger!.url}/tab?theme=default`);
    await page.locator('[role="alert"]').waitFor();
    expect(await page.locator('[role="alert"]').innerText()).toMatch(/not one of them yet/);
    expect(await page.locator('table.grid').count()).toBe(0);
    expect(await page.locator('body').innerText()).not.toContain('handcuffing');
  });

  it('when the dashboard opens, then the RAG doughnut, the weekly trend and overdue by lead are drawn, accessible, in light and dark', async () => {
    for (const theme of ['default', 'dark']) {
      await page.goto(`${servers.clerk!.url}/tab?view=dashboard&theme=${theme}`);
      await page.locator('svg.trend').waitFor();
      expect(await page.locator('svg circle[data-status]').count()).toBeGreaterThanOrEqual(4);
      // Each arc is drawn in the board's RAG colour (a style must not paint over it).
      const stroke = (status: string) => page.locator(`svg circle[data-status="${status}"]`).evaluate((c) => (globalThis as unknown as { getComputedStyle(n: unknown): { stroke: string } }).getComputedStyle(c).stroke);
      expect(await stroke('red')).toBe('rgb(192, 0, 0)');
      expect(await stroke('complete')).toBe('rgb(0, 112, 60)');
      expect(await page.locator('svg.trend g[data-week]').count()).toBe(3);
      expect(await page.locator('figure.chart svg[role="img"]').first().getAttribute('aria-label')).toMatch(/^RAG doughnut: Red \(off track\) \d+/);
      expect(await page.locator('ul.bars li').count()).toBeGreaterThanOrEqual(1);
      expect(await seriousViolations()).toEqual([]);
      await page.screenshot({ path: path.join(SHOTS, `dashboard-${theme === 'default' ? 'light' : theme}.png`), fullPage: true });
    }
  });

  it('when the views are reached by keyboard, then the arrow keys move between Register, My actions and Dashboard', async () => {
    await page.goto(`${servers.clerk!.url}/tab?theme=default`);
    await page.locator('table.grid').waitFor();
    await tabTo('the Register view tab', (el) => el.getAttribute('role') === 'tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator('svg.trend').waitFor();
    expect(await page.evaluate('document.activeElement?.textContent')).toBe('Dashboard');
  });

  it('when the channel tab is being set up outside Teams, then the setup page says to open it from Teams', async () => {
    await page.goto(`${servers.clerk!.url}/tab/config`);
    await page.locator('main.config').waitFor();
    expect(await page.locator('main.config').innerText()).toContain('Open this page from Teams');
  });
});
