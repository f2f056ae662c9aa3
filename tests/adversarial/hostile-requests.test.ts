import { request } from 'http';
import { createGzip } from 'zlib';
import type { RunningChaser } from '../../src/chaser';
import { MAX_BODY_BYTES } from '../../src/http/json-body';
import { ALEX, activityFrom, send, startTestChaser } from '../support/bot-harness';

/** Posts raw bytes to /api/messages with the given headers; resolves with the status and body text. */
function post(chaser: RunningChaser, body: Buffer | string, headers: Record<string, string>, chunked = false): Promise<{ status: number; text: string }> {
  const url = new URL(`${chaser.url}/api/messages`);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8') }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      // The server may close the socket once it has answered a refusal; the answer was read already.
      if (err.code === 'EPIPE' || err.code === 'ECONNRESET') return;
      reject(err);
    });
    if (chunked) {
      const bytes = Buffer.from(body);
      for (let i = 0; i < bytes.length; i += 64 * 1024) req.write(bytes.subarray(i, i + 64 * 1024));
      req.end();
    } else {
      req.end(body);
    }
  });
}

/** A gzip stream of `megabytes` MB of JSON-looking text (about 1/1000 of that on the wire). */
async function gzipBomb(megabytes: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((r) => gzip.on('end', r));
  gzip.write('{"type":"message","text":"');
  const mb = Buffer.alloc(1024 * 1024, 'a');
  for (let i = 0; i < megabytes; i++) {
    if (!gzip.write(mb)) await new Promise((r) => gzip.once('drain', r));
  }
  gzip.end('"}');
  await done;
  return Buffer.concat(out);
}

async function stillServes(chaser: RunningChaser): Promise<void> {
  const { status, replies } = await send(chaser, activityFrom(ALEX, { text: 'help' }));
  expect(status).toBe(200);
  expect(replies).toHaveLength(1);
}

const JSON_TYPE = { 'content-type': 'application/json' };

describe('hostile requests to /api/messages without authentication (local mode)', () => {
  let chaser: RunningChaser;
  beforeAll(async () => { chaser = await startTestChaser(); });
  afterAll(async () => { await chaser.stop(); });

  it('when a body claims gzip but is not gzip, then 415 and the server keeps serving', async () => {
    const res = await post(chaser, 'x', { ...JSON_TYPE, 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.text).message).toMatch(/Compressed request bodies .* are not accepted/);
    await stillServes(chaser);
  });

  it.each(['gzip', 'deflate', 'br', 'GZIP', 'x-gzip, identity'])('when the body is encoded as %s, then it is refused unread with 415', async (encoding) => {
    const res = await post(chaser, '{"type":"message"}', { ...JSON_TYPE, 'content-encoding': encoding });
    expect(res.status).toBe(415);
  });

  it('when a valid gzip inflates to 300 MB, then nothing is inflated: 415, memory flat, still serving', async () => {
    const bomb = await gzipBomb(300);
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES * 2);
    const before = process.memoryUsage().rss;
    const res = await post(chaser, bomb, { ...JSON_TYPE, 'content-encoding': 'gzip' });
    expect(res.status).toBe(415);
    expect(process.memoryUsage().rss - before).toBeLessThan(64 * 1024 * 1024);
    await stillServes(chaser);
  });

  it('when a plain body is over the limit, then 413, whether content-length says so or not', async () => {
    const big = Buffer.from(JSON.stringify({ type: 'message', text: 'a'.repeat(MAX_BODY_BYTES) }));
    expect((await post(chaser, big, { ...JSON_TYPE, 'content-length': String(big.length) })).status).toBe(413);
    // Chunked: no content-length at all; the bytes received are counted.
    expect((await post(chaser, big, { ...JSON_TYPE, 'transfer-encoding': 'chunked' }, true)).status).toBe(413);
    await stillServes(chaser);
  });

  it('when content-length understates the body, then the bytes actually read are what count', async () => {
    const big = Buffer.from(JSON.stringify({ type: 'message', text: 'a'.repeat(MAX_BODY_BYTES) }));
    const res = await post(chaser, big, { ...JSON_TYPE, 'transfer-encoding': 'chunked', 'x-declared-length': '10' }, true);
    expect(res.status).toBe(413);
  });

  it('when the body is not JSON by its content type, then 415', async () => {
    expect((await post(chaser, '{"type":"message"}', { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await post(chaser, '{"type":"message"}', {})).status).toBe(415);
  });

  it.each([
    ['an empty object', {}, /type is not valid: required/],
    ['a number for type', { type: 5 }, /type is not valid: a string, not number/],
    ['a non-string serviceUrl', { type: 'message', serviceUrl: 42 }, /serviceUrl is not valid/],
    ['a 2,000-character id', { type: 'message', id: 'i'.repeat(2000) }, /id is not valid: at most 512 characters/],
    ['a 200 KB name', { type: 'message', from: { id: 'u', name: 'n'.repeat(200_000) } }, /from\.name is not valid/],
    ['a non-string from.id', { type: 'message', from: { id: { nested: true } } }, /from\.id is not valid/],
    ['an array', [], /Expected a Bot Framework activity/],
    ['a string', 'message', /Expected a Bot Framework activity/],
    ['null', null, /Expected a Bot Framework activity/],
  ])('when the activity is %s, then 400 with a sentence, never internal text', async (_label, body, message) => {
    const res = await post(chaser, JSON.stringify(body), JSON_TYPE);
    expect(res.status).toBe(400);
    const answer = JSON.parse(res.text) as { message: string };
    expect(answer.message).toMatch(message);
    expect(answer.message).not.toMatch(/validateAndFixActivity|toLowerCase|at .*\.js:\d+/);
  });

  it('when a message is longer than Teams could send, then it is not read and the answer says why', async () => {
    const { status, replies } = await send(chaser, activityFrom(ALEX, { text: 'what is overdue? '.repeat(5000) }));
    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(replies[0]!.text).toMatch(/too long for me to read \(85,000 characters; I read up to 30,000\)/);
    await stillServes(chaser);
  });
});

describe('hostile requests when authentication is on', () => {
  let chaser: RunningChaser;
  beforeAll(async () => {
    chaser = await startTestChaser({
      env: { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 'not-a-real-secret', MICROSOFT_APP_TENANT_ID: 'tenant-1', CHASER_HOST: '127.0.0.1' },
    });
  });
  afterAll(async () => { await chaser.stop(); });

  it('when there is no token, then 401 comes first, whatever the body (gzip bomb, bad JSON, empty object)', async () => {
    const bomb = await gzipBomb(50);
    for (const [body, headers] of [
      [bomb, { ...JSON_TYPE, 'content-encoding': 'gzip' }],
      ['x', { ...JSON_TYPE, 'content-encoding': 'gzip' }],
      ['{"type": ', JSON_TYPE],
      ['{}', JSON_TYPE],
    ] as Array<[Buffer | string, Record<string, string>]>) {
      const res = await post(chaser, body, headers);
      expect(res.status).toBe(401);
    }
  });

  it('when the token is not a valid Bot Framework token, then 401 before the body is judged', async () => {
    for (const body of ['{}', '{"type":5}', JSON.stringify(activityFrom(ALEX, { text: 'help' }))]) {
      const res = await post(chaser, body, { ...JSON_TYPE, authorization: 'Bearer not.a.jwt' });
      expect(res.status).toBe(401);
      expect(res.text).not.toMatch(/at .*\.js:\d+/);
    }
  });
});
