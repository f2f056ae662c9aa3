import { freePort, startEmbeddedAzurite, EmbeddedAzurite } from '../../src/store/embedded-azurite';
import { publishTestAzurite } from './azurite-env';

/** One in-memory Azurite for the whole run; each test file uses its own tables (see store-fixture.ts). */
export default async function globalSetup(): Promise<void> {
  const port = await freePort();
  const azurite = await startEmbeddedAzurite({ port });
  (globalThis as { __chaserAzurite?: EmbeddedAzurite }).__chaserAzurite = azurite;
  publishTestAzurite({ port, connectionString: azurite.connectionString });
}
