/**
 * Gradient-boosted regression trees (least squares), small enough to read: each tree splits on one
 * feature at a time and fits what the trees before it left unexplained. It learns how many weak signals
 * add up — how the duplicate hints combine their pair features (`pair-features.ts`) into one score on
 * people's scale — from a few thousand examples in seconds, and predicts in microseconds.
 * Deterministic: the same examples and options give the same model on every machine.
 */

/** A split node `[feature, threshold, left, right]` (left when the value ≤ threshold) or a leaf value. */
export type TreeNode = number | [number, number, TreeNode, TreeNode];

/** A trained model as plain data (JSON): the starting value plus the trees' contributions. */
export interface BoostedTrees {
  features: readonly string[];
  base: number;
  trees: TreeNode[];
}

export interface BoostOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** No leaf holds fewer examples than this. */
  minLeaf: number;
  /** Share of the examples each tree sees (drawn with a seeded generator). */
  subsample: number;
  seed: number;
}

export const BOOST_DEFAULTS: BoostOptions = {
  trees: 300,
  depth: 3,
  learningRate: 0.05,
  minLeaf: 20,
  subsample: 0.8,
  seed: 1,
};

/** Candidate thresholds per feature: 47 quantiles of its values (ties merged). */
const BINS = 48;

export function fitBoostedTrees(
  names: readonly string[],
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: Partial<BoostOptions> = {},
): BoostedTrees {
  const o = { ...BOOST_DEFAULTS, ...options };
  const n = x.length;
  const d = names.length;
  if (!n || y.length !== n) throw new Error('fitBoostedTrees: need as many targets as examples');
  const thresholds: number[][] = [];
  for (let j = 0; j < d; j++) {
    const values = x.map((r) => r[j]!).sort((a, b) => a - b);
    const t = new Set<number>();
    for (let q = 1; q < BINS; q++) t.add(values[Math.floor((q / BINS) * (n - 1))]!);
    thresholds.push([...t].sort((a, b) => a - b));
  }
  // Each value's bin: the index of the first threshold it does not exceed.
  const bins = x.map((r) =>
    r.map((v, j) => {
      const t = thresholds[j]!;
      let lo = 0;
      let hi = t.length;
      while (lo < hi) {
        const m = (lo + hi) >> 1;
        if (v <= t[m]!) hi = m;
        else lo = m + 1;
      }
      return lo;
    }),
  );
  const base = y.reduce((s, v) => s + v, 0) / n;
  const predicted = new Float64Array(n).fill(base);
  const residual = new Float64Array(n);
  let seed = o.seed >>> 0;
  const random = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };

  const grow = (rows: number[], depth: number): TreeNode => {
    let sum = 0;
    for (const i of rows) sum += residual[i]!;
    const leaf = (sum / rows.length) * o.learningRate;
    if (depth === 0 || rows.length < 2 * o.minLeaf) return leaf;
    const parent = (sum * sum) / rows.length;
    let best = { gain: 0, feature: -1, bin: -1 };
    for (let j = 0; j < d; j++) {
      const count = thresholds[j]!.length + 1;
      const sums = new Float64Array(count);
      const counts = new Int32Array(count);
      for (const i of rows) {
        const b = bins[i]![j]!;
        sums[b] = sums[b]! + residual[i]!;
        counts[b] = counts[b]! + 1;
      }
      let leftSum = 0;
      let leftCount = 0;
      for (let b = 0; b < count - 1; b++) {
        leftSum += sums[b]!;
        leftCount += counts[b]!;
        const rightCount = rows.length - leftCount;
        if (leftCount < o.minLeaf || rightCount < o.minLeaf) continue;
        const rightSum = sum - leftSum;
        const gain = (leftSum * leftSum) / leftCount + (rightSum * rightSum) / rightCount - parent;
        if (gain > best.gain) best = { gain, feature: j, bin: b };
      }
    }
    if (best.feature < 0) return leaf;
    const left = rows.filter((i) => bins[i]![best.feature]! <= best.bin);
    const right = rows.filter((i) => bins[i]![best.feature]! > best.bin);
    return [
      best.feature,
      thresholds[best.feature]![best.bin]!,
      grow(left, depth - 1),
      grow(right, depth - 1),
    ];
  };

  const trees: TreeNode[] = [];
  for (let k = 0; k < o.trees; k++) {
    for (let i = 0; i < n; i++) residual[i] = y[i]! - predicted[i]!;
    const rows: number[] = [];
    for (let i = 0; i < n; i++) if (random() < o.subsample) rows.push(i);
    const tree = grow(rows, o.depth);
    trees.push(tree);
    for (let i = 0; i < n; i++) predicted[i] = predicted[i]! + leafOf(tree, x[i]!);
  }
  return { features: [...names], base, trees };
}

function leafOf(node: TreeNode, x: readonly number[]): number {
  let t = node;
  while (typeof t !== 'number') t = x[t[0]]! <= t[1] ? t[2] : t[3];
  return t;
}

/** The model's prediction for one example (its features in the model's order). */
export function predictBoosted(model: BoostedTrees, x: readonly number[]): number {
  let sum = model.base;
  for (const tree of model.trees) sum += leafOf(tree, x);
  return sum;
}
