import { messageFeatures } from './classify';
import { IntentModel } from './intent-model';
import { MaskNames } from './mask';
import { DEFAULT_TRAINING, trainIntentModel } from './train-intent-model';

/** One phrasing of the corpus with the intent it means. */
export interface LabelledMessage {
  text: string;
  intent: string;
}

/**
 * The shipped model from the training phrasings (never the held-back ones): masked with `names`, the
 * corpus context's leads, boards and references, as messages are masked when classified.
 */
export function trainFromCorpus(messages: LabelledMessage[], names: MaskNames): IntentModel {
  const examples = messages.map((m) => ({ ...messageFeatures(m.text, names), label: m.intent }));
  const vocabulary = new Set(examples.flatMap((e) => e.masked.split(' ').filter(Boolean)));
  return trainIntentModel(examples.map(({ features, label }) => ({ features, label })), [...vocabulary], DEFAULT_TRAINING);
}
