import * as http from 'http';
import type { AddressInfo } from 'net';
import type { RunningChaser } from '../../../src/chaser';
import { fixedClock } from '../../../src/domain/clock';
import { ALEX, activityFrom, send, startTestChaser, visibleText } from '../../support/bot-harness';
import { LETTER_FILE, importSeed } from '../../support/import-seed';

/**
 * A stand-in for Azure OpenAI (an edge we do not own): it records each request and answers with the
 * tool call the test chooses, as the real service does.
 */
async function startModelStandIn() {
  const requests: Array<{ url: string; body: { tools: Array<{ function: { name: string } }>; messages: Array<{ content: string }> }; key: string }> = [];
  let answer: unknown = null;
  let status = 200;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ url: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString()), key: String(req.headers['api-key']) });
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { tool_calls: [{ type: 'function', function: { name: 'query_register', arguments: JSON.stringify(answer) } }] } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    reply(next: unknown, code = 200) { answer = next; status = code; },
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('questions the rules do not understand, with Azure OpenAI configured', () => {
  let model: Awaited<ReturnType<typeof startModelStandIn>>;
  let chaser: RunningChaser;

  beforeAll(async () => {
    model = await startModelStandIn();
    chaser = await startTestChaser({
      clock: fixedClock('2022-05-09T08:00:00Z'),
      env: { CHASER_ADMINS: ALEX.aadObjectId, AZURE_OPENAI_ENDPOINT: model.url, AZURE_OPENAI_API_KEY: 'test-key', AZURE_OPENAI_DEPLOYMENT: 'gpt-test' },
    });
    await importSeed(chaser.store, LETTER_FILE);
  });
  afterAll(async () => {
    await chaser.stop();
    await model.stop();
  });

  it('when the rules understand a question, then the model is not asked', async () => {
    const before = model.requests.length;
    await send(chaser, activityFrom(ALEX, { text: 'what is overdue?' }));
    expect(model.requests.length).toBe(before);
  });

  it('when they do not, then the model describes a query, offered only the read-only tool, and Chaser answers it', async () => {
    model.reply({ intent: 'overdue', lead: 'MOPAC' });
    const [reply] = (await send(chaser, activityFrom(ALEX, { text: 'has the mayor’s office let anything slip past its date?' }))).replies;
    expect(visibleText(reply!)).toContain('1 action is overdue for MOPAC');
    const request = model.requests[model.requests.length - 1]!;
    expect(request.url).toBe('/openai/deployments/gpt-test/chat/completions?api-version=2024-06-01');
    expect(request.key).toBe('test-key');
    expect(request.body.tools.map((t) => t.function.name)).toEqual(['query_register']);
    expect(request.body.messages[0]!.content).toContain('Today is 2022-05-09');
  });

  it('when the model answers nonsense or fails, then the usual "did not understand" comes back and nothing changes', async () => {
    for (const [answer, code] of [[{ intent: 'delete-everything' }, 200], [{ intent: 'overdue' }, 500], [{ intent: 'due', dueTo: '31 June' }, 200]] as const) {
      model.reply(answer, code);
      const [reply] = (await send(chaser, activityFrom(ALEX, { text: 'zzz qqq' }))).replies;
      expect(reply!.text).toMatch(/^I did not understand "zzz qqq"/);
    }
    expect((await chaser.store.actions.listOpen()).length).toBe(19);
  });
});
