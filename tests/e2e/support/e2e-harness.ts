import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Activity, ConversationReference } from 'botbuilder';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { Config, loadConfig } from '../../../src/config';
import { RunningChaser, StartOptions, startChaser } from '../../../src/chaser';
import { Clock, fixedClock } from '../../../src/domain/clock';
import { createLogger, Logger } from '../../../src/log';
import { Playground, PLAYGROUND_USER, startPlayground } from '../../../src/local/playground';
import { freePort } from '../../../src/store/embedded-azurite';
import type { ConversationRecord } from '../../../src/app/ports';
import { createAdapter } from '../../../src/teams/adapter';
import { readTestAzurite } from '../../support/azurite-env';
import { uniquePrefix } from '../../support/store-fixture';
import { CHROMIUM_ARGS, e2eUnavailableReason, findChromium } from './chromium';
import { BrowserLog, MemoryLogStream, isLocalUrl, lastChars } from './diagnostics';
import {
  BotMessageView, SELECTORS, bodyText, botMessageLocator, botMessages, cardLocator, logPanelProblems, logPanelLines, userMessages,
} from './playground-page';

/** The instant the whole journey happens at (a Monday, 09:00 in London). */
export const E2E_NOW = '2022-05-09T08:00:00Z';
export const E2E_BOARD = 'MOPAC MPS Oversight Board';
export const RESULTS_DIR = path.resolve(__dirname, '../../../test-results/e2e');

export interface StartE2EOptions {
  clock?: Clock;
  /** Extra settings for Chaser (e.g. CHASER_ADMINS, CHASER_JOBS_SECRET); storage, port and log level are the harness's. */
  env?: Record<string, string>;
  viewport?: { width: number; height: number };
  /**
   * Passed on to startChaser. By default the catch-up sweep on a new conversation is off: the journey
   * triggers the reminder job itself (`e2e.chaser.sweep()` or the job route), so it knows when cards come.
   */
  chaserOptions?: Omit<StartOptions, 'log' | 'clock'>;
}

export interface WaitOptions {
  /** Only bot messages from this index on (default: those after the last `say` or `markChat`). */
  since?: number;
}

export interface ScreenshotOptions {
  /** The step number in the file name (`<nn>-<step>.png`); default: the current step, else a counter. */
  step?: number;
  /** Scrolled into view (the window grows if it is taller) and also saved on its own as `<nn>-<step>-detail.png`. */
  element?: Locator;
}

/** Something that went wrong in the conversation, attributed to the step during which it was first seen. */
export interface Problem {
  step: string;
  source: 'log panel' | 'browser' | 'chaser' | 'playground process';
  text: string;
}

export interface E2E {
  chaser: RunningChaser;
  config: Config;
  /** Settings that point the CLI (`cliOn(e2e.storageEnv)`) or a store at the same register as the bot. */
  storageEnv: { CHASER_STORAGE_CONNECTION_STRING: string; CHASER_TABLE_PREFIX: string };
  playgroundUrl: string;
  playgroundPort: number;
  /** Where the bot posts to the Playground (the serviceUrl in its conversation references). */
  connectorUrl: string;
  page: Page;

  /** Types `text` in the chat box and sends it; waits until it shows in the chat. Marks the chat first. */
  say(text: string): Promise<void>;
  /** Remembers how many bot messages there are: later waits look only at messages after this. */
  markChat(): Promise<number>;
  /** The newest root Adaptive Card since the mark whose visible text matches. */
  waitForCard(textRegex: RegExp, timeoutMs?: number, options?: WaitOptions): Promise<Locator>;
  /** The newest bot message (text or card) since the mark whose visible text matches. */
  waitForReply(textRegex: RegExp, timeoutMs?: number, options?: WaitOptions): Promise<Locator>;
  botMessages(): Promise<BotMessageView[]>;
  lastBotMessageText(): Promise<string>;
  screenshot(stepName: string, options?: ScreenshotOptions): Promise<string>;
  pageText(): Promise<string>;
  /** The Playground's Log Panel and, when startPlayground exposes it, its process output. */
  playgroundLog(): Promise<string>;
  chaserLog(lines?: number): string;
  /** Errors seen so far (Log Panel, browser, Chaser, Playground process), each with the step it appeared in. */
  problems(): Promise<Problem[]>;
  /** Page text, Playground log, browser events and Chaser log, for a failure message. */
  diagnostics(): Promise<string>;
  /**
   * Runs one step of the journey: on success saves `<nn>-<name>.png` (focused on the Locator the body
   * returns, if any); on failure saves `<nn>-<name>-failed.png` and throws an error that names the step
   * and carries the page text and the Playground log.
   */
  step<T extends Locator | void>(n: number, name: string, body: () => Promise<T>): Promise<T>;
  /** The Playground user's personal chat as Chaser stored it (waits for it to be stored). */
  playgroundConversation(timeoutMs?: number): Promise<ConversationRecord>;
  /** Sends a message to the Playground user without any user message, as the reminder job does. */
  sendProactive(activity: Partial<Activity> | string): Promise<void>;
  stop(): Promise<void>;
}

interface PlaygroundExtras {
  /** Proposed for src/local/playground.ts: the process's recent output. Used when present. */
  output?: () => string;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 1000 };

export async function startE2E(options: StartE2EOptions = {}): Promise<E2E> {
  const unavailable = e2eUnavailableReason();
  if (unavailable) throw new Error(`The end-to-end suite cannot run: ${unavailable}.`);
  // Required here, after the check, so that a missing install gets the sentence above rather than a stack.
  const { chromium } = require('playwright-core') as typeof import('playwright-core');
  clearOldScreenshots();

  const chaserLogStream = new MemoryLogStream();
  const log: Logger = createLogger('info', chaserLogStream);
  const cleanups: Array<() => Promise<void>> = [];
  const runCleanups = async () => {
    const errors: unknown[] = [];
    while (cleanups.length) {
      try {
        await cleanups.pop()!();
      } catch (err) {
        errors.push(err);
      }
    }
    if (errors.length) console.warn(`e2e cleanup had problems:\n${errors.map(String).join('\n')}`);
  };

  try {
    // 1. Chaser over the run's Azurite, on tables of its own, at a fixed instant.
    const storageEnv = { CHASER_STORAGE_CONNECTION_STRING: readTestAzurite().connectionString, CHASER_TABLE_PREFIX: uniquePrefix() };
    // The steps trigger the jobs themselves: no in-process schedule, no demo data.
    const config = loadConfig({
      CHASER_BOARD_NAME: E2E_BOARD,
      CHASER_SCHEDULER: 'false',
      CHASER_DEMO_DATA: 'false',
      ...options.env,
      ...storageEnv,
      PORT: '0',
      CHASER_PLAYGROUND: 'false',
      CHASER_LOG_LEVEL: 'info',
    });
    const chaser = await startChaser(config, { sweepOnNewConversation: false, ...options.chaserOptions, log, clock: options.clock ?? fixedClock(E2E_NOW) });
    cleanups.push(() => chaser.stop());

    // 2. The Playground on a free port (its web page and its /_connector share it).
    let playground: Playground | null = null;
    let playgroundPort = 0;
    for (let attempt = 1; attempt <= 2 && !playground; attempt++) {
      playgroundPort = await freePort();
      playground = await startPlayground({ port: playgroundPort, botEndpoint: `${chaser.url}/api/messages`, log });
    }
    if (!playground) throw new Error(`The Agents Playground did not start.\n${chaserLogStream.tail(20)}`);
    const pg = playground;
    cleanups.push(() => pg.stop());
    const playgroundUrl = pg.url;

    // 3. Headless Chromium on an empty profile; nothing leaves localhost.
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-e2e-chromium-'));
    cleanups.push(async () => fs.rmSync(userDataDir, { recursive: true, force: true }));
    const viewport = options.viewport ?? DEFAULT_VIEWPORT;
    const context: BrowserContext = await chromium.launchPersistentContext(userDataDir, {
      executablePath: findChromium()!,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport,
      locale: 'en-GB',
      timeout: 30_000,
    });
    cleanups.push(() => context.close());
    await context.route((url) => !isLocalUrl(url.href), (route) => route.abort('blockedbyclient'));
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(15_000);
    const browserLog = new BrowserLog();
    browserLog.attach(page);

    await page.goto(playgroundUrl, { waitUntil: 'domcontentloaded' });
    const chatBox = page.locator(SELECTORS.chatBox);
    await chatBox.waitFor({ state: 'visible', timeout: 30_000 });
    await waitForSettledChat(page);

    let mark = (await botMessages(page)).length;
    let screenshotCounter = 0;
    let currentStep: { n: number; name: string } | null = null;
    const seenProblems = new Map<string, Problem>();

    const playgroundOutput = () => {
      const out = (pg as Playground & PlaygroundExtras).output;
      return typeof out === 'function' ? out.call(pg) : '(startPlayground does not expose the process output)';
    };

    const e2e: E2E = {
      chaser,
      config,
      storageEnv,
      playgroundUrl,
      playgroundPort,
      connectorUrl: `http://localhost:${playgroundPort}/_connector`,
      page,

      async markChat() {
        mark = (await botMessages(page)).length;
        return mark;
      },

      async say(text) {
        await e2e.markChat();
        const before = (await userMessages(page)).length;
        await chatBox.click();
        await chatBox.fill(text);
        await page.keyboard.press('Enter');
        await poll(async () => {
          const mine = await userMessages(page);
          return mine.length > before && mine.slice(before).some((m) => m.includes(text.trim()));
        }, 10_000, () => `the message "${text}" did not appear in the chat after pressing Enter`);
      },

      async waitForCard(textRegex, timeoutMs = 15_000, opts = {}) {
        const since = opts.since ?? mark;
        const re = stripGlobal(textRegex);
        let found: { message: number; card: number } | null = null;
        await poll(async () => {
          const messages = (await botMessages(page)).filter((m) => m.index >= since);
          for (const m of messages.reverse()) {
            const card = m.cards.map((text, i) => ({ text, i })).reverse().find((c) => re.test(c.text));
            if (card) {
              found = { message: m.index, card: card.i };
              return true;
            }
          }
          return false;
        }, timeoutMs, async () => `no card matching ${textRegex} arrived within ${timeoutMs} ms; the bot's messages since #${since}:\n${describeMessages(await botMessages(page), since)}`);
        const { message, card } = found!;
        return cardLocator(page, message, card);
      },

      async waitForReply(textRegex, timeoutMs = 15_000, opts = {}) {
        const since = opts.since ?? mark;
        const re = stripGlobal(textRegex);
        let index = -1;
        await poll(async () => {
          const hit = (await botMessages(page)).filter((m) => m.index >= since).reverse().find((m) => re.test(m.text));
          index = hit ? hit.index : -1;
          return !!hit;
        }, timeoutMs, async () => `no reply matching ${textRegex} arrived within ${timeoutMs} ms; the bot's messages since #${since}:\n${describeMessages(await botMessages(page), since)}`);
        return botMessageLocator(page, index);
      },

      botMessages: () => botMessages(page),

      async lastBotMessageText() {
        const all = await botMessages(page);
        return all.length ? all[all.length - 1].text : '';
      },

      async screenshot(stepName, opts = {}) {
        const n = opts.step ?? currentStep?.n ?? ++screenshotCounter;
        const base = `${String(n).padStart(2, '0')}-${slug(stepName)}`;
        const file = path.join(RESULTS_DIR, `${base}.png`);
        const element = opts.element;
        if (!element) {
          await page.screenshot({ path: file });
          return file;
        }
        await element.scrollIntoViewIfNeeded();
        const box = await element.boundingBox();
        const size = page.viewportSize() ?? viewport;
        const grow = box && box.height + 250 > size.height;
        if (grow) {
          await page.setViewportSize({ width: size.width, height: Math.min(Math.ceil(box.height) + 350, 6000) });
          await element.scrollIntoViewIfNeeded();
        }
        try {
          await page.screenshot({ path: file });
          await element.screenshot({ path: path.join(RESULTS_DIR, `${base}-detail.png`) });
        } finally {
          if (grow) await page.setViewportSize(size);
        }
        return file;
      },

      pageText: () => bodyText(page),

      async playgroundLog() {
        const panel = await logPanelLines(page).catch((err: unknown) => [`(could not read the Log Panel: ${String(err)})`]);
        return `Log Panel:\n${panel.join('\n')}\n\nPlayground process output:\n${playgroundOutput()}`;
      },

      chaserLog: (lines = 80) => chaserLogStream.tail(lines),

      async problems() {
        const label = currentStep ? `step ${currentStep.n} (${currentStep.name})` : 'before or between steps';
        const now: Array<Omit<Problem, 'step'>> = [
          ...logPanelProblems(await logPanelLines(page).catch(() => [])).map((text) => ({ source: 'log panel' as const, text })),
          ...browserLog.errors().map((e) => ({ source: 'browser' as const, text: `${e.kind}: ${e.text}` })),
          ...chaserLogStream.errors().map((text) => ({ source: 'chaser' as const, text })),
          ...playgroundOutput().split('\n').filter((l) => /\berror\b/i.test(l)).map((text) => ({ source: 'playground process' as const, text })),
        ];
        for (const p of now) {
          const key = `${p.source}|${p.text}`;
          if (!seenProblems.has(key)) seenProblems.set(key, { ...p, step: label });
        }
        return [...seenProblems.values()];
      },

      async diagnostics() {
        const section = (title: string, body: string) => `\n===== ${title} =====\n${body}`;
        const safe = async (f: () => Promise<string>) => f().catch((err: unknown) => `(unavailable: ${String(err)})`);
        return [
          section('Page text (what the user sees)', lastChars(await safe(() => e2e.pageText()), 8000)),
          section('Playground log', lastChars(await safe(() => e2e.playgroundLog()), 6000)),
          section('Browser console errors, page errors, failed requests', lastChars(browserLog.format(), 4000)),
          section('Chaser log (last lines)', lastChars(chaserLogStream.tail(60), 6000)),
        ].join('\n');
      },

      async step<T extends Locator | void>(n: number, name: string, body: () => Promise<T>): Promise<T> {
        currentStep = { n, name };
        try {
          let result: T;
          try {
            result = await body();
          } catch (err) {
            const shot = await e2e.screenshot(`${name}-FAILED`, { step: n }).catch((e: unknown) => `(no screenshot: ${String(e)})`);
            throw new E2EStepError(n, name, err, shot, await e2e.diagnostics());
          }
          await e2e.problems(); // attribute anything that went wrong to this step
          try {
            await e2e.screenshot(name, { step: n, element: result || undefined });
          } catch (err) {
            throw new E2EStepError(n, name, err, '(the screenshot itself failed)', await e2e.diagnostics());
          }
          return result;
        } finally {
          currentStep = null;
        }
      },

      async playgroundConversation(timeoutMs = 10_000) {
        let record: ConversationRecord | null = null;
        await poll(async () => {
          record = await chaser.store.conversations.findPersonal(PLAYGROUND_USER.aadObjectId);
          return !!record;
        }, timeoutMs, () => `Chaser has not stored the Playground user's conversation (${PLAYGROUND_USER.aadObjectId})`);
        return record!;
      },

      async sendProactive(activity) {
        const record = await e2e.playgroundConversation();
        const adapter = createAdapter(config);
        await adapter.continueConversationAsync(config.appId ?? '', record.reference as Partial<ConversationReference>, async (context) => {
          await context.sendActivity(activity);
        });
      },

      stop: (() => {
        let stopping: Promise<void> | null = null;
        return () => (stopping ??= runCleanups());
      })(),
    };
    return e2e;
  } catch (err) {
    await runCleanups();
    const reason = err instanceof Error ? err.message : String(err);
    const setupError = new Error(`E2E setup failed (before step 1: Chaser, the Playground or Chromium did not start): ${reason}\n\n===== Chaser log (last lines) =====\n${lastChars(chaserLogStream.tail(40), 6000)}`);
    if (err instanceof Error && err.stack) setupError.stack = `${setupError.message}\n--- cause ---\n${err.stack}`;
    throw setupError;
  }
}

/** A step of the journey failed: says which, and carries what the user saw and what the Playground logged. */
export class E2EStepError extends Error {
  constructor(readonly step: number, readonly stepName: string, cause: unknown, screenshot: string, diagnostics: string) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`E2E step ${step} (${stepName}) failed: ${reason}\nScreenshot: ${screenshot}\n${diagnostics}`);
    this.name = 'E2EStepError';
    if (cause instanceof Error && cause.stack) this.stack = `${this.name}: ${this.message}\n--- cause ---\n${cause.stack}`;
  }
}

/**
 * Waits until the Playground has opened the conversation (installationUpdate answered) and the bot's
 * welcome, if any, has arrived: no new bot message for a second.
 */
async function waitForSettledChat(page: Page): Promise<void> {
  await poll(async () => (await logPanelLines(page)).some((l) => /installationUpdate \d{3}/.test(l)), 20_000,
    async () => `the Playground never opened the conversation with the bot; Log Panel:\n${(await logPanelLines(page)).join('\n')}`);
  let last = -1;
  let stableSince = Date.now();
  const until = Date.now() + 10_000;
  while (Date.now() < until) {
    const count = (await botMessages(page)).length;
    if (count !== last) {
      last = count;
      stableSince = Date.now();
    } else if (Date.now() - stableSince >= 1000) {
      return;
    }
    await sleep(150);
  }
}

/**
 * Screenshots from an earlier run would mislead whoever looks at the folder: they are removed once per
 * jest run (recognised by the run's Azurite, which global-setup starts afresh), not per test file.
 */
function clearOldScreenshots(): void {
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const marker = path.join(RESULTS_DIR, '.run');
  const runId = `azurite-port-${readTestAzurite().port}`;
  if (fs.existsSync(marker) && fs.readFileSync(marker, 'utf8') === runId) return;
  for (const f of fs.readdirSync(RESULTS_DIR)) if (/\.png$/.test(f)) fs.rmSync(path.join(RESULTS_DIR, f));
  fs.writeFileSync(marker, runId);
}

async function poll(check: () => Promise<boolean>, timeoutMs: number, describe: () => string | Promise<string>): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() >= until) throw new Error(await describe());
    await sleep(150);
  }
}

function describeMessages(all: BotMessageView[], since: number): string {
  const shown = all.filter((m) => m.index >= since);
  if (!shown.length) return '  (none)';
  return shown.map((m) => `  #${m.index}${m.cards.length ? ` [${m.cards.length} card(s)]` : ''}: ${m.text.replace(/\s+/g, ' ').slice(0, 300)}`).join('\n');
}

function stripGlobal(re: RegExp): RegExp {
  return re.global || re.sticky ? new RegExp(re.source, re.flags.replace(/[gy]/g, '')) : re;
}

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'step';
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
