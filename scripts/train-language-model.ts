/**
 * Trains Chaser's intent model from the training phrasings in tests/fixtures/language/training.json and
 * writes src/domain/language/intent-model.json (run after changing the corpus or the features):
 *   npx tsx scripts/train-language-model.ts
 * A unit test fails when the shipped file differs from what this produces.
 */
import * as fs from 'fs';
import { trainFromCorpus } from '../src/domain/language/train-from-corpus';
import { MODEL_FILE, corpusNames, trainingCorpus } from '../tests/support/language/corpus';

const started = performance.now();
const model = trainFromCorpus(trainingCorpus(), corpusNames());
fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model)}\n`);
const size = fs.statSync(MODEL_FILE).size;
process.stdout.write(`intent model: ${model.labels.length} intents, ${Object.keys(model.weights).length} features, ${(size / 1024).toFixed(0)} KiB, trained in ${(performance.now() - started).toFixed(0)} ms\n`);
