import * as fs from 'fs';
import * as path from 'path';
import { randomUUID } from 'crypto';
import { isIsoDate } from '../../domain/calendar-date';
import { Clock, fixedClock } from '../../domain/clock';
import type { DigestScope } from '../../domain/digest';
import { DIGEST_HOUR } from '../../domain/digest/digest-week';
import { londonInstant } from '../../domain/london-time';
import { DEFAULT_TITLE, ExportInput } from '../../export/export-input';
import { buildWeeklyDigest } from '../../app/digest/build-weekly-digest';
import { registerTrend } from '../../app/digest/register-trend';
import { silentLogger } from '../../log';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';
import { requireSecretariat } from '../../app/access/require-secretariat';

const FORMATS = ['md', 'docx', 'xlsx', 'csv', 'json'] as const;
type Format = (typeof FORMATS)[number];
/** Binary formats never go to the terminal: without --out they are written beside the user. */
const BINARY: ReadonlySet<Format> = new Set<Format>(['docx', 'xlsx']);
const WHAT: Record<Format, string> = { md: 'digest', docx: 'board paper', xlsx: 'register', csv: 'register', json: 'digest data' };

/** `chaser digest …`: the weekly digest now, in a format for people or machines; `digest send` runs the weekly job. */
export const digestCommand: Command = {
  name: 'digest',
  summary: 'The weekly digest now (md, the docx board paper, xlsx/csv register, json), or send it',
  usage: 'chaser digest [--as-of YYYY-MM-DD] [--format md|docx|xlsx|csv|json] [--out FILE] [--lead X] [--board CODE] | digest send [--dry-run]',
  options: {
    'as-of': { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, lead: { type: 'string' }, board: { type: 'string' },
    'dry-run': { type: 'boolean' }, as: { type: 'string' },
  },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    const clock = asOfClock(values['as-of']) ?? ctx.clock;
    const [verb, ...extra] = positionals;
    if ((verb && verb !== 'send') || extra.length) throw new UsageError(`Unknown digest command "${positionals.join(' ')}".`);
    await requireSecretariat(ctx.actor, ctx, 'export or send the digest');
    if (verb === 'send') return sendNow(ctx, clock, Boolean(values['dry-run']));
    const format = formatOf(values.format);
    const scope: DigestScope = {};
    if (typeof values.lead === 'string' && values.lead.trim()) scope.lead = values.lead.trim();
    if (typeof values.board === 'string' && values.board.trim()) scope.boardCode = values.board.trim().toUpperCase();
    const { digest, actions } = await buildWeeklyDigest({ store: ctx.store, clock, calendar: ctx.calendar }, scope);
    const scoped = [scope.lead, scope.boardCode].filter(Boolean).join(', ');
    const input: ExportInput = { digest, actions, generatedAt: clock.now(), title: scoped ? `${DEFAULT_TITLE} for ${scoped}` : undefined, marking: ctx.config.protectiveMarking };
    // Only the paper draws the trend, from the history (one read per action changed in the last twelve weeks).
    if (format === 'docx') input.trend = await registerTrend(actions, { store: ctx.store, clock });
    const out = typeof values.out === 'string' && values.out ? values.out : BINARY.has(format) ? `digest-${digest.asOf}.${format}` : null;
    const content = await render(format, input);
    if (!out) {
      ctx.io.out(typeof content === 'string' ? content.replace(/^\uFEFF/, '') : content.toString('utf8'));
      return 0;
    }
    const file = path.resolve(out);
    fs.writeFileSync(file, content);
    ctx.io.out(`Wrote the ${WHAT[format]} as of ${digest.asOf} (${digest.counts.total} actions, ${Math.ceil(Buffer.byteLength(content) / 1024)} KB) to ${file}`);
    return 0;
  },
};

/** Each format's writer is loaded when asked for (docx and xlsx writers are heavy: the CLI starts without them). */
async function render(format: Format, input: ExportInput): Promise<Buffer | string> {
  switch (format) {
    case 'md': return (await import('../../export/digest-markdown')).digestMarkdown(input);
    case 'json': return `${JSON.stringify((await import('../../export/digest-json')).digestJson(input), null, 2)}\n`;
    case 'csv': return (await import('../../export/register-csv')).registerCsv(input);
    case 'docx': return (await import('../../export/board-paper-docx')).boardPaperDocx(input);
    case 'xlsx': return (await import('../../export/register-xlsx')).registerXlsx(input);
  }
}

function formatOf(value: unknown): Format {
  if (value === undefined) return 'md';
  const format = String(value).toLowerCase().replace(/^markdown$/, 'md');
  if ((FORMATS as readonly string[]).includes(format)) return format as Format;
  throw new UsageError(`--format must be one of ${FORMATS.join(', ')} (got "${String(value)}").`);
}

/** `--as-of 2022-05-09`: the digest as it would have been at 08:00 London that day. */
function asOfClock(value: unknown): Clock | null {
  if (value === undefined) return null;
  if (typeof value !== 'string' || !isIsoDate(value)) throw new UsageError(`--as-of must be a real date as YYYY-MM-DD, e.g. 2022-05-09 (got "${String(value)}").`);
  return fixedClock(londonInstant(value, DIGEST_HOUR));
}

/** Runs the weekly job now (forced: whatever the schedule), through Teams as the bot would. */
async function sendNow(ctx: CliContext, clock: Clock, dryRun: boolean): Promise<number> {
  const { config } = ctx;
  // Teams (botbuilder) and the jobs are loaded only when the digest is sent.
  const [{ createAdapter }, { createProactiveMessenger }, { composeJobs }] = await Promise.all([import('../../teams/adapter'), import('../../teams/proactive-messenger'), import('../../app/compose')]);
  const messenger = createProactiveMessenger(createAdapter(config), config.appId ?? '', silentLogger, { perSecond: config.sendPerSecond, budget: ctx.store.sendBudget, attempts: 4, backoffMs: 500 });
  const jobs = composeJobs({ store: ctx.store, clock, calendar: ctx.calendar, log: silentLogger, messenger }, { digestSchedule: config.digestSchedule }, `cli-${randomUUID().slice(0, 8)}`);
  const report = await jobs.digest({ dryRun, force: true });
  if (report.skipped) {
    ctx.io.out(`Digest not sent: ${report.skipped}.`);
    return 1;
  }
  ctx.io.out(`Weekly digest as of ${report.asOf} (${report.week})${dryRun ? ', dry run' : ''}:`);
  for (const r of report.recipients) ctx.io.out(`  ${r.name} [${r.recipient}] (${r.scope}): ${r.outcome}`);
  return report.recipients.some((r) => ['failed', 'unreachable', 'blocked'].includes(r.outcome)) ? 1 : 0;
}
