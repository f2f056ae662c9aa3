import type { CliContext } from '../cli-context';
import type { Command } from '../command';
import { UsageError } from '../cli-io';
import { formatTable } from '../format-table';
import { requireSecretariat } from '../require-secretariat';

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
      const stored = await ctx.store.admins.list();
      const rows = [...ctx.config.admins.map((id) => [id, '', 'CHASER_ADMINS']), ...stored.map((a) => [a.id, a.name, `added by ${a.addedBy}`])];
      ctx.io.out(rows.length ? formatTable(['User', 'Name', 'Source'], rows) : 'No admins yet: the CLI acts for the secretariat. Add one with: chaser admins add <user>');
      return 0;
    }
    await requireSecretariat(ctx);
    if (!user) throw new UsageError(`Usage: ${adminsCommand.usage}`);
    if (verb === 'add') {
      await ctx.store.admins.add({ id: user, name: typeof values.name === 'string' ? values.name : user, addedAt: ctx.clock.now().toISOString(), addedBy: ctx.actor.id });
      ctx.io.out(`${user} is now in the secretariat.`);
      return 0;
    }
    if (verb === 'remove') {
      ctx.io.out((await ctx.store.admins.remove(user)) ? `${user} is no longer in the secretariat.` : `${user} was not an admin; nothing changed.`);
      return 0;
    }
    throw new UsageError(`Unknown admins command "${verb}". Use: ${adminsCommand.usage}`);
  },
};
