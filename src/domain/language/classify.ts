import { IntentModel, predict } from './intent-model';
import { featuresOf } from './features';
import { MaskNames, maskMessage } from './mask';
import { correctSpelling } from './spelling';
import { findStatus } from './status-words';

/** The features of a message, as both training and classifying compute them. */
export function messageFeatures(text: string, names: MaskNames, correct?: (masked: string) => string): { masked: string; features: string[] } {
  const masked = maskMessage(text, names);
  const read = correct ? correct(masked) : masked;
  return { masked: read, features: featuresOf(read, findStatus(text)?.status ?? null) };
}

/** The model with its vocabulary ready for typo correction. */
export interface LoadedModel {
  model: IntentModel;
  vocabulary: ReadonlySet<string>;
  words: readonly string[];
}

export function prepare(model: IntentModel): LoadedModel {
  return { model, vocabulary: new Set(model.vocabulary), words: model.vocabulary };
}

/** Every intent with its probability, best first, and the message as the model read it. */
export function classify(text: string, names: MaskNames, loaded: LoadedModel): { ranked: { intent: string; confidence: number }[]; read: string } {
  const { masked, features } = messageFeatures(text, names, (m) => correctSpelling(m, loaded.vocabulary, loaded.words));
  const p = predict(loaded.model, features);
  const ranked = loaded.model.labels.map((intent, i) => ({ intent, confidence: p[i]! })).sort((a, b) => b.confidence - a.confidence);
  return { ranked, read: masked };
}
