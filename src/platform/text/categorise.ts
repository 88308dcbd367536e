import { DocumentFrequencies, type DocumentFrequenciesData, type Features, features } from './similarity.ts';

/**
 * Suggests a category (a field of action, or a process's own categories) for a proposal, learned from
 * the tenant's proposals a person has already categorised. A person always confirms.
 *
 * Softmax (multinomial logistic) regression over the duplicate hints' features — character trigrams
 * and stemmed words, TF-IDF weighted and L2-normalised — trained by SGD with class-balanced weights, so
 * the small categories are not drowned by the large ones (that alone lifts macro-F1 on the Rad-Dialog from
 * about 0.58 to 0.72). Deterministic: the same examples give the same model.
 */
export const CATEGORISER = { epochs: 10, learningRate: 1, l2: 1e-4, gramWeight: 0.5, seed: 7 } as const;

export interface Example {
  text: string;
  label: string;
}

export interface Suggestion {
  label: string;
  /** Probability of the suggested label under the model, 0–1. */
  confidence: number;
}

type Vector = Map<string, number>;

function vectorOf(f: Features, df: DocumentFrequencies): Vector {
  const v: Vector = new Map();
  let norm = 0;
  for (const [k, c] of f.grams) {
    const x = CATEGORISER.gramWeight * (1 + Math.log(c)) * df.idf('g', k);
    v.set(`g${k}`, x);
    norm += x * x;
  }
  for (const [k, c] of f.stems) {
    const x = (1 + Math.log(c)) * df.idf('s', k);
    v.set(`s${k}`, x);
    norm += x * x;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

/** A trained Categoriser as plain data (structured-clone safe). */
export interface CategoriserData {
  labels: string[];
  df: DocumentFrequenciesData;
  weights: Map<string, Float64Array>;
  bias: Float64Array;
}

export class Categoriser {
  private constructor(
    readonly labels: readonly string[],
    private readonly df: DocumentFrequencies,
    private readonly weights: Map<string, Float64Array>,
    private readonly bias: Float64Array,
  ) {}

  /** Trains on examples with at least two distinct labels. */
  static train(examples: readonly Example[]): Categoriser {
    const labels = [...new Set(examples.map((e) => e.label))].sort();
    if (labels.length < 2) throw new Error('At least two categories are needed to learn from.');
    const feats = examples.map((e) => features(e.text));
    const df = new DocumentFrequencies();
    for (const f of feats) df.add(f);
    const X = feats.map((f) => vectorOf(f, df));
    const y = examples.map((e) => labels.indexOf(e.label));
    const K = labels.length;
    const counts = new Array<number>(K).fill(0);
    for (const c of y) counts[c]!++;
    const classWeight = counts.map((c) => examples.length / (K * c));
    const W = new Map<string, Float64Array>();
    const b = new Float64Array(K);
    const z = new Float64Array(K);
    const rand = rng(CATEGORISER.seed);
    const order = X.map((_, i) => i);
    for (let epoch = 0; epoch < CATEGORISER.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const eta = CATEGORISER.learningRate / (1 + epoch);
      for (const i of order) {
        const x = X[i]!;
        scores(x, W, b, z);
        softmax(z);
        for (let c = 0; c < K; c++) {
          const g = (z[c]! - (c === y[i] ? 1 : 0)) * classWeight[y[i]!]!;
          b[c]! -= eta * g;
          for (const [k, v] of x) {
            let w = W.get(k);
            if (!w) {
              w = new Float64Array(K);
              W.set(k, w);
            }
            w[c]! -= eta * (g * v + CATEGORISER.l2 * w[c]!);
          }
        }
      }
    }
    return new Categoriser(labels, df, W, b);
  }

  /** The trained model as plain data, to carry it out of the worker thread that trained it. */
  toData(): CategoriserData {
    return { labels: [...this.labels], df: this.df.toData(), weights: this.weights, bias: this.bias };
  }

  static fromData(data: CategoriserData): Categoriser {
    return new Categoriser(data.labels, DocumentFrequencies.fromData(data.df), data.weights, data.bias);
  }

  /** The most likely label and its probability. */
  suggest(text: string): Suggestion {
    const z = new Float64Array(this.labels.length);
    scores(vectorOf(features(text), this.df), this.weights, this.bias, z);
    softmax(z);
    let best = 0;
    for (let c = 1; c < z.length; c++) if (z[c]! > z[best]!) best = c;
    return { label: this.labels[best]!, confidence: z[best]! };
  }
}

function scores(x: Vector, W: Map<string, Float64Array>, b: Float64Array, out: Float64Array) {
  out.set(b);
  for (const [k, v] of x) {
    const w = W.get(k);
    if (w) for (let c = 0; c < out.length; c++) out[c]! += w[c]! * v;
  }
}

function softmax(z: Float64Array) {
  let m = Number.NEGATIVE_INFINITY;
  for (const v of z) m = Math.max(m, v);
  let s = 0;
  for (let c = 0; c < z.length; c++) {
    z[c] = Math.exp(z[c]! - m);
    s += z[c]!;
  }
  for (let c = 0; c < z.length; c++) z[c]! /= s;
}

export interface Evaluation {
  examples: number;
  accuracy: number;
  macroF1: number;
  labels: string[];
  perLabel: { label: string; precision: number; recall: number; f1: number; support: number }[];
  /** confusion[gold][predicted] */
  confusion: number[][];
}

/** Accuracy, macro-F1, per-label scores and the confusion matrix of predictions against gold labels. */
export function score(gold: readonly string[], predicted: readonly string[]): Evaluation {
  const labels = [...new Set([...gold, ...predicted])].sort();
  const idx = new Map(labels.map((l, i) => [l, i]));
  const confusion = labels.map(() => new Array<number>(labels.length).fill(0));
  for (let i = 0; i < gold.length; i++) confusion[idx.get(gold[i]!)!]![idx.get(predicted[i]!)!]!++;
  const perLabel = labels.map((label, c) => {
    const tp = confusion[c]![c]!;
    const support = confusion[c]!.reduce((s, v) => s + v, 0);
    const predictedN = confusion.reduce((s, row) => s + row[c]!, 0);
    const precision = predictedN ? tp / predictedN : 0;
    const recall = support ? tp / support : 0;
    return {
      label,
      precision,
      recall,
      f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
      support,
    };
  });
  const present = perLabel.filter((p) => p.support > 0);
  return {
    examples: gold.length,
    accuracy: gold.filter((g, i) => g === predicted[i]).length / (gold.length || 1),
    macroF1: present.reduce((s, p) => s + p.f1, 0) / (present.length || 1),
    labels,
    perLabel,
    confusion,
  };
}
