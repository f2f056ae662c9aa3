import type { RunningChaser } from '../../src/chaser';
import { TABLES, TableName } from '../../src/store/tables';
import { ALEX, activityFrom, send, startTestChaser } from '../support/bot-harness';
import { FakeConnector, startFakeConnector } from '../support/fake-connector';
import { LETTER_FILE, RECORD_FILE, importSeed } from '../support/import-seed';
import { HostileCase, hostileActivities } from './support/hostile-activities';

/** Tables a hostile activity from someone without rights may never change (conversation references and leases may). */
const PROTECTED: TableName[] = [TABLES.actions, TABLES.openActionsByDue, TABLES.leads, TABLES.admins, TABLES.deliveries, TABLES.digests, TABLES.pendingImports];

/** Text that belongs to a library or a stack, never to a sentence for a person. */
const INTERNAL_TEXT = /\bat [\w.<>]+ \(|\.js:\d+|TypeError|ReferenceError|RangeError|SyntaxError|Cannot read prop|is not a function|is not iterable|undefined is not|validateAndFix|toLowerCase|ECONNREFUSED|\[object Object\]/;

const SEED = 20260412;
const CASES = 400;

async function entityCounts(chaser: RunningChaser): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of PROTECTED) {
    const table = await chaser.store.tables.table(name);
    let n = 0;
    for await (const _entity of table.listEntities({ queryOptions: { select: ['PartitionKey'] } })) n++;
    counts[name] = n;
  }
  return counts;
}

/** Posts any body (not necessarily an activity) and reads the answer as text. */
async function post(chaser: RunningChaser, body: unknown): Promise<{ status: number; text: string }> {
  const res = await fetch(`${chaser.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: res.status, text: await res.text() };
}

/** Every string a person could be shown in the answer: reply texts, card texts, invoke messages. */
function shownStrings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => shownStrings(n, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (['text', 'message', 'value', 'title'].includes(key) || typeof value === 'object') shownStrings(value, out);
    }
  }
  return out;
}

/** What is wrong with one answer, or null: 5xx, a 4xx without a sentence, or internal text shown. */
function answerProblem(status: number, text: string): string | null {
  if (status >= 500) return `HTTP ${status}: ${text.slice(0, 200)}`;
  if (status < 200) return `HTTP ${status}`;
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      return `not JSON: ${text.slice(0, 120)}`;
    }
  }
  if (status >= 400) {
    const message = (body as { message?: unknown; value?: { message?: unknown } } | null)?.message ?? (body as { value?: { message?: unknown } } | null)?.value?.message;
    if (typeof message !== 'string' || !/[.?!]$/.test(message.trim())) return `HTTP ${status} without a sentence: ${text.slice(0, 200)}`;
  }
  const shown = shownStrings(body);
  const leaked = shown.find((s) => INTERNAL_TEXT.test(s));
  if (leaked) return `internal text shown: ${leaked.slice(0, 200)}`;
  // A fault answered politely is still a fault: hostile input must get a sentence about the input.
  if (shown.some((s) => s.startsWith(FAULT_APOLOGY))) return 'answered with the apology for a fault';
  // With expectReplies an invoke's own answer travels inside the body: it counts as the HTTP answer would.
  for (const reply of (body as { activities?: Array<{ type?: string; value?: { status?: number; body?: unknown } }> } | null)?.activities ?? []) {
    if (reply.type === 'invokeResponse') {
      const inner = answerProblem(reply.value?.status ?? 0, JSON.stringify(reply.value?.body ?? null));
      if (inner) return `invoke answer: ${inner}`;
    }
  }
  return null;
}

/** The start of userMessage()'s answer to an unexpected error (src/errors.ts). */
const FAULT_APOLOGY = 'Sorry, something went wrong on my side';

/** True when the answer, or an invoke answer inside it, is a server fault. */
function isServerFault(status: number, text: string): boolean {
  if (status >= 500 || text.includes(FAULT_APOLOGY)) return true;
  return /"type":"invokeResponse","value":\{"status":5\d\d/.test(text) || /"status":5\d\d,"body"/.test(text);
}

async function helpAnswers(chaser: RunningChaser, connectorUrl: string): Promise<boolean> {
  try {
    const { status, replies } = await send(chaser, activityFrom(ALEX, { text: 'help', serviceUrl: connectorUrl }));
    return status === 200 && replies.length === 1;
  } catch {
    return false;
  }
}

describe('several hundred seeded hostile activities against a running Chaser', () => {
  let chaser: RunningChaser;
  let connector: FakeConnector;
  beforeAll(async () => {
    connector = await startFakeConnector();
    chaser = await startTestChaser({ env: { CHASER_ADMINS: ALEX.aadObjectId } });
    await importSeed(chaser.store, LETTER_FILE);
    await importSeed(chaser.store, RECORD_FILE);
  }, 60_000);
  afterAll(async () => {
    await chaser.stop();
    await connector.stop();
  });

  it('when every case is sent, then the server keeps serving, answers 2xx/4xx with sentences, memory stays bounded and nothing is written', async () => {
    const cases: HostileCase[] = hostileActivities(SEED, CASES, { id: ALEX.id, aadObjectId: ALEX.aadObjectId, name: ALEX.name }, connector.url);
    const before = await entityCounts(chaser);
    const rssBefore = process.memoryUsage().rss;
    const failures: string[] = [];
    let crashes = 0;
    let serverErrors = 0;
    let halfWrites = 0;
    let peakRss = rssBefore;
    let counts = before;
    const statuses = new Map<number, number>();
    for (const hostile of cases) {
      let answer: { status: number; text: string } | null = null;
      try {
        answer = await post(chaser, hostile.body);
      } catch (err) {
        crashes++;
        failures.push(`#${hostile.index} ${hostile.label}: no answer (${(err as Error).message})`);
      }
      if (answer) {
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        if (isServerFault(answer.status, answer.text)) serverErrors++;
        if (process.env.HOSTILE_TRACE) console.log(`#${hostile.index} ${hostile.label} → ${answer.status} ${answer.text.slice(0, 300)}`);
        const problem = answerProblem(answer.status, answer.text);
        if (problem) failures.push(`#${hostile.index} ${hostile.label}: ${problem}`);
      }
      if (hostile.index % 25 === 24 || hostile.index === cases.length - 1) {
        if (!(await helpAnswers(chaser, connector.url))) {
          crashes++;
          failures.push(`after #${hostile.index}: help no longer answers`);
        }
        const now = await entityCounts(chaser);
        const moved = PROTECTED.filter((t) => now[t] !== counts[t]);
        if (moved.length) {
          halfWrites++;
          failures.push(`cases up to #${hostile.index}: ${moved.map((t) => `${t} ${counts[t]} → ${now[t]}`).join(', ')}`);
        }
        counts = now;
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
    }
    const growthMb = Math.round((peakRss - rssBefore) / 1048576);
    // The closing note of issue 12 reports these numbers.
    console.log(`hostile activities (seed ${SEED}): cases ${cases.length}, crashes ${crashes}, 5xx ${serverErrors}, half-writes ${halfWrites}, other failures ${failures.length - crashes - serverErrors - halfWrites}, RSS growth ${growthMb} MB; answers ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ')}`);
    expect(failures).toEqual([]);
    expect(await entityCounts(chaser)).toEqual(before);
    expect(growthMb).toBeLessThan(300);
  }, 300_000);
});

describe('the same hostile activities when authentication is on', () => {
  let chaser: RunningChaser;
  beforeAll(async () => {
    chaser = await startTestChaser({
      env: { MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555', MICROSOFT_APP_PASSWORD: 'not-a-real-secret', MICROSOFT_APP_TENANT_ID: 'tenant-1', CHASER_HOST: '127.0.0.1', CHASER_ADMINS: ALEX.aadObjectId },
    });
  });
  afterAll(async () => { await chaser.stop(); });

  it('when each is sent without a token, then every answer is 401 with a sentence, before the body is judged, and nothing is written', async () => {
    const cases = hostileActivities(SEED + 1, 150, { id: ALEX.id, aadObjectId: ALEX.aadObjectId, name: ALEX.name }, 'https://smba.trafficmanager.net/uk/');
    const before = await entityCounts(chaser);
    const wrong: string[] = [];
    for (const hostile of cases) {
      const { status, text } = await post(chaser, hostile.body);
      const message = text ? (JSON.parse(text) as { message?: string }).message : undefined;
      if (status !== 401 || !/token\.$/.test(message ?? '')) wrong.push(`#${hostile.index} ${hostile.label}: ${status} ${text.slice(0, 120)}`);
    }
    console.log(`hostile activities without a token (seed ${SEED + 1}): cases ${cases.length}, not 401 ${wrong.length}`);
    expect(wrong).toEqual([]);
    expect(await entityCounts(chaser)).toEqual(before);
  }, 120_000);
});
