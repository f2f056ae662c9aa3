import { E2E, startE2E } from './support/e2e-harness';

/**
 * Issue 8: the whole product as a user meets it — Chaser, the Microsoft 365 Agents Playground and a
 * headless Chromium, one journey in steps that build on each other (tests run in file order).
 * Each step saves test-results/e2e/<nn>-<step>.png; a failing step says which it was and prints the
 * page text and the Playground log.
 */
describe('Chaser in the Agents Playground (Chromium)', () => {
  let e2e: E2E;

  beforeAll(async () => {
    e2e = await startE2E();
  }, 90_000);

  afterAll(async () => {
    await e2e?.stop();
  }, 30_000);

  test('step 1: "help" shows the help card', async () => {
    await e2e.step(1, 'help', async () => {
      await e2e.say('help');
      const card = await e2e.waitForCard(/Things you can say/);
      const text = await card.innerText();
      expect(text).toContain('Things you can say');
      expect(text).toContain('what is overdue?');
      return card;
    });
  });

  // Steps 2–6 (proactive reminder card, card submit, "what is overdue?", "show action 5", digest) go here.

  test('step 7: something meaningless gets a helpful answer and no error anywhere', async () => {
    await e2e.step(7, 'meaningless', async () => {
      await e2e.say('purple elephants');
      const reply = await e2e.waitForReply(/did not understand/i);
      const text = await reply.innerText();
      expect(text).toMatch(/did not understand "purple elephants"/i);
      expect(text).toMatch(/help/);
      const problems = await e2e.problems();
      if (problems.length) {
        throw new Error(`errors were seen during the journey:\n${problems.map((p) => `  [${p.step}] ${p.source}: ${p.text}`).join('\n')}`);
      }
      return reply;
    });
  });
});
