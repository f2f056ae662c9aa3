/**
 * The run's one Azurite (Chaser's own startEmbeddedAzurite, in memory) in a process of its own, so the
 * emulator's work runs beside the bot's instead of on the same event loop, as remote storage would.
 * Forked by bench/run.ts with the port in BENCH_AZURITE_PORT; says `ready` over IPC; stops on `stop`.
 */
import { startEmbeddedAzurite } from '../src/store/embedded-azurite';

async function main(): Promise<void> {
  const port = Number(process.env.BENCH_AZURITE_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new Error('BENCH_AZURITE_PORT: expected a port number');
  const azurite = await startEmbeddedAzurite({ port });
  const stop = (): void => void azurite.stop().finally(() => process.exit(0));
  process.on('message', (m: unknown) => {
    if ((m as { type?: string }).type === 'stop') stop();
  });
  process.on('disconnect', stop);
  process.send?.({ type: 'ready', port, connectionString: azurite.connectionString, pid: process.pid });
}

main().catch((err: unknown) => {
  process.send?.({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
