import * as path from 'path';
import { requireSecretariat } from '../../app/access/require-secretariat';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';

/** `chaser backup --out DIR`: a copy of every table of the register (the secretariat keeps it). */
export const backupCommand: Command = {
  name: 'backup',
  summary: 'Copy every table of the register to a folder (restore it with chaser restore)',
  usage: 'chaser backup --out DIR',
  options: { out: { type: 'string' }, as: { type: 'string' } },
  needsStore: true,
  async run({ values }, context) {
    const ctx = context as CliContext;
    if (typeof values.out !== 'string' || !values.out) throw new UsageError('Where to? Give a folder: chaser backup --out DIR');
    await requireSecretariat(ctx.actor, ctx, 'back up the register');
    const dir = path.resolve(values.out);
    const { tables } = await ctx.store.backup(dir, ctx.clock.now());
    const total = Object.values(tables).reduce((n, c) => n + c, 0);
    ctx.io.out(`Backed up ${total} rows from ${Object.keys(tables).length} tables to ${dir}:`);
    for (const [table, rows] of Object.entries(tables)) ctx.io.out(`  ${table.padEnd(18)} ${rows}`);
    return 0;
  },
};
