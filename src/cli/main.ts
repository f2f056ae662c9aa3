import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';
import { ConfigError } from '../config';
import { errorCode, isUserError, userMessage } from '../errors';
import { CliIo, UsageError, processIo } from './cli-io';
import type { Command } from './command';
import { adminsCommand } from './commands/admins';
import { backupCommand } from './commands/backup';
import { restoreCommand } from './commands/restore';
import { askCommand } from './commands/ask';
import { chaseCommand } from './commands/chase';
import { digestCommand } from './commands/digest';
import { importCommand } from './commands/import';
import { leadsCommand } from './commands/leads';
import { listCommand } from './commands/list';
import { showCommand } from './commands/show';
import { meetingsCommand } from './commands/meetings';
import { packCommand } from './commands/pack';
import { closeCommand } from './commands/close';
import { reopenCommand } from './commands/reopen';
import { remindCommand } from './commands/remind';
import { timingCommand } from './commands/timing';
import { updateCommand } from './commands/update';

export const COMMANDS: Command[] = [importCommand, timingCommand, listCommand, showCommand, askCommand, updateCommand, remindCommand, leadsCommand, adminsCommand, digestCommand, meetingsCommand, packCommand, closeCommand, reopenCommand, chaseCommand, backupCommand, restoreCommand];

/** Exit codes of every command: what scripts and schedulers calling the CLI can rely on. */
export const EXIT = { done: 0, failed: 1, usage: 2 } as const;

const EXIT_CODES_TEXT = 'Exit codes: 0 done, 1 refused or failed, 2 bad command line (usage).';
const HELP = ['help', '--help', '-h'];
const VERSION = ['version', '--version', '-v', '-V'];

/**
 * `chaser <command> …`. Returns the exit code (EXIT): 0 done, 1 refused or failed, 2 bad command line.
 * `chaser --version`, `chaser --help`, `chaser help <command>` and `chaser <command> --help` answer
 * without opening the store.
 */
export async function main(argv: string[], io: CliIo = processIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const [name, ...rest] = argv;
  if (name && VERSION.includes(name)) {
    io.out(`chaser ${chaserVersion()}`);
    return EXIT.done;
  }
  const asked = name === 'help' || name === '--help' ? rest[0] : undefined;
  const command = COMMANDS.find((c) => c.name === (asked ?? name));
  if (!command) {
    const unknown = asked ?? (name && !HELP.includes(name) ? name : undefined);
    if (unknown) io.err(`Unknown command "${unknown}".`);
    io.out(`Usage: chaser <command> [options]\n\n${COMMANDS.map((c) => `  ${c.name.padEnd(8)} ${c.summary}\n           ${c.usage}`).join('\n')}\n\nThe CLI uses the same store as the bot and acts for the secretariat unless --as <user> is given.\n\`chaser <command> --help\` explains one command; \`chaser --version\` prints the version.\n${EXIT_CODES_TEXT}`);
    return unknown ? EXIT.usage : EXIT.done;
  }
  if (asked || wantsHelp(rest)) {
    io.out(commandHelp(command));
    return EXIT.done;
  }
  let close: (() => Promise<void>) | null = null;
  try {
    const args = parseArgs({ args: dashTextLast(rest), options: command.options, allowPositionals: true, strict: true });
    if (!command.needsStore) return await command.run(args, { io });
    // Loaded only for a command that needs the store: --help and store-less commands start without it.
    const { openCliContext } = await import('./cli-context');
    const opened = await openCliContext(io, typeof args.values.as === 'string' ? args.values.as : undefined, env);
    close = () => opened.close();
    return await command.run(args, opened.context);
  } catch (err) {
    if (err instanceof UsageError || isParseArgsError(err)) {
      io.err(`${(err as Error).message}\nUsage: ${command.usage}\n(chaser ${command.name} --help for more)`);
      return EXIT.usage;
    }
    if (err instanceof ConfigError) {
      io.err(err.message);
      return EXIT.usage;
    }
    io.err(userMessage(err));
    if (!isUserError(err)) {
      // Unexpected: said once, with its code; the stack only when asked for.
      io.err(`(error code ${errorCode(err)}: ${err instanceof Error ? err.message : String(err)})`);
      if (env.CHASER_DEBUG && err instanceof Error) io.err(String(err.stack));
    }
    return EXIT.failed;
  } finally {
    await close?.();
  }
}

/** `--help` or `-h` among a command's arguments (before a `--`, after which everything is text). */
function wantsHelp(args: string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** One command's help: what it does, its usage line, its options and the exit codes. */
export function commandHelp(command: Command): string {
  const options = Object.entries(command.options)
    .map(([option, spec]) => `  --${option}${spec.type === 'string' ? ' <value>' : ''}${spec.short ? ` (-${spec.short})` : ''}${spec.multiple ? ' (may be repeated)' : ''}`);
  return [
    `chaser ${command.name}: ${command.summary}`,
    '',
    `Usage: ${command.usage}`,
    ...(options.length ? ['', 'Options:', ...options] : []),
    '',
    EXIT_CODES_TEXT,
  ].join('\n');
}

/** The version in package.json (two folders up from src/cli and from dist/cli alike). */
export function chaserVersion(): string {
  try {
    return (JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: string }).version ?? 'unknown';
  } catch {
    return 'unknown';
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
