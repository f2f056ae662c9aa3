import { randomUUID } from 'crypto';
import { silentLogger } from '../../log';
import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';
import { formatTable } from '../format-table';

/** `chaser remind --dry-run [--json]`: what the sweep would send now (CHASER_NOW sets "now"). */
export const remindCommand: Command = {
  name: 'remind',
  summary: 'Show what the reminder sweep would send now, and leads nobody can be reached for',
  usage: 'chaser remind --dry-run [--json] [--any-time]   (the bot sends; the CLI only previews)',
  options: { 'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, 'any-time': { type: 'boolean' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values }, context) {
    const ctx = context as CliContext;
    if (!values['dry-run']) throw new UsageError('The CLI only previews reminders (--dry-run); the running bot sends them, or POST /api/jobs/reminders.');
    const messenger = { send: async () => ({ ok: false as const, blocked: false, error: 'dry run' }) };
    const { composeJobs } = await import('../../app/compose');
    const jobs = composeJobs({ store: ctx.store, clock: ctx.clock, calendar: ctx.calendar, log: silentLogger, messenger }, { digestSchedule: ctx.config.digestSchedule }, `cli-${randomUUID().slice(0, 6)}`);
    const report = await jobs.sweep({ dryRun: true, force: Boolean(values['any-time']) });
    if (values.json) {
      ctx.io.out(JSON.stringify(report, null, 2));
      return 0;
    }
    if (report.skipped) {
      ctx.io.out(`Nothing would be sent at this moment: ${report.skipped}. Add --any-time to see what today's sweep would send.`);
      return 0;
    }
    ctx.io.out(`Reminders due on ${report.today}:`);
    ctx.io.out(report.reminders.length ? formatTable(['Action', 'Stage', 'Lead', 'Recipients'], report.reminders.map((r) => [r.reference, r.stage, r.lead, r.recipients.join(', ') || '(nobody)'])) : '  none');
    if (report.escalations.length) ctx.io.out(`\nEscalations to the secretariat:\n${formatTable(['Action', 'Stage'], report.escalations.map((e) => [e.reference, e.stage]))}`);
    if (report.unreachable.length) ctx.io.out(`\nLeads nobody can be reached for:\n${report.unreachable.map((u) => `  - ${u.lead}: ${u.reason}`).join('\n')}`);
    return 0;
  },
};
