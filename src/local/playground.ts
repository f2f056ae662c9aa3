import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import type { Logger } from '../log';

/** The Microsoft 365 Agents Playground, started beside a local Chaser (a dev dependency). */
export interface Playground {
  /** Where it really listens: loopback only, on the port asked for or the one it moved to. */
  url: string;
  port: number;
  /** The process id of the Playground (for tests and diagnostics). */
  pid: number;
  /** What the Playground printed lately (for diagnostics). */
  output(): string;
  stop(): Promise<void>;
}

/** Its built-in user: the demo maps leads and the secretariat to this person. */
export const PLAYGROUND_USER = { aadObjectId: '00000000-0000-0000-0000-0000000000020', upn: 'alexw@example.com', name: 'Alex Wilber' };

/** Preloaded into the Playground: its servers listen on 127.0.0.1 and report their port (see the file). */
export const LOOPBACK_PRELOAD = path.join(__dirname, 'loopback-only.cjs');

const LISTENING = /\[chaser-loopback\] listening (\S+):(\d+)/;

/**
 * Starts the Playground on `port`, listening on loopback only. Version 0.2.28 has no host option, so it is
 * started with a preload that binds its servers to 127.0.0.1; when the port is taken it moves to another
 * one, which is found from the preload's report and returned (the caller prints it). Null when the
 * Playground is not installed or does not start within 30 s.
 */
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
    ['--require', LOOPBACK_PRELOAD, cli, 'start', '-e', options.botEndpoint, '-c', 'msteams', '-p', String(options.port), '--dt'],
    { env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // If this process exits without stopping it (even while it starts), do not leave the Playground running.
  const orphanGuard = () => child.kill('SIGTERM');
  process.once('exit', orphanGuard);
  const output: string[] = [];
  const listening: { port: number | null } = { port: null };
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    const found = LISTENING.exec(text);
    if (found && listening.port === null) listening.port = Number(found[2]);
    output.push(text);
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const ready = await waitForHttp(() => listening.port, child, 30_000);
  const port = listening.port;
  if (!ready || port === null) {
    options.log.error({ output: output.join('').slice(-2000) }, 'the Agents Playground did not start');
    process.removeListener('exit', orphanGuard);
    await stopChild(child);
    return null;
  }
  if (port !== options.port) options.log.warn({ asked: options.port, port }, `port ${options.port} is taken: the Agents Playground listens on ${port} instead`);
  return {
    url: `http://localhost:${port}`,
    port,
    pid: child.pid ?? 0,
    output: () => output.join(''),
    stop: async () => {
      process.removeListener('exit', orphanGuard);
      await stopChild(child);
    },
  };
}

async function waitForHttp(port: () => number | null, child: ChildProcess, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    const p = port();
    if (p !== null) {
      try {
        const res = await fetch(`http://127.0.0.1:${p}/`);
        if (res.status < 500) return true;
      } catch {
        // not answering yet
      }
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  return false;
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited (its ports are then free). */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => { clearTimeout(force); resolve(); });
    child.kill('SIGTERM');
  });
}
