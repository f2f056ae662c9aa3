/** Where the test Azurite listens: global-setup puts it in the environment the jest workers inherit. */
export interface TestAzurite {
  port: number;
  connectionString: string;
}

const KEY = 'CHASER_TEST_AZURITE';

export function readTestAzurite(): TestAzurite {
  const fromEnv = process.env[KEY];
  if (fromEnv) return JSON.parse(fromEnv) as TestAzurite;
  throw new Error('The test Azurite is not running: run the tests through jest (global-setup starts it).');
}

export function publishTestAzurite(state: TestAzurite): void {
  process.env[KEY] = JSON.stringify(state);
}
