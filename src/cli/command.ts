import type { ParseArgsConfig } from 'util';
import type { CliContext } from './cli-context';
import type { CliIo } from './cli-io';

export type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedArgs = { values: Record<string, string | boolean | (string | boolean)[] | undefined>; positionals: string[] };

/** One `chaser <name>` command. Commands that need no store (timing) get `io` only. */
export interface Command {
  name: string;
  summary: string;
  usage: string;
  options: Options;
  needsStore: boolean;
  run(args: ParsedArgs, context: CliContext | { io: CliIo }): Promise<number>;
}
