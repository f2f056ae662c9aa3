/**
 * A multinomial logistic-regression intent model (softmax over weighted features). Trained from the
 * corpus in tests/fixtures/language by `train-intent-model.ts` and shipped as `intent-model.json`.
 */
export interface IntentModel {
  /** Bumped when the features change, so an old file is not read with new features. */
  version: number;
  labels: string[];
  bias: number[];
  /** Per feature, one weight per label (in `labels` order); features with no weight left out. */
  weights: Record<string, number[]>;
  /** Every word the model has seen, for correcting typos to a word it knows. */
  vocabulary: string[];
}

export const MODEL_VERSION = 2;

/** Probabilities per label (same order as `model.labels`), summing to 1. */
export function predict(model: IntentModel, features: string[]): number[] {
  const scores = [...model.bias];
  for (const f of features) {
    const w = model.weights[f];
    if (!w) continue;
    for (let k = 0; k < scores.length; k++) scores[k]! += w[k]!;
  }
  return softmax(scores);
}

export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
