/**
 * Word swaps learned from pairs of texts that people scored: when two texts differ by a word on each side
 * ("Mann" here, "Kerl" there), how similar did people find such pairs? A swap that keeps the meaning
 * scores high, one that changes it ("Gitarre" for "Flöte") scores low, and a word whose absence matters
 * ("nicht") lowers every pair it is missing from. The lexical measures of `pair-features.ts` cannot know
 * this; they only see that the words differ. Learned by `learnSubstitutions` from the training pairs (the
 * duplicate hints' model ships the table it was trained with).
 */

/** Sums and counts of people's scores: per swap ("a|b", the two stems in order), per unmatched stem. */
export interface SubstitutionTable {
  /** Mean score of the pairs that have unmatched stems, what an unknown swap is taken to score. */
  prior: number;
  /** The highest score given (the same meaning): a pair with nothing unmatched. */
  top: number;
  swaps: Record<string, [sum: number, count: number]>;
  unmatched: Record<string, [sum: number, count: number]>;
}

/** One scored pair, as the stems of each side's content words. */
export interface StemPair {
  a: ReadonlySet<string>;
  b: ReadonlySet<string>;
  score: number;
}

export const SUBSTITUTION_FEATURES = [
  'swapMean',
  'swapMin',
  'swapKnown',
  'unmatchedScoreMean',
  'unmatchedScoreMin',
] as const;

/** A swap or word seen in fewer pairs is left out: one pair says too little (and the table stays small). */
const MIN_PAIRS = 2;
/** How many pairs' worth of the prior a learned mean is blended with (fewer pairs, closer to the prior). */
const SMOOTHING = 3;

const swapKey = (u: string, v: string) => (u < v ? `${u}|${v}` : `${v}|${u}`);

function sides(a: ReadonlySet<string>, b: ReadonlySet<string>) {
  return [[...a].filter((s) => !b.has(s)), [...b].filter((s) => !a.has(s))] as const;
}

/** The table of what people scored pairs with each swap and each unmatched stem. */
export function learnSubstitutions(pairs: readonly StemPair[]): SubstitutionTable {
  const swaps = new Map<string, [number, number]>();
  const unmatched = new Map<string, [number, number]>();
  const add = (m: Map<string, [number, number]>, key: string, score: number) => {
    const e = m.get(key);
    if (e) {
      e[0] += score;
      e[1]++;
    } else m.set(key, [score, 1]);
  };
  let sum = 0;
  let n = 0;
  let top = 0;
  for (const p of pairs) {
    top = Math.max(top, p.score);
    const [ua, ub] = sides(p.a, p.b);
    if (!ua.length && !ub.length) continue;
    sum += p.score;
    n++;
    for (const u of ua) for (const v of ub) add(swaps, swapKey(u, v), p.score);
    for (const u of [...ua, ...ub]) add(unmatched, u, p.score);
  }
  const kept = (m: Map<string, [number, number]>) =>
    Object.fromEntries(
      [...m]
        .filter(([, e]) => e[1] >= MIN_PAIRS)
        .map(([k, [s, c]]) => [k, [Math.round(s * 100) / 100, c] as [number, number]]),
    );
  return { prior: n ? sum / n : 0, top, swaps: kept(swaps), unmatched: kept(unmatched) };
}

/**
 * SUBSTITUTION_FEATURES of a pair: for each stem of one side without its like on the other, the best
 * learned score of swapping it for one of the other side's (mean and lowest), the share of them with a
 * known swap, and the learned score of pairs missing each (mean and lowest). The same in either order.
 */
export function substitutionFeatures(
  table: SubstitutionTable,
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
): number[] {
  const [ua, ub] = sides(a, b);
  // Own keys only: a stem may be named like an object's property ("constructor").
  const entry = (m: Record<string, [number, number]>, key: string) =>
    Object.hasOwn(m, key) ? m[key] : undefined;
  const learned = (e: readonly [number, number] | undefined) =>
    e ? (e[0] + SMOOTHING * table.prior) / (e[1] + SMOOTHING) : table.prior;
  const best = (xs: readonly string[], ys: readonly string[]) =>
    xs.map((u) => {
      let score = -1;
      for (const v of ys) {
        const e = entry(table.swaps, swapKey(u, v));
        if (e) score = Math.max(score, learned(e));
      }
      return score < 0 ? { score: table.prior, known: 0 } : { score, known: 1 };
    });
  const swaps = [...best(ua, ub), ...best(ub, ua)];
  // Nothing unmatched: the most alike a pair can be on these measures.
  if (!swaps.length) return [table.top, table.top, 1, table.top, table.top];
  const missing = [...ua, ...ub].map((u) => learned(entry(table.unmatched, u)));
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return [
    mean(swaps.map((s) => s.score)),
    Math.min(...swaps.map((s) => s.score)),
    mean(swaps.map((s) => s.known)),
    mean(missing),
    Math.min(...missing),
  ];
}
