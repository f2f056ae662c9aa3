/**
 * Times each exporter on generated registers: `npx tsx bench/export-bench.ts [sizes…]` (default 500 10000).
 * Actions come from a seeded generator, so every run renders the same documents.
 */
import type { Action, Status } from '../src/domain/action';
import { STATUSES } from '../src/domain/action';
import { englandAndWalesCalendar } from '../src/domain/business-days';
import { addDays } from '../src/domain/calendar-date';
import { buildDigest } from '../src/domain/digest';
import { ExportInput, boardPaperDocx, digestJson, digestMarkdown, registerCsv, registerXlsx } from '../src/export';
import { seededRandom as seeded } from '../src/domain/seeded-random';

const WORDS = 'the MPS MOPAC will review publish data board community engagement training recruitment officers report strand pilot handbook stop search safeguarding BCU quarterly progress update'.split(' ');
const LEADS = ['MPS', 'MOPAC', 'AC Ephgrave', 'DMPC', 'Commander Dales', 'Secretariat'];
const STRANDS = [null, 'Trust and confidence', 'Workforce', 'Safeguarding'];

function generate(n: number, seed = 42): Action[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = (words: number): string => Array.from({ length: words }, () => pick(WORDS)).join(' ') + '.';
  // Fortnightly meetings over two years (52 meetings), however many actions: a register's plausible span.
  const perMeeting = Math.max(1, Math.ceil(n / 52));
  return Array.from({ length: n }, (_, i) => {
    const meetingDate = addDays('2020-01-09', 14 * Math.floor(i / perMeeting));
    const status: Status = pick(STATUSES);
    const due = rnd() < 0.1 ? null : addDays(meetingDate, 7 + Math.floor(rnd() * 120));
    const at = new Date(Date.parse(`${meetingDate}T09:00:00Z`) + Math.floor(rnd() * 60) * 86_400_000).toISOString();
    const latest = status === 'awaiting_update' ? null : { status, text: sentence(20 + Math.floor(rnd() * 40)), by: 'u1', byName: pick(LEADS), at, revisedDue: null };
    return {
      boardCode: 'OB', board: 'MOPAC MPS Oversight Board', meetingDate, number: (i % perMeeting) + 1, text: sentence(15 + Math.floor(rnd() * 30)),
      timing: due ? `By ${due}` : 'Ongoing', due, resolution: due ? 'exact' : 'none', flags: [], milestones: [], superseded: [], ref: '', lead: pick(LEADS),
      strand: pick(STRANDS), status, latest, createdAt: `${meetingDate}T12:00:00.000Z`, updatedAt: latest?.at ?? `${meetingDate}T12:00:00.000Z`,
    };
  });
}

async function time(label: string, run: () => Promise<Buffer | string | object> | Buffer | string | object): Promise<void> {
  const started = process.hrtime.bigint();
  const out = await run();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const size = Buffer.isBuffer(out) || typeof out === 'string' ? Buffer.byteLength(out) : Buffer.byteLength(JSON.stringify(out));
  console.log(`  ${label.padEnd(16)} ${ms.toFixed(0).padStart(7)} ms  ${(size / 1024).toFixed(0).padStart(7)} KiB`);
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const calendar = englandAndWalesCalendar();
  // Warm up (module loading, JIT) so the first figure is not mostly start-up.
  await boardPaperDocx({ digest: buildDigest({ asOf: '2020-06-01', actions: generate(20), since: null, unreachableLeads: [], calendar }), actions: generate(20), generatedAt: new Date() });
  for (const n of sizes.length ? sizes : [500, 10_000]) {
    const actions = generate(n);
    const asOf = addDays(actions[actions.length - 1]!.meetingDate, 30);
    console.log(`${n} actions (as of ${asOf}), node ${process.version}`);
    let input: ExportInput | null = null;
    await time('digest data', () => {
      const digest = buildDigest({ asOf, actions, since: { at: `${addDays(asOf, -7)}T07:00:00Z`, previousStatusOf: () => undefined }, unreachableLeads: [], calendar });
      input = { digest, actions, generatedAt: new Date() };
      return digest;
    });
    const ready = input!;
    await time('docx (paper)', () => boardPaperDocx(ready));
    await time('xlsx (register)', () => registerXlsx(ready));
    await time('csv (register)', () => registerCsv(ready));
    await time('markdown', () => digestMarkdown(ready));
    await time('json', () => digestJson(ready));
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
