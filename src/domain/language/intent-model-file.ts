import shipped from './intent-model.json';
import { IntentModel } from './intent-model';

/**
 * The shipped model file. Imported (so the build copies the JSON beside the code) only by
 * `load-model.ts`, and only on first use: requiring this module is what reads the file.
 */
export const intentModelFile: IntentModel = shipped;
