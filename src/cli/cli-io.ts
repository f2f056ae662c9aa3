import { ChaserError } from '../errors';

/** Where the CLI writes: injected so tests read what a user would see. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

/** The command line was wrong: the message says what was expected (exit code 2). */
export class UsageError extends ChaserError {
  constructor(message: string) {
    super('usage', message);
  }
}
