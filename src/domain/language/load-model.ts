import { IntentModel, MODEL_VERSION } from './intent-model';
import { LoadedModel, prepare } from './classify';

let loaded: LoadedModel | null = null;

/**
 * The shipped intent model, read on first use and kept (a few ms, once): nothing is trained at
 * start-up. `intent-model.json` is produced by `scripts/train-language-model.ts` from the corpus.
 */
export function shippedModel(): LoadedModel {
  if (!loaded) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = require('./intent-model.json') as IntentModel;
    if (model.version !== MODEL_VERSION) throw new Error(`intent-model.json is version ${model.version}, expected ${MODEL_VERSION}: retrain it`);
    loaded = prepare(model);
  }
  return loaded;
}
