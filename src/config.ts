import * as fs from 'fs';
import * as path from 'path';
import { Cron } from 'croner';
import { z } from 'zod';
import { BOARD_TIME_ZONE } from './domain/london-time';
import { ChaserError } from './errors';

/**
 * Every setting Chaser reads, validated once at start. Nothing else reads `process.env`.
 * Each entry: the environment name, a doc line, a default (for a local start) and a schema.
 * The README's Configuration table is checked against this list by a test.
 */
interface Setting<T> {
  env: string;
  doc: string;
  /** The default as a user would write it in `.env` ('' = unset). */
  default: string;
  schema: z.ZodType<T, z.ZodTypeDef, string | undefined>;
}

const text = (fallback: string) => z.string().trim().optional().transform((v) => (v === undefined || v === '' ? fallback : v));
const optionalText = () => z.string().trim().optional().transform((v) => (v ? v : undefined));
const flag = (fallback: boolean) =>
  z.string().trim().toLowerCase().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return fallback;
    if (['1', 'true', 'yes', 'on'].includes(v)) return true;
    if (['0', 'false', 'no', 'off'].includes(v)) return false;
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected true or false, got "${v}"` });
    return z.NEVER;
  });
const port = (fallback: number) =>
  z.string().trim().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 65535) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a port number 0-65535, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
const list = () => z.string().optional().transform((v) => (v ?? '').split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean));
const instant = () =>
  z.string().trim().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return undefined;
    // A bare date means 09:00 London that day is not assumed: it is midnight UTC; say the time to be exact.
    const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
    if (Number.isNaN(at.getTime())) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected an ISO date-time such as 2022-05-09T08:59:00+01:00, got "${v}"` });
      return z.NEVER;
    }
    return at;
  });
const cron = (fallback: string) =>
  z.string().trim().optional().transform((v, ctx) => {
    const pattern = v === undefined || v === '' ? fallback : v;
    try {
      new Cron(pattern, { paused: true, timezone: BOARD_TIME_ZONE }).stop();
    } catch (err) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a cron pattern such as "0 9 * * 1-5", got "${pattern}" (${(err as Error).message})` });
      return z.NEVER;
    }
    return pattern;
  });
/** `the Met=MPS; Metropolitan Police=MPS`: other names people use for a lead, each mapped to the lead as the register writes it. */
const aliases = () =>
  z.string().optional().transform((v, ctx) => {
    const out: Record<string, string> = {};
    for (const pair of (v ?? '').split(';').map((p) => p.trim()).filter(Boolean)) {
      const [alias, lead] = pair.split('=').map((x) => x?.trim() ?? '');
      if (!alias || !lead) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected ALIAS=LEAD pairs separated by ';', got "${pair}"` });
        return z.NEVER;
      }
      out[alias] = lead;
    }
    return out;
  });
const positiveNumber = (fallback: number) =>
  z.string().trim().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a positive number, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
const wholeNumber = (fallback: number, max: number) =>
  z.string().trim().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return fallback;
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > max) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected a whole number from 0 to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
const oneOf = <T extends string>(values: readonly [T, ...T[]], fallback: T) =>
  z.string().trim().optional().transform((v, ctx) => {
    if (v === undefined || v === '') return fallback;
    const found = values.find((x) => x.toLowerCase() === v.toLowerCase());
    if (!found) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `expected one of ${values.join(', ')}, got "${v}"` });
      return z.NEVER;
    }
    return found;
  });

export const SETTINGS = {
  port: { env: 'PORT', doc: 'HTTP port for /api/messages, /healthz and the job triggers.', default: '3978', schema: port(3978) },
  host: {
    env: 'CHASER_HOST',
    doc: 'Interface to listen on. Default: 127.0.0.1 when no app id is set (authentication off), else 0.0.0.0.',
    default: '',
    schema: optionalText(),
  },
  appId: { env: 'MICROSOFT_APP_ID', doc: 'Bot (Entra app) id. Unset = local mode: no authentication, loopback only.', default: '', schema: optionalText() },
  appPassword: { env: 'MICROSOFT_APP_PASSWORD', doc: 'Client secret of the bot app (not needed with a managed identity).', default: '', schema: optionalText() },
  appTenantId: { env: 'MICROSOFT_APP_TENANT_ID', doc: 'Tenant of a single-tenant bot or managed identity.', default: '', schema: optionalText() },
  appType: {
    env: 'MICROSOFT_APP_TYPE',
    doc: 'How the bot authenticates: SingleTenant, MultiTenant or UserAssignedMSI.',
    default: 'SingleTenant',
    schema: oneOf(['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const, 'SingleTenant'),
  },
  graph: {
    env: 'CHASER_GRAPH',
    doc: "Look leads up in Microsoft Graph with the bot's identity when they are mapped (by UPN or e-mail address); needs the User.Read.All application permission. false, or no MICROSOFT_APP_ID = mappings are stored unverified.",
    default: 'true',
    schema: flag(true),
  },
  graphUrl: {
    env: 'CHASER_GRAPH_URL',
    doc: 'Microsoft Graph base URL (national clouds, or a local stand-in in tests).',
    default: 'https://graph.microsoft.com/v1.0',
    schema: text('https://graph.microsoft.com/v1.0'),
  },
  installForLeads: {
    env: 'CHASER_INSTALL_FOR_LEADS',
    doc: "Install Chaser through Microsoft Graph for mapped people it cannot reach yet (TeamsAppInstallation.ReadWriteSelfForUser.All and AppCatalog.Read.All). false where admins pre-install apps by policy: Chaser then reports who lacks it.",
    default: 'true',
    schema: flag(true),
  },
  teamsAppId: {
    env: 'CHASER_TEAMS_APP_ID',
    doc: "The Teams app's manifest id (TEAMS_APP_ID), used to find Chaser in the organisation's app catalogue for installation. Unset = installation is reported as not possible.",
    default: '',
    schema: optionalText(),
  },
  storageConnectionString: {
    env: 'CHASER_STORAGE_CONNECTION_STRING',
    doc: 'Azure Storage connection string for the tables. Unset (and no account URL) = embedded Azurite.',
    default: '',
    schema: optionalText(),
  },
  storageAccountUrl: {
    env: 'CHASER_STORAGE_ACCOUNT_URL',
    doc: 'Table endpoint such as https://ACCOUNT.table.core.windows.net, used with DefaultAzureCredential (managed identity).',
    default: '',
    schema: optionalText(),
  },
  tablePrefix: { env: 'CHASER_TABLE_PREFIX', doc: 'Prefix of every table name (letters and digits), so several registers can share an account.', default: 'chaser', schema: text('chaser') },
  dataDir: { env: 'CHASER_DATA_DIR', doc: 'Folder where the embedded Azurite keeps its data on disk.', default: '.data', schema: text('.data') },
  azuritePort: { env: 'CHASER_AZURITE_PORT', doc: 'Port of the embedded Azurite Table service (reused if one already listens there).', default: '10002', schema: port(10002) },
  azuriteInMemory: { env: 'CHASER_AZURITE_IN_MEMORY', doc: 'Keep the embedded Azurite in memory only (nothing written to the data folder).', default: 'false', schema: flag(false) },
  playground: {
    env: 'CHASER_PLAYGROUND',
    doc: 'Start the Microsoft 365 Agents Playground with `npm start` (local mode only).',
    default: 'true',
    schema: flag(true),
  },
  playgroundPort: { env: 'CHASER_PLAYGROUND_PORT', doc: 'Port of the Agents Playground web page and its local connector.', default: '56150', schema: port(56150) },
  now: {
    env: 'CHASER_NOW',
    doc: "Run 'as of' this instant (ISO date-time); the clock then moves on from it. Demos and tests.",
    default: '',
    schema: instant(),
  },
  demoData: { env: 'CHASER_DEMO_DATA', doc: 'On a local start with an empty register, load the seed actions as demo data.', default: 'true', schema: flag(true) },
  leadAliases: {
    env: 'CHASER_LEAD_ALIASES',
    doc: "Other names people use for a lead in chat, as ALIAS=LEAD pairs separated by ';' (e.g. the Met=MPS; Metropolitan Police=MPS). Empty = none.",
    default: '',
    schema: aliases(),
  },
  allowedTenants: {
    env: 'CHASER_ALLOWED_TENANTS',
    doc: "Microsoft 365 tenant ids allowed to use Chaser (comma separated); activities from other tenants are refused and logged. A tenant is the one Teams gives on the activity (and the tab's token): a guest counts as the tenant they are a guest in, never their home tenant. Empty = any.",
    default: '',
    schema: list(),
  },
  admins: {
    env: 'CHASER_ADMINS',
    doc: 'Secretariat users (AAD object ids or UPNs, comma separated) who have full rights from the start.',
    default: '',
    schema: list(),
  },
  logLevel: {
    env: 'CHASER_LOG_LEVEL',
    doc: 'Log level: fatal, error, warn, info, debug, trace or silent.',
    default: 'info',
    schema: oneOf(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const, 'info'),
  },
  logFormat: {
    env: 'CHASER_LOG_FORMAT',
    doc: 'Log lines as json (for log collectors) or text (readable in a terminal). auto = text locally, json with an app id.',
    default: 'auto',
    schema: oneOf(['auto', 'json', 'text'] as const, 'auto'),
  },
  boardName: {
    env: 'CHASER_BOARD_NAME',
    doc: 'The board Chaser serves, as named in the help card and the digest title.',
    default: 'MOPAC MPS Oversight Board',
    schema: text('MOPAC MPS Oversight Board'),
  },
  protectiveMarking: {
    env: 'CHASER_PROTECTIVE_MARKING',
    doc: 'Protective marking printed in the header and footer of the board paper and the register workbook (e.g. OFFICIAL, OFFICIAL-SENSITIVE). Empty = none.',
    default: '',
    schema: optionalText(),
  },
  scheduler: {
    env: 'CHASER_SCHEDULER',
    doc: 'Run the reminder sweep and the digest on the in-process schedule. Turn off when a platform scheduler calls the job triggers.',
    default: 'true',
    schema: flag(true),
  },
  reminderSchedule: {
    env: 'CHASER_REMINDER_SCHEDULE',
    doc: 'When the reminder sweep runs (cron, Europe/London). Reminders only go on business days.',
    default: '0 9 * * 1-5',
    schema: cron('0 9 * * 1-5'),
  },
  digestSchedule: {
    env: 'CHASER_DIGEST_SCHEDULE',
    doc: 'When the weekly digest is posted (cron, Europe/London).',
    default: '0 8 * * 1',
    schema: cron('0 8 * * 1'),
  },
  paperDeadlineDays: {
    env: 'CHASER_PAPER_DEADLINE_DAYS',
    doc: 'Days before a meeting its papers are due: a timing tied to a meeting the calendar knows ("by the next meeting", "July Board") is due that many days before it.',
    default: '7',
    schema: wholeNumber(7, 90),
  },
  packBusinessDays: {
    env: 'CHASER_PACK_BUSINESS_DAYS',
    doc: "Business days before each meeting the secretariat receives the action log for the meeting's pack (matters arising).",
    default: '10',
    schema: wholeNumber(10, 60),
  },
  importHoldSeconds: {
    env: 'CHASER_IMPORT_HOLD_SECONDS',
    doc: 'Seconds an import is held by the process writing it: one cut short (a crash, a restart) is finished by the next start after that. 0 finishes it at once (safe when only one process imports).',
    default: '600',
    schema: wholeNumber(600, 86_400),
  },
  sendPerSecond: {
    env: 'CHASER_SEND_PER_SECOND',
    doc: 'Proactive messages per second for the app, every instance together: they share it through the storage account (a row in the Leases table). Teams allows about 30-50 per app per tenant; Chaser paces 2% under this and slows down when Teams answers 429.',
    default: '15',
    schema: positiveNumber(15),
  },
  identityCacheSeconds: {
    env: 'CHASER_IDENTITY_CACHE_SECONDS',
    doc: "Seconds each instance reuses who a person is (admin, digest recipient, lead, their chat) before reading it again; this instance's own changes show at once, another instance's within this time. 0 = read every time.",
    default: '60',
    schema: wholeNumber(60, 3600),
  },
  leadsSeeAll: {
    env: 'CHASER_LEADS_SEE_ALL',
    doc: 'Leads may ask about every action (true) or only their own (false).',
    default: 'true',
    schema: flag(true),
  },
  openToTenant: {
    env: 'CHASER_OPEN_TO_TENANT',
    doc: 'Anyone in the tenant may ask questions (read only), not just admins, leads and digest recipients.',
    default: 'false',
    schema: flag(false),
  },
  tabDomain: {
    env: 'CHASER_TAB_DOMAIN',
    doc: 'Public host name the register tab is served from (the bot domain, e.g. chaser.example.org). With MICROSOFT_APP_ID, Teams single sign-on tokens must be for api://<this>/<app id>; unset = the tab refuses every request in production.',
    default: '',
    schema: optionalText(),
  },
  openAiEndpoint: {
    env: 'AZURE_OPENAI_ENDPOINT',
    doc: 'Azure OpenAI endpoint (https://NAME.openai.azure.com). With the key and deployment, questions the rules do not understand go to the model (read-only).',
    default: '',
    schema: optionalText(),
  },
  openAiKey: { env: 'AZURE_OPENAI_API_KEY', doc: 'Azure OpenAI key.', default: '', schema: optionalText() },
  openAiDeployment: { env: 'AZURE_OPENAI_DEPLOYMENT', doc: 'Azure OpenAI chat model deployment name (one that supports tool calls).', default: '', schema: optionalText() },
  dueHorizonYears: {
    env: 'CHASER_DUE_HORIZON_YEARS',
    doc: 'How far ahead of today a revised due date typed in a card, chat or the CLI may be, in years; a later one (or one before the meeting) is refused as a slip. Imported dates are flagged, never refused.',
    default: '10',
    schema: positiveNumber(10),
  },
  jobsSecret: {
    env: 'CHASER_JOBS_SECRET',
    doc: 'Shared secret a scheduler sends in the X-Chaser-Jobs-Secret header to trigger jobs over HTTP. Unset = triggers off.',
    default: '',
    schema: optionalText(),
  },
} satisfies Record<string, Setting<unknown>>;

type Settings = typeof SETTINGS;
type Values = { [K in keyof Settings]: z.output<Settings[K]['schema']> };

export type StorageTarget =
  | { kind: 'azurite'; port: number; dataDir: string | null }
  | { kind: 'connection-string'; connectionString: string }
  | { kind: 'account-url'; accountUrl: string };

/** The validated configuration, shaped for its users. */
export interface Config extends Values {
  /** True when no app id is set: no authentication, embedded storage by default, loopback only. */
  local: boolean;
  storage: StorageTarget;
  /** The interface actually listened on. */
  listenHost: string;
}

/** A setting could not be used: the message names it and says what was expected. */
export class ConfigError extends ChaserError {
  constructor(message: string) {
    super('config-invalid', message);
  }
}

/** Reads and validates every setting; throws one ConfigError listing all the problems. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const values: Partial<Values> = {};
  const problems: string[] = [];
  for (const [key, setting] of Object.entries(SETTINGS) as [keyof Settings, Setting<unknown>][]) {
    const parsed = setting.schema.safeParse(env[setting.env]);
    if (parsed.success) (values as Record<string, unknown>)[key] = parsed.data;
    else problems.push(`${setting.env}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  const v = values as Values;
  if (!problems.length) problems.push(...crossChecks(v));
  if (problems.length) {
    throw new ConfigError(`Chaser cannot start: ${problems.length === 1 ? 'a setting is' : 'settings are'} not valid.\n  ${problems.join('\n  ')}`);
  }
  const local = !v.appId;
  return {
    ...v,
    local,
    listenHost: v.host ?? (local ? '127.0.0.1' : '0.0.0.0'),
    storage: storageTarget(v, cwd),
  };
}

function crossChecks(v: Values): string[] {
  const problems: string[] = [];
  if (v.storageConnectionString && v.storageAccountUrl) {
    problems.push('CHASER_STORAGE_CONNECTION_STRING and CHASER_STORAGE_ACCOUNT_URL are both set: choose one.');
  }
  if (v.storageAccountUrl && !/^https?:\/\/[^\s/]+/.test(v.storageAccountUrl)) {
    problems.push(`CHASER_STORAGE_ACCOUNT_URL: expected a URL such as https://ACCOUNT.table.core.windows.net, got "${v.storageAccountUrl}"`);
  }
  if (!/^[A-Za-z][A-Za-z0-9]{0,40}$/.test(v.tablePrefix)) {
    problems.push(`CHASER_TABLE_PREFIX: expected letters and digits starting with a letter (at most 41), got "${v.tablePrefix}"`);
  }
  const openAi = [v.openAiEndpoint, v.openAiKey, v.openAiDeployment].filter(Boolean).length;
  if (openAi > 0 && openAi < 3) {
    problems.push('AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY and AZURE_OPENAI_DEPLOYMENT go together: set all three or none.');
  }
  if (v.appId && v.appType !== 'UserAssignedMSI' && !v.appPassword) {
    problems.push('MICROSOFT_APP_PASSWORD: required when MICROSOFT_APP_ID is set (or set MICROSOFT_APP_TYPE=UserAssignedMSI).');
  }
  if (v.appId && v.appType !== 'MultiTenant' && !v.appTenantId) {
    problems.push(`MICROSOFT_APP_TENANT_ID: required for MICROSOFT_APP_TYPE=${v.appType}.`);
  }
  return problems;
}

function storageTarget(v: Values, cwd: string): StorageTarget {
  if (v.storageConnectionString) return { kind: 'connection-string', connectionString: v.storageConnectionString };
  if (v.storageAccountUrl) return { kind: 'account-url', accountUrl: v.storageAccountUrl };
  return { kind: 'azurite', port: v.azuritePort, dataDir: v.azuriteInMemory ? null : path.resolve(cwd, v.dataDir) };
}

/** Reads `.env` in `cwd` into the environment, if there is one (values already set win). */
export function loadDotEnv(cwd = process.cwd()): void {
  const file = path.join(cwd, '.env');
  if (!fs.existsSync(file)) return;
  const before = { ...process.env };
  process.loadEnvFile(file);
  Object.assign(process.env, before);
}

/** The settings as rows (env, default, doc) for the README table and `chaser config`. */
export function settingRows(): { env: string; default: string; doc: string }[] {
  return Object.values(SETTINGS as Record<string, Setting<unknown>>).map(({ env, default: d, doc }) => ({ env, default: d, doc }));
}
