import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';
import { formatTable } from '../format-table';
import { addAdmin } from '../../app/people/add-admin';
import { removeAdmin } from '../../app/people/remove-admin';

/** `chaser admins add|remove <user> [--name NAME]` and `admins list`: the secretariat. */
export const adminsCommand: Command = {
  name: 'admins',
  summary: 'Add, remove or list secretariat users (full rights)',
  usage: 'chaser admins add <user> [--name NAME] | admins remove <user> | admins list',
  options: { name: { type: 'string' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values, positionals }, context) {
    const ctx = context as CliContext;
    const [verb, user] = positionals;
    if (verb === 'list' || verb === undefined) {
      const rows = (await ctx.store.admins.list()).map((a) => [a.id, a.fromSettings ? '' : a.name, a.fromSettings ? 'CHASER_ADMINS' : `added by ${a.addedBy}`]);
      ctx.io.out(rows.length ? formatTable(['User', 'Name', 'Source'], rows) : 'No admins yet: the CLI acts for the secretariat. Add one with: chaser admins add <user>');
      return 0;
    }
    if (!user) throw new UsageError(`Usage: ${adminsCommand.usage}`);
    if (verb === 'add') {
      await addAdmin({ id: user, name: typeof values.name === 'string' ? values.name : undefined }, ctx.actor, ctx);
      ctx.io.out(`${user} is now in the secretariat.`);
      return 0;
    }
    if (verb === 'remove') {
      ctx.io.out((await removeAdmin(user, ctx.actor, ctx)) ? `${user} is no longer in the secretariat.` : `${user} was not an admin; nothing changed.`);
      return 0;
    }
    throw new UsageError(`Unknown admins command "${verb}". Use: ${adminsCommand.usage}`);
  },
};
