/**
 * Bench 7: understanding chat messages (issue #16). The trained intent classifier and the recognisers
 * on the held-back phrasings of tests/fixtures/language (never used in training): intent accuracy,
 * replies read as questions, status updates read as naming another action, and the time per message.
 * Pure CPU, no store: runs inside `npm run bench` (as `languageBench`) or alone:
 *   npx tsx bench/language.ts
 */
import { shippedModel } from '../src/domain/language/load-model';
import { understand } from '../src/domain/language';
import { corpusContext, heldBackCorpus, trainingCorpus } from '../tests/support/language/corpus';
import { evaluate } from '../tests/support/language/evaluate';
import type { BenchContext } from './support/context';
import { Report, markdownTable, ms } from './support/results';
import { summarize } from './support/stats';

const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
const ROUNDS = 5;

export async function languageBench(ctx: Pick<BenchContext, 'progress' | 'quick'>): Promise<Report[]> {
  const report = new Report('7. understanding chat');
  const loadStarted = performance.now();
  const loaded = shippedModel();
  const loadMs = performance.now() - loadStarted;
  const context = corpusContext();
  const heldBack = heldBackCorpus();
  const ev = evaluate(heldBack, context);
  ctx.progress(`  language: ${heldBack.length} held-back phrasings, ${ev.misses.length} with a miss`);

  const samples: number[] = [];
  for (let round = 0; round < (ctx.quick ? 2 : ROUNDS); round++) {
    for (const row of heldBack) {
      const started = performance.now();
      understand(row.text, context);
      samples.push(performance.now() - started);
    }
  }
  const time = summarize(samples);
  const accuracy = ev.intentCorrect / ev.total;
  const misread = ev.repliesAsQuestions / ev.replies;
  report.add('intent accuracy (held back)', `${pct(accuracy)} (${ev.intentCorrect}/${ev.total})`, '≥ 95 %', accuracy >= 0.95, { accuracy });
  report.add('replies read as questions', `${pct(misread)} (${ev.repliesAsQuestions}/${ev.replies})`, '≤ 1 %', misread <= 0.01, { misread });
  report.add('updates naming another action', String(ev.updatesOnWrongAction), '0', ev.updatesOnWrongAction === 0, { wrong: ev.updatesOnWrongAction });
  report.add('entities as expected (held back)', `${pct(ev.entitiesCorrect / ev.withEntities)} (${ev.entitiesCorrect}/${ev.withEntities})`);
  report.add('time per message p50 / p95', `${ms(time.p50)} / ${ms(time.p95)}`, '—', null, { p50: time.p50, p95: time.p95 });
  report.add('model load (first use)', `${ms(loadMs)} (${Object.keys(loaded.model.weights).length} features, ${loaded.model.labels.length} intents)`);
  report.details.training = trainingCorpus().length;
  report.details.heldBack = heldBack.length;
  report.details.misses = ev.misses;
  for (const m of ev.misses) report.note(`language miss: "${m.text}" → ${m.got}, meant ${m.expected}${m.problems.length ? ` (${m.problems.join('; ')})` : ''}`);
  return [report];
}

if (require.main === module) {
  const progress = (m: string): void => void process.stderr.write(`${m}\n`);
  languageBench({ progress, quick: process.argv.includes('--quick') }).then((reports) => {
    const result = { id: 'language', title: '7. understanding chat', ms: 0, figures: reports.flatMap((r) => r.figures), details: {}, notes: reports.flatMap((r) => r.notes), error: null };
    process.stdout.write(`${markdownTable([result])}\n${result.notes.map((n) => `- ${n}`).join('\n')}\n`);
    process.exitCode = result.figures.some((f) => f.pass === false) ? 1 : 0;
  }).catch((err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  });
}
