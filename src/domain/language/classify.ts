import { IntentModel, predict } from './intent-model';
import { featuresOf } from './features';
import { MaskNames, maskMessage } from './mask';
import { Lexicon, correctSpelling, lexiconOf } from './spelling';
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
  lexicon: Lexicon;
}

export function prepare(model: IntentModel): LoadedModel {
  return { model, lexicon: lexiconOf(model.vocabulary) };
}

/** Every intent with its probability, best first, the message as the model read it, and how many of its words the model knows. */
export function classify(text: string, names: MaskNames, loaded: LoadedModel): { ranked: { intent: string; confidence: number }[]; read: string; known: number } {
  const { masked, features } = messageFeatures(text, names, (m) => correctSpelling(m, loaded.lexicon));
  const p = predict(loaded.model, features);
  const ranked = loaded.model.labels.map((intent, i) => ({ intent, confidence: p[i]! })).sort((a, b) => b.confidence - a.confidence);
  const known = masked.split(' ').filter((w) => loaded.lexicon.known.has(w)).length;
  return { ranked, read: masked, known };
}
