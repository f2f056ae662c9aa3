/**
 * Chaser in a process of its own, for the load bench: started by `fork` with the settings in its
 * environment (CHASER_STORAGE_CONNECTION_STRING pointing at the bench's Azurite, CHASER_TABLE_PREFIX…).
 * Over IPC it says `ready` with its URL, answers `memory` with process.memoryUsage() (after a full GC
 * when asked and when node runs with --expose-gc) and the CPU time used so far, records a V8 CPU profile
 * between `profile-start` and `profile-stop` (the load window only, not start-up), and stops on `stop`.
 */
import * as fs from 'fs';
import { Session } from 'inspector/promises';
import { findSourceMap } from 'module';
import { fileURLToPath } from 'url';
import { startChaser } from '../src/chaser';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';

export type ToBot = { type: 'memory'; gc: boolean } | { type: 'profile-start' } | { type: 'profile-stop'; file: string } | { type: 'stop' };
export type FromBot =
  | { type: 'ready'; url: string; pid: number }
  | { type: 'memory'; rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number; gcRan: boolean; cpuMicros: number }
  | { type: 'profiling' }
  | { type: 'profiled'; file: string }
  | { type: 'failed'; message: string };

function tell(message: FromBot): void {
  if (process.send) process.send(message);
  else console.log(JSON.stringify(message));
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel, process.stderr);
  const chaser = await startChaser(config, { log });
  let profiler: Session | null = null;
  process.on('message', (raw: unknown) => {
    const message = raw as ToBot;
    if (message.type === 'memory') {
      const gc = (globalThis as { gc?: () => void }).gc;
      if (message.gc && gc) gc();
      const m = process.memoryUsage();
      const cpu = process.cpuUsage();
      tell({
        type: 'memory', rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers,
        gcRan: Boolean(message.gc && gc), cpuMicros: cpu.user + cpu.system,
      });
    } else if (message.type === 'profile-start') {
      const session = new Session();
      session.connect();
      profiler = session;
      void session.post('Profiler.enable').then(() => session.post('Profiler.start')).then(() => tell({ type: 'profiling' }));
    } else if (message.type === 'profile-stop') {
      const session = profiler;
      profiler = null;
      void session?.post('Profiler.stop').then(({ profile }) => {
        fs.writeFileSync(message.file, JSON.stringify(withSourcePositions(profile)));
        session.disconnect();
        tell({ type: 'profiled', file: message.file });
      });
    } else if (message.type === 'stop') {
      void chaser.stop().finally(() => process.exit(0));
    }
  });
  process.on('disconnect', () => void chaser.stop().finally(() => process.exit(0)));
  tell({ type: 'ready', url: chaser.url, pid: process.pid });
}

interface CpuProfile {
  nodes: Array<{ callFrame: { url: string; lineNumber: number; columnNumber: number } }>;
}

/**
 * The profile with TypeScript positions: tsx compiles each file, so V8 reports positions in the compiled
 * code; the source maps (kept when the process runs with --enable-source-maps) give the lines in src/.
 */
function withSourcePositions<T extends CpuProfile>(profile: T): T {
  for (const { callFrame } of profile.nodes) {
    if (!callFrame.url.startsWith('file:') || callFrame.url.includes('/node_modules/') || callFrame.lineNumber < 0) continue;
    const map = findSourceMap(callFrame.url) ?? findSourceMap(fileURLToPath(callFrame.url));
    const entry = map?.findEntry(callFrame.lineNumber, callFrame.columnNumber);
    if (entry && 'originalLine' in entry) {
      callFrame.lineNumber = entry.originalLine;
      callFrame.columnNumber = entry.originalColumn;
    }
  }
  return profile;
}

main().catch((err: unknown) => {
  tell({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
