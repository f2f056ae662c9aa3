import { IntentModel, MODEL_VERSION, softmax } from './intent-model';
import { seededRandom } from '../seeded-random';

/** One training example: its features and its intent. */
export interface TrainingExample {
  features: string[];
  label: string;
}

export interface TrainingOptions {
  epochs: number;
  /** Step size at the first epoch; it decays as 1 / (1 + epoch / 10). */
  rate: number;
  /** L2 penalty per step. */
  l2: number;
  seed: number;
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 40, rate: 0.5, l2: 1e-5, seed: 16 };

function shuffled<T>(items: T[], next: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Three decimals are plenty; `|| 0` so no -0 appears (JSON would write it as 0). */
/** A feature none of whose weights reaches this is left out of the file: it barely moves any score. */
const MIN_WEIGHT = 0.05;

const round = (x: number): number => Math.round(x * 1000) / 1000 || 0;

/**
 * Trains the softmax model by stochastic gradient descent on the cross-entropy. Pure and
 * deterministic (seeded order), so the shipped file can be checked against a fresh training.
 */
export function trainIntentModel(examples: TrainingExample[], vocabulary: string[], options = DEFAULT_TRAINING): IntentModel {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  const index = new Map(labels.map((l, i) => [l, i]));
  const bias = labels.map(() => 0);
  const weights = new Map<string, number[]>();
  const next = seededRandom(options.seed);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.rate / (1 + epoch / 10);
    for (const ex of shuffled(examples, next)) {
      const rows = ex.features.map((f) => weights.get(f) ?? weights.set(f, labels.map(() => 0)).get(f)!);
      const scores = bias.map((b, k) => rows.reduce((s, w) => s + w[k]!, b));
      const p = softmax(scores);
      const target = index.get(ex.label)!;
      for (let k = 0; k < labels.length; k++) {
        const g = p[k]! - (k === target ? 1 : 0);
        bias[k]! -= rate * g;
        for (const w of rows) w[k]! -= rate * (g + options.l2 * w[k]!);
      }
    }
  }
  const kept: Record<string, number[]> = {};
  for (const [f, w] of [...weights].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (w.some((x) => Math.abs(x) >= MIN_WEIGHT)) kept[f] = w.map(round);
  }
  return { version: MODEL_VERSION, labels, bias: bias.map(round), weights: kept, vocabulary: [...vocabulary].sort() };
}
