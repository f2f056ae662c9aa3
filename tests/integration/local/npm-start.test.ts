import { ChildProcess, execFileSync, spawn } from 'child_process';
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import * as net from 'net';
import { networkInterfaces, tmpdir } from 'os';
import { join } from 'path';

/** A port nobody listens on now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** True when something accepts a TCP connection on host:port within a second. */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** The machine's own non-loopback IPv4 addresses (what `hostname -I` lists). */
function outsideAddresses(): string[] {
  return Object.values(networkInterfaces()).flat().filter((a) => a && a.family === 'IPv4' && !a.internal).map((a) => a!.address);
}

/** Processes still in the process group `pgid` (npm start was made its leader). */
function groupMembers(pgid: number): string[] {
  try {
    return execFileSync('ps', ['-o', 'pid=,args=', '-g', String(pgid)], { encoding: 'utf8' }).split('\n').map((l) => l.trim()).filter(Boolean);
  } catch {
    return []; // ps exits 1 when the group is empty
  }
}

function waitFor<T>(probe: () => T | null | Promise<T | null>, timeoutMs: number, what: string): Promise<T> {
  const until = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = async () => {
      const value = await probe();
      if (value !== null) return resolve(value);
      if (Date.now() > until) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(() => void tick(), 250);
    };
    void tick();
  });
}

describe('npm start, stopped the way an IDE, a script or a process manager stops it', () => {
  const started: ChildProcess[] = [];
  afterAll(() => {
    for (const child of started) if (child.pid) try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
  });

  it.each(['SIGTERM', 'SIGINT'] as const)('when npm start gets %s, then Chaser, Azurite and the Playground stop, the data is on disk and every port is free', async (signal) => {
    const [bot, azurite, asked] = [await freePort(), await freePort(), await freePort()];
    const blocker = net.createServer().listen(asked, '127.0.0.1'); // the Playground's port is taken: it must say where it went
    const dataDir = mkdtempSync(join(tmpdir(), 'chaser-start-'));
    const out: string[] = [];
    const npm = spawn('npm', ['start'], {
      cwd: join(__dirname, '../../..'),
      detached: true, // its own process group, so the test can see every process it leaves
      env: {
        ...process.env, PORT: String(bot), CHASER_AZURITE_PORT: String(azurite), CHASER_PLAYGROUND_PORT: String(asked),
        CHASER_DATA_DIR: dataDir, CHASER_NOW: '2022-05-09T08:59:00+01:00', CHASER_LOG_FORMAT: 'text',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    started.push(npm);
    npm.stdout!.on('data', (c: Buffer) => out.push(c.toString()));
    npm.stderr!.on('data', (c: Buffer) => out.push(c.toString()));
    try {
      const port = await waitFor(() => {
        const m = /Open the Agents Playground: http:\/\/localhost:(\d+)/.exec(out.join(''));
        return m ? Number(m[1]) : null;
      }, 120_000, `the Playground's address in:\n${out.join('')}`);

      expect(port).not.toBe(asked);
      expect(out.join('')).toContain(`(port ${asked} was taken)`);
      expect(await answers('127.0.0.1', port)).toBe(true);
      expect(await answers('127.0.0.1', bot)).toBe(true);
      const outside = outsideAddresses();
      expect(outside.length).toBeGreaterThan(0);
      for (const address of outside) {
        for (const p of [port, bot, azurite]) expect({ address, port: p, answers: await answers(address, p) }).toEqual({ address, port: p, answers: false });
      }

      const exited = new Promise<void>((resolve) => npm.once('exit', () => resolve()));
      process.kill(npm.pid!, signal);
      await exited;
      await waitFor(() => (groupMembers(npm.pid!).length === 0 ? true : null), 30_000, `every process to stop: ${groupMembers(npm.pid!).join('; ')}`);
      for (const p of [port, bot, azurite]) expect({ port: p, answers: await answers('127.0.0.1', p) }).toEqual({ port: p, answers: false });
      expect(out.join('')).toMatch(new RegExp(`stopping\\s+reason=${signal}[\\s\\S]*stopped`));
      expect(readFileSync(join(dataDir, '__azurite_db_table__.json'), 'utf8')).toContain('handcuffing');
    } finally {
      blocker.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 180_000);
});
