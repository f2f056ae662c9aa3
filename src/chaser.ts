import { randomUUID } from 'crypto';
import type * as restify from 'restify';
import type { Config } from './config';
import { BusinessCalendar, englandAndWalesCalendar } from './domain/business-days';
import { Clock, offsetClock, systemClock } from './domain/clock';
import { isDigestRecipient } from './app/digest/digest-access';
import { addJobRoutes } from './http/job-routes';
import { addTabRoutes } from './http/tab-routes';
import { LocalFileDrop } from './http/local-files';
import { tabIdentityFor } from './http/tab-identity';
import { registerLinksFor } from './cards/register-links';
import { PLAYGROUND_USER } from './local/playground';
import { connectorReadiness } from './teams/connector-readiness';
import type { ReadinessCheck } from './http/readiness';
import { azureOpenAiQuestionModel } from './llm/azure-openai-question-model';
import type { DigestJobReport } from './app/digest/send-weekly-digest';
import type { PackJobReport } from './app/meetings/send-meeting-packs';
import { composeJobs } from './app/compose';
import { directoryFor, installerFor } from './graph/graph-from-config';
import type { Messenger } from './app/delivery/messenger';
import { startScheduler } from './jobs/scheduler';
import type { SweepReport } from './app/reminders/send-due-reminders';
import type { Logger } from './log';
import { EmbeddedAzurite, startEmbeddedAzurite } from './store/embedded-azurite';
import { AzureStore, openStore } from './store/store';
import type { ImportDeps } from './app/imports/hold-import';
import { finishInterruptedImports } from './app/imports/finish-interrupted-imports';
import type { Store } from './app/ports';
import { createAdapter } from './teams/adapter';
import { createBot } from './teams/bot-app';
import { createProactiveMessenger } from './teams/proactive-messenger';
import { createConversationOpener } from './teams/conversation-opener';
import type { GraphToken } from './graph/graph-client';
import { closeServer, createServer, listen } from './server';

/** A running Chaser: what the entry point and the tests hold on to. */
export interface RunningChaser {
  store: AzureStore;
  clock: Clock;
  server: restify.Server;
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  /** Runs the reminder sweep now (the scheduler and the HTTP trigger call the same). */
  sweep(options?: { dryRun?: boolean; force?: boolean }): Promise<SweepReport>;
  /** Runs the weekly digest now (the schedule and the HTTP trigger call the same). */
  digest(options?: { dryRun?: boolean; force?: boolean }): Promise<DigestJobReport>;
  stop(): Promise<void>;
}

export interface StartOptions {
  log: Logger;
  /** Overrides the clock built from CHASER_NOW (tests inject a fixed one). */
  clock?: Clock;
  /** Overrides the Teams connector (tests and benchmarks use a stand-in). */
  messenger?: Messenger;
  /** A claim older than this is taken over by the next sweep (default 10 minutes). */
  claimTimeoutMs?: number;
  /** Sweep when someone new becomes reachable (default true; tests that sweep by hand turn it off). */
  sweepOnNewConversation?: boolean;
  /** How long stop() waits for sends in flight before giving up on them (their claims are retried later). */
  shutdownGraceMs?: number;
  /**
   * How files (the board paper) reach people: `consent`, Teams' file consent card (production); `download`,
   * a loopback link (local mode's default: the Playground shows no consent cards).
   */
  fileDelivery?: 'consent' | 'download';
  /**
   * Overrides how Chaser gets a Microsoft Graph token (tests: a Graph stand-in at CHASER_GRAPH_URL, which has no
   * Entra behind it). Default: the bot's own identity, when it has one.
   */
  graphToken?: GraphToken;
  /** Runs once storage is ready, before the server and the schedule start (the local demo loads its data here). */
  prepare?: (deps: { store: Store; clock: Clock; calendar: BusinessCalendar }) => Promise<void>;
}

/** Composition: storage (embedded Azurite when nothing else is configured), bot, jobs, HTTP server. */
export async function startChaser(config: Config, options: StartOptions): Promise<RunningChaser> {
  const { log } = options;
  let azurite: EmbeddedAzurite | null = null;
  if (config.storage.kind === 'azurite') {
    azurite = await startEmbeddedAzurite({ port: config.storage.port, dataDir: config.storage.dataDir ?? undefined });
    log.info({ port: azurite.port, dataDir: config.storage.dataDir ?? '(memory)', reused: !azurite.owned }, 'embedded Azurite ready');
  }
  const store = openStore(config.storage, config.tablePrefix, { settingsAdmins: config.admins, identityCacheMs: config.identityCacheSeconds * 1000 });
  let stopping: Promise<void> | null = null;
  const clock = options.clock ?? (config.now ? offsetClock(config.now) : systemClock);
  const calendar = englandAndWalesCalendar();
  await prepareRegister(store, log, { store, clock, calendar, paperDeadlineDays: config.paperDeadlineDays, importHoldMs: config.importHoldSeconds * 1000 });
  await options.prepare?.({ store, clock, calendar });

  const adapter = createAdapter(config);
  let sweep: (o?: { dryRun?: boolean; force?: boolean }) => Promise<SweepReport> = async () => { throw new Error('not ready'); };
  // A newly reachable person gets pending reminders (and this week's digest, if it is theirs) now, not at
  // the next scheduled run; after the reply is sent. Both jobs send each thing once, so repeats are harmless.
  const onNewConversation = () => setImmediate(() => void (async () => {
    await sweep();
    await digest();
  })().catch((err: unknown) => log.error({ err }, 'catch-up for a new conversation failed')));
  const messenger = options.messenger ?? createProactiveMessenger(adapter, config.appId ?? '', log, { perSecond: config.sendPerSecond, budget: store.sendBudget, attempts: 4, backoffMs: 500 });
  const instanceId = `chaser-${randomUUID().slice(0, 8)}`;
  const claimTimeoutMs = options.claimTimeoutMs ?? 10 * 60_000;
  let url = '';
  // "Open in the register" on the cards: the tab's own page locally (its URL is known once the server listens).
  const links = registerLinksFor(config, () => url);
  if (!links) log.warn('cards carry no "Open in the register": set CHASER_TEAMS_APP_ID (the Teams app id) for deep links to the tab');
  const files = (options.fileDelivery ?? (config.local ? 'download' : 'consent')) === 'download' ? new LocalFileDrop(() => url) : null;
  const bot = createBot(adapter, {
    protectiveMarking: config.protectiveMarking, offerDownload: files ? (name, bytes) => files.offer(name, bytes) : undefined,
    store, clock, calendar, log, boardName: config.boardName, dueHorizonYears: config.dueHorizonYears, leadAliases: config.leadAliases,
    paperDeadlineDays: config.paperDeadlineDays, importHoldMs: config.importHoldSeconds * 1000,
    leadsSeeAll: config.leadsSeeAll, openToTenant: config.openToTenant,
    onNewConversation: options.sweepOnNewConversation === false ? undefined : onNewConversation,
    allowedTenants: config.allowedTenants, stopping: () => stopping !== null,
    isRecipient: (actor) => isDigestRecipient(actor, store),
    chase: { messenger, instanceId, claimTimeoutMs, links }, links,
    questionModel: config.openAiEndpoint && config.openAiKey && config.openAiDeployment
      ? azureOpenAiQuestionModel({ endpoint: config.openAiEndpoint, apiKey: config.openAiKey, deployment: config.openAiDeployment }, log)
      : undefined,
  }, config.appId);
  // Microsoft Graph (find and install for leads) when the settings allow it; otherwise the sweep reports why not.
  // After installing, Chaser opens each new chat itself through the connector rather than wait for Teams.
  const { directory } = directoryFor(config, log, options.graphToken);
  const { installer, why } = installerFor(config, log, options.graphToken);
  const opener = createConversationOpener(adapter, { appId: config.appId ?? '', tenantId: config.appTenantId }, () => clock.now());
  const jobs = composeJobs({ store, clock, calendar, log, messenger, links, reach: { directory, installer, opener, installOffReason: why ?? undefined } }, {
    digestSchedule: config.digestSchedule, claimTimeoutMs,
    paperDeadlineDays: config.paperDeadlineDays, packBusinessDays: config.packBusinessDays,
  }, instanceId);
  // Every sweep in flight (scheduled, triggered, catch-up) is tracked so shutdown can let it finish.
  const inFlight = new Set<Promise<unknown>>();
  sweep = (o = {}) => {
    const running = jobs.sweep(o);
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running)).catch(() => undefined);
    return running;
  };
  const digest = (o: { dryRun?: boolean; force?: boolean } = {}): Promise<DigestJobReport> => {
    const running = jobs.digest(o);
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running)).catch(() => undefined);
    return running;
  };

  const server = createServer({
    bot, storage: store.health, log,
    readiness: { checks: [connectorReadiness(config)].filter((c): c is ReadinessCheck => c !== null), secret: config.jobsSecret },
  });
  const pack = (o: { dryRun?: boolean } = {}): Promise<PackJobReport> => {
    const running = jobs.pack(o);
    inFlight.add(running);
    void running.finally(() => inFlight.delete(running)).catch(() => undefined);
    return running;
  };
  // The register tab: the same store, clock and rights as chat; locally it acts as the Playground's user.
  addTabRoutes(server, {
    deps: {
      store, clock, calendar, log, leadsSeeAll: config.leadsSeeAll, openToTenant: config.openToTenant, isRecipient: (actor) => isDigestRecipient(actor, store),
      chase: { messenger, instanceId, claimTimeoutMs, links },
    },
    identity: tabIdentityFor(config, { id: PLAYGROUND_USER.aadObjectId, name: PLAYGROUND_USER.name, aliases: [PLAYGROUND_USER.upn] }),
  });
  files?.register(server);
  addJobRoutes(server, [{ name: 'reminders', run: sweep }, { name: 'digest', run: digest }, { name: 'pack', run: pack }], config.jobsSecret, log);
  await listen(server, config.port, config.listenHost);
  const address = server.address();
  url = `http://${config.listenHost === '0.0.0.0' ? '127.0.0.1' : config.listenHost}:${address.port}`;
  log.info({ url: `${url}/api/messages`, storage: store.health.describe() }, 'Chaser is listening');
  if (config.local) log.warn('authentication is off (no MICROSOFT_APP_ID): listening on loopback only');

  const scheduler = config.scheduler
    ? startScheduler([
      { name: 'reminders', pattern: config.reminderSchedule, run: () => sweep(), catchUpOnStart: true },
      { name: 'digest', pattern: config.digestSchedule, run: () => digest(), catchUpOnStart: true },
      // Matters arising: checked with the reminder sweep's schedule (business mornings); each pack goes once.
      { name: 'pack', pattern: config.reminderSchedule, run: () => pack(), catchUpOnStart: true },
    ], clock, log)
    : null;

  return {
    store,
    clock,
    server,
    url,
    sweep,
    digest,
    /**
     * Graceful shutdown: stop taking turns, let sends in flight finish (bounded), then close storage.
     * A sweep cut off here loses nothing: its claims are taken over by a later sweep.
     */
    stop() {
      stopping ??= (async () => {
        const closed = closeServer(server);
        const settled = Promise.allSettled([scheduler?.stop(), ...inFlight]);
        const grace = new Promise((r) => setTimeout(r, options.shutdownGraceMs ?? 20_000).unref());
        if ((await Promise.race([settled.then(() => 'done'), grace.then(() => 'late')])) === 'late') {
          log.warn({ sweeps: inFlight.size }, 'shutdown: sends still in flight were left for the next sweep');
        }
        await Promise.race([closed, grace]);
        await azurite?.stop();
      })();
      return stopping;
    },
  };
}

/**
 * Upgrades a register written by an earlier release, repairs an index left behind by a crash and finishes
 * imports (or undos) cut short. Storage may be down at start: then Chaser still starts (/healthz says 503)
 * and the next start tries again.
 */
async function prepareRegister(store: AzureStore, log: Logger, imports: ImportDeps): Promise<void> {
  try {
    const migrated = await store.migrate();
    if (migrated.historyEntries || migrated.deliveries || migrated.indexedActions || migrated.leadStatusIndexed) log.info(migrated, 'register upgraded to the current table layout');
    const repaired = await store.actions.repairIndex();
    if (repaired.repaired) log.warn(repaired, 'open-actions index repaired after an interrupted write');
    for (const cut of await finishInterruptedImports(imports)) log.warn(cut, `import of ${cut.fileName}: ${cut.outcome === 'held' ? 'still held by the process writing it; finished at a later start if that process stopped' : `${cut.outcome} after an interruption`}`);
  } catch (err) {
    log.error({ err }, 'could not check the register at start (storage unreachable?); will try again at the next start');
  }
}
