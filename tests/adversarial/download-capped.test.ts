import { downloadCapped } from '../../src/teams/download-capped';
import { startFileServer } from './support/file-server';

const MB = 1024 * 1024;
const CAP = 5 * MB;

async function refusal(promise: Promise<unknown>): Promise<Error & { code?: string }> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(Error);
  return error as Error & { code?: string };
}

describe('Teams attachments are capped while they stream, not only by content-length', () => {
  let server: Awaited<ReturnType<typeof startFileServer>>;
  beforeAll(async () => {
    server = await startFileServer({
      '/small.csv': { kind: 'bytes', body: Buffer.from('No.,Action,Timing,Lead\n1,Do it,By 13 May,MPS\n') },
      '/exactly-cap.csv': { kind: 'bytes', body: Buffer.alloc(CAP, 'a') },
      '/six-mb-chunked.csv': { kind: 'chunked', bytes: 6 * MB },
      '/endless.csv': { kind: 'endless' },
      '/slow.csv': { kind: 'slow' },
      '/declares-1gb.csv': { kind: 'declared', declaredBytes: 1024 * MB },
      '/gone.csv': { kind: 'status', status: 404 },
      '/broken.csv': { kind: 'status', status: 500 },
    });
  });
  afterAll(async () => { await server.stop(); });

  it('when the file is small, then all of it is read', async () => {
    expect((await downloadCapped(`${server.url}/small.csv`, CAP)).toString('utf8')).toContain('1,Do it');
  });

  it('when the file is exactly the cap, then it is read whole', async () => {
    expect((await downloadCapped(`${server.url}/exactly-cap.csv`, CAP)).length).toBe(CAP);
  });

  it('when a file without content-length streams past the cap, then the download is cut at the cap and refused as too large', async () => {
    const error = await refusal(downloadCapped(`${server.url}/six-mb-chunked.csv`, CAP));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/^The attachment is over 5 MB \(it was cut off after 5\.\d MB\); the limit is 5 MB\.$/);
  });

  it('when a file never ends, then it is cut at the cap, quickly, and memory stays near the cap', async () => {
    const before = process.memoryUsage().rss;
    const started = Date.now();
    const error = await refusal(downloadCapped(`${server.url}/endless.csv`, CAP));
    expect(error.code).toBe('too-large');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it('when content-length declares more than the cap, then it is refused before the body is read', async () => {
    const error = await refusal(downloadCapped(`${server.url}/declares-1gb.csv`, CAP));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe('The attachment is 1024.0 MB; the limit is 5 MB.');
  });

  it.each([
    ['a 404', '/gone.csv', /could not be downloaded \(HTTP 404\)/],
    ['a 500', '/broken.csv', /could not be downloaded \(HTTP 500\)/],
  ])('when the server answers %s, then it is unreadable with a sentence', async (_label, path, message) => {
    const error = await refusal(downloadCapped(`${server.url}${path}`, CAP));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(message);
  });

  it.each([[42], [null], [['http://x']], ['file:///etc/passwd'], ['javascript:alert(1)'], ['']])('when the download link is %j, then nothing is fetched and the sentence asks for the file again', async (url) => {
    const error = await refusal(downloadCapped(url, CAP));
    expect(error.code).toBe('unreadable');
    expect(error.message).toBe('The attachment has no download link Chaser can use; please attach the file again.');
  });

  it('when nothing answers at the address, then it is unreadable, not a fault', async () => {
    const error = await refusal(downloadCapped('http://127.0.0.1:9/x.csv', CAP));
    expect(error.code).toBe('unreadable');
  });

  it('when the server is too slow, then the timeout refuses it as unreadable', async () => {
    const error = await refusal(downloadCapped(`${server.url}/slow.csv`, CAP, 300));
    expect(error.code).toBe('unreadable');
    expect(error.message).toMatch(/stopped arriving part-way|could not be downloaded/);
  });
});
