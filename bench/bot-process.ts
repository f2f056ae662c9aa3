/**
 * Chaser in a process of its own, for the load bench: started by `fork` with the settings in its
 * environment (CHASER_STORAGE_CONNECTION_STRING pointing at the bench's Azurite, CHASER_TABLE_PREFIX…).
 * Over IPC it says `ready` with its URL, answers `memory` with process.memoryUsage() (after a full GC
 * when asked and when node runs with --expose-gc) and the CPU time used so far, and stops on `stop`.
 */
import { startChaser } from '../src/chaser';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/log';

export type ToBot = { type: 'memory'; gc: boolean } | { type: 'stop' };
export type FromBot =
  | { type: 'ready'; url: string; pid: number }
  | { type: 'memory'; rss: number; heapUsed: number; heapTotal: number; external: number; arrayBuffers: number; gcRan: boolean; cpuMicros: number }
  | { type: 'failed'; message: string };

function tell(message: FromBot): void {
  if (process.send) process.send(message);
  else console.log(JSON.stringify(message));
}

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const log = createLogger(config.logLevel, process.stderr);
  const chaser = await startChaser(config, { log });
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
    } else if (message.type === 'stop') {
      void chaser.stop().finally(() => process.exit(0));
    }
  });
  process.on('disconnect', () => void chaser.stop().finally(() => process.exit(0)));
  tell({ type: 'ready', url: chaser.url, pid: process.pid });
}

main().catch((err: unknown) => {
  tell({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
