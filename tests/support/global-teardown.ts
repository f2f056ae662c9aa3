import type { EmbeddedAzurite } from '../../src/store/embedded-azurite';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __chaserAzurite?: EmbeddedAzurite }).__chaserAzurite?.stop();
}
