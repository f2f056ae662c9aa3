import { isIsoDate } from '../../domain/calendar-date';
import type { Status } from '../../domain/action';
import { actionReference } from '../../domain/action';
import { STATUS_WORDS } from '../../cards/action-view';
import { silentLogger } from '../../log';
import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';

const STATUS_ALIASES: Record<string, Status> = {
  complete: 'complete', completed: 'complete', done: 'complete', on_track: 'on_track', 'on-track': 'on_track', ontrack: 'on_track',
  green: 'on_track', amber: 'amber', 'at-risk': 'amber', red: 'red', 'off-track': 'red',
};

/** `chaser update <ref> --status amber --text "…" [--due YYYY-MM-DD]`: an update that came by letter or e-mail. */
export const updateCommand: Command = {
  name: 'update',
  summary: 'Record a status update (one that came by letter or e-mail)',
  usage: 'chaser update <ref> --status complete|on-track|amber|red --text "..." [--due YYYY-MM-DD] [--as <user>]   (ref: 5, "OB 21-Apr-2022 #5" or OB_2022-04-21_005)',
  options: { status: { type: 'string' }, text: { type: 'string' }, due: { type: 'string' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    // The reply reader and the use case are loaded only when this command runs.
    const [{ parseReference }, { recordReply }] = await Promise.all([import('../parse-reference'), import('../../app/updates/record-reply')]);
    const selector = parseReference(positionals.join(' '));
    if (!selector) throw new UsageError(`Which action? Give its number or reference, e.g. 5 or "OB 21-Apr-2022 #5" (got "${positionals.join(' ')}").`);
    const status = STATUS_ALIASES[String(values.status ?? '').toLowerCase().replace(/\s+/g, '-')];
    if (!status) throw new UsageError(`--status must be complete, on-track, amber or red${values.status ? ` (got "${String(values.status)}")` : ''}.`);
    const due = values.due as string | undefined;
    if (due !== undefined && !isIsoDate(due)) throw new UsageError(`--due must be a real date as YYYY-MM-DD, e.g. 2022-06-30 (got "${due}").`);
    const result = await recordReply({ action: selector, report: { status, text: String(values.text ?? ''), revisedDue: due ?? null }, source: 'cli' }, ctx.actor, { store: ctx.store, clock: ctx.clock, log: silentLogger, dueHorizonYears: ctx.config.dueHorizonYears });
    if (result.kind === 'not-found') throw new UsageError(`There is no action ${positionals.join(' ')} in the register (chaser list shows them all).`);
    if (result.kind === 'ambiguous') {
      ctx.io.err(result.message);
      return 1;
    }
    const { action } = result;
    ctx.io.out(`Recorded for ${actionReference(action)}: ${STATUS_WORDS[action.status]}${action.latest?.text ? ` — ${action.latest.text}` : ''}${due ? `; due ${due}` : ''}.`);
    return 0;
  },
};
