import type { RunningChaser } from '../../src/chaser';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ALEX, activityFrom, send, startTestChaser } from '../support/bot-harness';
import { cliOn } from '../support/cli-harness';
import { FakeConnector, startFakeConnector } from '../support/fake-connector';
import { buildZip } from '../unit/import/zip-builder';
import { startFileServer } from './support/file-server';

/**
 * Long work must not hold up other users: while a 10,000-row import is read in Teams, and while a zip
 * bomb is refused, /healthz keeps answering. The target is 200 ms at the 99th percentile; the
 * machine running the tests is shared, so the latencies are printed, not asserted: what is asserted is
 * that every probe was answered, and answered 200.
 */
const ROWS = 10_000;
const FILE_DOWNLOAD = 'application/vnd.microsoft.teams.file.download.info';

function bigCsv(rows: number): Buffer {
  const lines = ['Finance Committee - actions from the meeting of 12 May 2022', 'Ref,Action,Lead,Due'];
  for (let i = 1; i <= rows; i++) lines.push(`${i},Review the budget line ${i} and report to the committee,${i % 3 ? 'MPS' : 'MOPAC'},${(i % 28) + 1}/06/2022`);
  return Buffer.from(`${lines.join('\n')}\n`);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Probes /healthz one after another until `work` settles; returns each probe's status and milliseconds. */
async function probeWhile(chaser: RunningChaser, work: Promise<unknown>): Promise<Array<{ status: number; ms: number }>> {
  let done = false;
  void work.finally(() => { done = true; });
  // The event loop's own lag, sampled every 10 ms: /healthz also waits for storage, which the import keeps busy.
  let last = performance.now();
  lags.length = 0;
  const sampler = setInterval(() => {
    const now = performance.now();
    lags.push(Math.max(0, now - last - 10));
    last = now;
  }, 10);
  void work.finally(() => clearInterval(sampler));
  const probes: Array<{ status: number; ms: number }> = [];
  while (!done || probes.length < 5) {
    const started = performance.now();
    let status: number;
    try {
      status = (await fetch(`${chaser.url}/healthz`, { signal: AbortSignal.timeout(10_000) })).status;
    } catch {
      status = 0;
    }
    probes.push({ status, ms: performance.now() - started });
    await new Promise((r) => setTimeout(r, 10));
  }
  return probes;
}

/** Event-loop lags (ms) sampled during the last probeWhile. */
const lags: number[] = [];

function report(label: string, probes: Array<{ ms: number }>, rssBefore: number): void {
  const ms = probes.map((p) => p.ms);
  console.log(`event loop while ${label}: ${lags.length} samples, lag p99 ${percentile(lags, 99).toFixed(0)} ms, max ${Math.max(...lags).toFixed(0)} ms`);
  console.log(`/healthz while ${label}: ${probes.length} probes, p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms; RSS ${Math.round((process.memoryUsage().rss - rssBefore) / 1048576)} MB from before`);
}

function importMessage(url: string, name: string): Record<string, unknown> {
  return activityFrom(ALEX, {
    text: 'import',
    serviceUrl: '',
    attachments: [{ contentType: FILE_DOWNLOAD, name, content: { downloadUrl: url, fileType: name.split('.').pop() } }],
  });
}

describe('/healthz while long imports run in Teams', () => {
  let chaser: RunningChaser;
  let connector: FakeConnector;
  let files: Awaited<ReturnType<typeof startFileServer>>;
  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ env: { CHASER_ADMINS: ALEX.aadObjectId } });
    files = await startFileServer({
      '/endless.csv': { kind: 'endless' },
      '/bomb.docx': { kind: 'bytes', body: buildZip([{ name: '[Content_Types].xml', data: Buffer.from('<Types/>') }, { name: 'word/document.xml', data: Buffer.alloc(300 * 1024 * 1024, 'a'), declaredSize: 100 }]) },
    });
  }, 120_000);
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
    await files.stop();
  });

  it('when a 10,000-row CSV is imported (chaser import, in this process), then /healthz answers every probe meanwhile (latencies printed)', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chaser-big-')), 'budget.csv');
    fs.writeFileSync(file, bigCsv(ROWS));
    const chaserCli = cliOn();
    const rssBefore = process.memoryUsage().rss;
    const run = chaserCli('import', file, '--json');
    const probes = await probeWhile(chaser, run);
    const result = await run;
    report('a 10,000-row CSV is imported', probes, rssBefore);
    expect(probes.every((p) => p.status === 200)).toBe(true);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.out) as { result: { created: number } }).result.created).toBe(ROWS);
  }, 240_000);

  it.each([
    ['a 1 MB Word file that unpacks to 300 MB is refused', '/bomb.docx', 'minutes.docx', /unpacks to more than/],
    ['an attachment that never ends is cut at the 5 MB cap', '/endless.csv', 'register.csv', /The attachment is over 5 MB \(it was cut off after 5\.\d MB\); the limit is 5 MB\./],
  ])('when %s, then /healthz answers every probe meanwhile (latencies printed)', async (label, urlPath, name, answer) => {
    const rssBefore = process.memoryUsage().rss;
    const turn = send(chaser, { ...importMessage(`${files.url}${urlPath}`, name), serviceUrl: connector.url });
    const probes = await probeWhile(chaser, turn);
    const { status, replies } = await turn;
    report(label, probes, rssBefore);
    expect(probes.every((p) => p.status === 200)).toBe(true);
    expect(status).toBe(200);
    expect(JSON.stringify(replies)).toMatch(answer);
    expect(JSON.stringify(replies)).not.toMatch(/something went wrong/);
  }, 240_000);
});
