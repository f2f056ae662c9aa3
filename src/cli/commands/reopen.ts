import type { Status } from '../../domain/action';
import { actionReference, statusWords } from '../../domain/action';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';

const STATUSES: Record<string, Exclude<Status, 'complete'>> = { 'on-track': 'on_track', on_track: 'on_track', amber: 'amber', red: 'red' };

/** `chaser reopen <ref> --reason "…" [--status on-track|amber|red]`: an action proposed for closure or closed is opened again. */
export const reopenCommand: Command = {
  name: 'reopen',
  summary: 'Reopen an action proposed for closure or closed, with the reason',
  usage: 'chaser reopen <ref> --reason "..." [--status on-track|amber|red]   (ref: "OB 21-Apr-2022 #5", OB_2022-04-21_005, or 5 when only one meeting has it)',
  options: { reason: { type: 'string' }, status: { type: 'string' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    // Loaded only when this command runs (the reply reader pulls in the date parser).
    const [{ parseReference }, { reopenClosedAction }] = await Promise.all([import('../parse-reference'), import('../../app/meetings/reopen-closed-action')]);
    const selector = parseReference(positionals.join(' '));
    if (!selector) throw new UsageError(`Which action? Give its reference, e.g. "OB 21-Apr-2022 #5" (got "${positionals.join(' ')}").`);
    if (typeof values.reason !== 'string' || !values.reason.trim()) throw new UsageError('Give the reason: --reason "…" (it is kept as the update).');
    const status = values.status === undefined ? undefined : STATUSES[String(values.status).toLowerCase()];
    if (values.status !== undefined && !status) throw new UsageError(`--status must be on-track, amber or red (got "${String(values.status)}").`);
    const action = await reopenClosedAction({ action: selector, reason: values.reason, status }, ctx.actor, { store: ctx.store, clock: ctx.clock });
    ctx.io.out(`Reopened ${actionReference(action)} (${statusWords(action.status)}): ${action.latest?.text ?? ''}`);
    return 0;
  },
};
