import { MODEL_VERSION } from './intent-model';
import { LoadedModel, prepare } from './classify';

let loaded: LoadedModel | null = null;

/**
 * The shipped intent model, read on first use and kept (a few ms, once): nothing is trained at
 * start-up. `intent-model.json` is produced by `scripts/train-language-model.ts` from the corpus.
 */
export function shippedModel(): LoadedModel {
  if (!loaded) {
    // Required here, not imported at the top, so the file is read on first use and never at start-up.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const model = (require('./intent-model-file') as typeof import('./intent-model-file')).intentModelFile;
    if (model.version !== MODEL_VERSION) throw new Error(`intent-model.json is version ${model.version}, expected ${MODEL_VERSION}: retrain it`);
    loaded = prepare(model);
  }
  return loaded;
}
