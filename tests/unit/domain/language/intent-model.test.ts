import * as fs from 'fs';
import { shippedModel } from '../../../../src/domain/language/load-model';
import { trainFromCorpus } from '../../../../src/domain/language/train-from-corpus';
import { MODEL_FILE, corpusNames, trainingCorpus } from '../../../support/language/corpus';

describe('the shipped intent model', () => {
  it('when the training phrasings are trained again, then the result equals the shipped file (run scripts/train-language-model.ts after changing the corpus)', () => {
    const shipped = JSON.parse(fs.readFileSync(MODEL_FILE, 'utf8'));
    expect(trainFromCorpus(trainingCorpus(), corpusNames())).toEqual(shipped);
  });

  it('when the model is asked for twice, then it is read once and the same one is returned', () => {
    expect(shippedModel()).toBe(shippedModel());
  });

  it('when the shipped file is parsed, then it takes a few milliseconds, not a training run', () => {
    const text = fs.readFileSync(MODEL_FILE, 'utf8');
    const started = performance.now();
    JSON.parse(text);
    expect(performance.now() - started).toBeLessThan(50);
    expect(text.length).toBeLessThan(600_000);
  });

  it('when trained twice on the same phrasings, then both models are identical (deterministic)', () => {
    const rows = trainingCorpus().slice(0, 80);
    expect(trainFromCorpus(rows, corpusNames())).toEqual(trainFromCorpus(rows, corpusNames()));
  });
});
