import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { freePort, startEmbeddedAzurite } from '../../../src/store/embedded-azurite';
import { openStore } from '../../../src/store/store';
import { anAction } from '../../support/builders';

describe('the embedded Azurite on disk', () => {
  it('when Azurite stops and starts again on the same folder, then the register is still there', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-disk-'));
    const port = await freePort();
    const first = await startEmbeddedAzurite({ port, dataDir });
    expect(first.owned).toBe(true);
    await openStore({ kind: 'azurite', port, dataDir }, 'chaser').actions.create(anAction({ number: 7 }));
    await first.stop();
    expect(fs.existsSync(path.join(dataDir, '__azurite_db_table__.json'))).toBe(true);

    const second = await startEmbeddedAzurite({ port, dataDir });
    try {
      const read = await openStore({ kind: 'azurite', port, dataDir }, 'chaser').actions.get(anAction({ number: 7 }));
      expect(read?.action.number).toBe(7);
    } finally {
      await second.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('when an Azurite already listens on the port, then it is reused, not started twice', async () => {
    const port = await freePort();
    const first = await startEmbeddedAzurite({ port });
    const second = await startEmbeddedAzurite({ port });
    try {
      expect(second.owned).toBe(false);
      await openStore({ kind: 'azurite', port, dataDir: null }, 'reuse').actions.create(anAction({ number: 8 }));
    } finally {
      await second.stop();
      await first.stop();
    }
  });
});
