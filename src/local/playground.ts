import { ChildProcess, spawn } from 'child_process';
import type { Logger } from '../log';

/** The Microsoft 365 Agents Playground, started beside a local Chaser (a dev dependency). */
export interface Playground {
  url: string;
  /** What the Playground printed lately (for diagnostics). */
  output(): string;
  stop(): Promise<void>;
}

/** Its built-in user: the demo maps leads and the secretariat to this person. */
export const PLAYGROUND_USER = { aadObjectId: '00000000-0000-0000-0000-0000000000020', upn: 'alexw@example.com', name: 'Alex Wilber' };

export async function startPlayground(options: { port: number; botEndpoint: string; log: Logger }): Promise<Playground | null> {
  let cli: string;
  try {
    cli = require.resolve('@microsoft/m365agentsplayground/cli.js');
  } catch {
    options.log.warn('the Agents Playground is not installed (npm ci installs it as a dev dependency); skipping it');
    return null;
  }
  const child = spawn(
    process.execPath,
    [cli, 'start', '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--dt'],
    { env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => { output.push(chunk.toString()); if (output.length > 50) output.shift(); };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const url = `http://localhost:${options.port}`;
  const ready = await waitForHttp(url, child, 30_000);
  if (!ready) {
    options.log.error({ output: output.join('').slice(-2000) }, 'the Agents Playground did not start');
    child.kill('SIGTERM');
    return null;
  }
  // If this process dies without stopping it, do not leave the Playground running.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  return {
    url,
    output: () => output.join(''),
    stop: async () => {
      process.removeListener('exit', orphanGuard);
      await stopChild(child);
    },
  };
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) return false;
    try {
      const res = await fetch(url);
      if (res.status < 500) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}
