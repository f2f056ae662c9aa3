import * as path from 'path';
import { requireSecretariat } from '../../app/access/require-secretariat';
import type { CliContext } from '../cli-context';
import { UsageError } from '../cli-io';
import type { Command } from '../command';

/** `chaser restore DIR`: writes a backup back into this register (rows with the same keys are replaced). */
export const restoreCommand: Command = {
  name: 'restore',
  summary: 'Write a backup folder back into the register (the whole folder is checked first)',
  usage: 'chaser restore DIR',
  options: { as: { type: 'string' } },
  needsStore: true,
  async run({ positionals }, context) {
    const ctx = context as CliContext;
    const [dir] = positionals;
    if (!dir) throw new UsageError('Which backup? chaser restore DIR (a folder written by chaser backup --out DIR)');
    await requireSecretariat(ctx.actor, ctx, 'restore the register');
    let restored: Record<string, number>;
    try {
      restored = await ctx.store.restore(path.resolve(dir));
    } catch (err) {
      if (err instanceof Error && /backup|manifest|Nothing was restored/.test(err.message)) throw new UsageError(err.message);
      throw err;
    }
    ctx.io.out(`Restored ${Object.values(restored).reduce((n, c) => n + c, 0)} rows into ${Object.keys(restored).length} tables from ${path.resolve(dir)}.`);
    return 0;
  },
};
