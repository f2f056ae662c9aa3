import { parseArgs } from 'util';
import { ConfigError } from '../config';
import { userMessage } from '../errors';
import { openCliContext } from './cli-context';
import { CliIo, UsageError, processIo } from './cli-io';
import type { Command } from './command';
import { adminsCommand } from './commands/admins';
import { askCommand } from './commands/ask';
import { digestCommand } from './commands/digest';
import { importCommand } from './commands/import';
import { leadsCommand } from './commands/leads';
import { listCommand } from './commands/list';
import { remindCommand } from './commands/remind';
import { timingCommand } from './commands/timing';
import { updateCommand } from './commands/update';

export const COMMANDS: Command[] = [importCommand, timingCommand, listCommand, askCommand, updateCommand, remindCommand, leadsCommand, adminsCommand, digestCommand];

/** `chaser <command> …`. Returns the exit code: 0 done, 1 refused or failed, 2 bad command line. */
export async function main(argv: string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    if (name && !['help', '--help', '-h'].includes(name)) io.err(`Unknown command "${name}".`);
    io.out(`Usage: chaser <command> [options]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}\n           ${c.usage}`).join('\n')}\n\nThe CLI uses the same store as the bot and acts for the secretariat unless --as <user> is given.`);
    return name && !['help', '--help', '-h'].includes(name) ? 2 : 0;
  }
  let close: (() => Promise<void>) | null = null;
  try {
    const args = parseArgs({ args: dashTextLast(rest), options: command.options, allowPositionals: true, strict: true });
    if (!command.needsStore) return await command.run(args, { io });
    const opened = await openCliContext(io, typeof args.values.as === 'string' ? args.values.as : undefined, env);
    close = opened.close;
    return await command.run(args, opened.context);
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.err(`${(err as Error).message}\nUsage: ${command.usage}`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.err(err.message);
      return 2;
    }
    io.err(userMessage(err));
    if (userMessage(err) !== (err as Error).message && env.CHASER_DEBUG) io.err(String((err as Error).stack));
    return 1;
  } finally {
    await close?.();
  }
}

/**
 * Timings are pasted as written, and some start with a dash ("-16 June … meeting -21 July …"):
 * such text is a positional, not an option, so it goes after `--`.
 */
function dashTextLast(args: string[]): string[] {
  const isText = (a: string) => /^-(\d|\s)/.test(a) || (a.startsWith('-') && /\s/.test(a));
  const texts = args.filter(isText);
  if (!texts.length || args.includes('--')) return args;
  return [...args.filter((a) => !isText(a)), '--', ...texts];
}

function isParseArgsError(err: unknown): boolean {
  return typeof err === 'object' && err !== null && String((err as { code?: string }).code).startsWith('ERR_PARSE_ARGS');
}
