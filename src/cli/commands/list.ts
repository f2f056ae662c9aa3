import { byReference } from '../../domain/reference-order';
import { actionReference } from '../../domain/action';
import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { formatTable } from '../format-table';

/** `chaser list [--open] [--json]`: the register, meeting by meeting. */
export const listCommand: Command = {
  name: 'list',
  summary: 'List the actions in the register',
  usage: 'chaser list [--open] [--json]',
  options: { open: { type: 'boolean' }, json: { type: 'boolean' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values }, context) {
    const ctx = context as CliContext;
    const actions = values.open ? await ctx.store.actions.listOpen() : await ctx.store.actions.listAll();
    actions.sort((a, b) => a.boardCode.localeCompare(b.boardCode) || a.meetingDate.localeCompare(b.meetingDate) || byReference(a, b));
    if (values.json) ctx.io.out(JSON.stringify(actions, null, 2));
    else if (!actions.length) ctx.io.out(values.open ? 'No open actions.' : 'The register is empty. Load actions with: chaser import <file>');
    else ctx.io.out(formatTable(['Reference', 'Lead', 'Due', 'Status', 'Action'], actions.map((a) => [actionReference(a), a.lead, a.due ?? 'none', a.status, a.text])));
    return 0;
  },
};
