/** Ranks with ties averaged (1-based ranks are not needed: only differences matter). */
function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => a[0] - b[0]);
  const out = new Array<number>(values.length);
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
    for (let k = i; k <= j; k++) out[order[k]![1]] = (i + j) / 2;
    i = j + 1;
  }
  return out;
}

/** Pearson's correlation coefficient; NaN when either side is constant or the lists are empty. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  if (x.length !== y.length) throw new Error('pearson: lists differ in length');
  const n = x.length;
  if (!n) return Number.NaN;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let num = 0;
  let dx = 0;
  let dy = 0;
  for (let i = 0; i < n; i++) {
    num += (x[i]! - mx) * (y[i]! - my);
    dx += (x[i]! - mx) ** 2;
    dy += (y[i]! - my) ** 2;
  }
  return num / Math.sqrt(dx * dy);
}

/** Spearman's rank correlation (Pearson on ranks, ties averaged). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  return pearson(ranks(x), ranks(y));
}

/** A monotone non-decreasing step function: `y[i]` holds from `x[i]` (inclusive) up to `x[i + 1]`. */
export interface StepFunction {
  x: number[];
  y: number[];
}

/**
 * Isotonic regression by pool-adjacent-violators: the non-decreasing step function of `x` closest to `y`
 * in least squares. Used to turn a raw score into what people, on average, judged scores like it to be.
 */
export function isotonic(x: readonly number[], y: readonly number[]): StepFunction {
  if (x.length !== y.length) throw new Error('isotonic: lists differ in length');
  const order = x.map((_v, i) => i).sort((a, b) => x[a]! - x[b]!);
  // Blocks of pooled points: start value of x, sum of y, count.
  const blocks: { x: number; sum: number; n: number }[] = [];
  for (const i of order) {
    blocks.push({ x: x[i]!, sum: y[i]!, n: 1 });
    while (blocks.length > 1) {
      const last = blocks.at(-1)!;
      const prev = blocks.at(-2)!;
      if (prev.sum / prev.n < last.sum / last.n) break;
      prev.sum += last.sum;
      prev.n += last.n;
      blocks.pop();
    }
  }
  return { x: blocks.map((b) => b.x), y: blocks.map((b) => b.sum / b.n) };
}

/** The value of a step function at `v` (below the first step: the first value). */
export function stepAt(f: StepFunction, v: number): number {
  let lo = 0;
  let hi = f.x.length - 1;
  if (hi < 0) return Number.NaN;
  if (v < f.x[0]!) return f.y[0]!;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (f.x[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return f.y[lo]!;
}

/** The smallest `x` from which a non-decreasing step function reaches `level` (Infinity when it never does). */
export function firstReaching(f: StepFunction, level: number): number {
  const i = f.y.findIndex((v) => v >= level);
  return i < 0 ? Number.POSITIVE_INFINITY : f.x[i]!;
}

/** A piecewise-linear, strictly increasing curve through its knots (flat beyond the first and last). */
export interface Curve {
  x: readonly number[];
  y: readonly number[];
}

/**
 * The isotonic fit of `y` on `x` read at `knots` quantiles of `x` and joined by straight lines, nudged to
 * rise strictly: a monotone map to people's scale that, unlike the step function, keeps every order of
 * `x` (no two different values map to the same result between the knots).
 */
export function isotonicCurve(x: readonly number[], y: readonly number[], knots = 24): Curve {
  const fit = isotonic(x, y);
  const sorted = [...x].sort((a, b) => a - b);
  const out = { x: [] as number[], y: [] as number[] };
  for (let k = 0; k < knots; k++) {
    const at = Math.round(sorted[Math.round((k / (knots - 1)) * (sorted.length - 1))]! * 1e4) / 1e4;
    if (out.x.length && at <= out.x.at(-1)!) continue;
    const value = Math.max(stepAt(fit, at), out.y.length ? out.y.at(-1)! + 1e-3 : Number.NEGATIVE_INFINITY);
    out.x.push(at);
    out.y.push(Math.round(value * 1e4) / 1e4);
  }
  return out;
}

/** The curve's value at `v`. */
export function curveAt(c: Curve, v: number): number {
  const n = c.x.length;
  if (!n) return Number.NaN;
  if (v <= c.x[0]!) return c.y[0]!;
  if (v >= c.x[n - 1]!) return c.y[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (c.x[mid]! <= v) lo = mid;
    else hi = mid;
  }
  const t = (v - c.x[lo]!) / (c.x[hi]! - c.x[lo]!);
  return c.y[lo]! + t * (c.y[hi]! - c.y[lo]!);
}
