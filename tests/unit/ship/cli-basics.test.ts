import * as fs from 'fs';
import * as path from 'path';
import { COMMANDS, EXIT, chaserVersion, main } from '../../../src/cli/main';
import { ROOT } from './fixtures';

/** `chaser --version`, `--help` and exit codes: answered without a store (an empty environment would need one). */
async function chaser(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  // No storage settings: a command that opened the store would start an embedded Azurite, which these never do.
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) }, { CHASER_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true;TableEndpoint=http://127.0.0.1:9/none' });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe('chaser --version, --help and exit codes', () => {
  it.each(['--version', '-v', '-V', 'version'])('when `chaser %s` runs, then it prints the package version and exits 0', async (flag) => {
    expect(await chaser(flag)).toEqual({ code: 0, out: `chaser ${version}`, err: '' });
    expect(chaserVersion()).toBe(version);
  });

  it.each(COMMANDS.map((c) => c.name))('when `chaser %s --help` runs, then it explains that command, its options and the exit codes, and exits 0', async (name) => {
    const command = COMMANDS.find((c) => c.name === name)!;
    for (const argv of [[name, '--help'], [name, '-h'], ['help', name], ['--help', name], [name, 'extra-argument', '--help']]) {
      const run = await chaser(...argv);
      expect(run.code).toBe(0);
      expect(run.err).toBe('');
      expect(run.out).toContain(`chaser ${name}: ${command.summary}`);
      expect(run.out).toContain(`Usage: ${command.usage}`);
      for (const option of Object.keys(command.options)) expect(run.out).toContain(`--${option}`);
      expect(run.out).toContain('Exit codes: 0 done, 1 refused or failed, 2 bad command line (usage).');
    }
  });

  it('when `--help` comes after `--`, then it is text for the command, not a request for help', async () => {
    const run = await chaser('timing', '--', '--help');
    expect(run.out).not.toContain('Usage: ');
  });

  it('when no command, `help` or `--help` is given, then the overview lists every command and the exit codes, exit 0', async () => {
    for (const argv of [[], ['help'], ['--help'], ['-h']]) {
      const run = await chaser(...argv);
      expect(run.code).toBe(EXIT.done);
      for (const command of COMMANDS) expect(run.out).toContain(`  ${command.name.padEnd(8)} ${command.summary}`);
      expect(run.out).toContain('Exit codes: 0 done, 1 refused or failed, 2 bad command line (usage).');
    }
  });

  it.each([['frobnicate'], ['help', 'frobnicate'], ['--colour']])('when the command %j is unknown, then it says so, shows the overview and exits 2', async (...argv) => {
    const run = await chaser(...argv);
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toMatch(/^Unknown command "/);
    expect(run.out).toContain('Usage: chaser <command> [options]');
  });

  it('when an option is unknown, then the exit code is 2 and the hint names the command help', async () => {
    const run = await chaser('list', '--colour');
    expect(run.code).toBe(EXIT.usage);
    expect(run.err).toContain('chaser list --help');
  });

  it('the exit codes are the ones the README documents', () => {
    expect(EXIT).toEqual({ done: 0, failed: 1, usage: 2 });
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toMatch(/Exit codes: 0 done, 1 refused or failed, 2 bad command line/);
  });
});
