import { describe, expect, it } from 'vitest';
import { fitBoostedTrees, predictBoosted } from './boosted-trees.ts';

describe('boosted regression trees', () => {
  // A rule no single straight line fits: a step in one feature, a slope in another, a third that is noise.
  let seed = 7;
  const random = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const x = Array.from({ length: 2000 }, () => [random(), random(), random()]);
  const truth = (r: number[]) => (r[0]! > 0.5 ? 3 : 1) + r[1]!;
  const y = x.map(truth);
  const model = fitBoostedTrees(['step', 'slope', 'noise'], x, y, { trees: 200, depth: 3 });

  it('learns a step and a slope, and ignores a feature that tells nothing', () => {
    const error = x.reduce((s, r) => s + Math.abs(predictBoosted(model, r) - truth(r)), 0) / x.length;
    expect(error).toBeLessThan(0.1);
    expect(predictBoosted(model, [0.9, 0.5, 0.1])).toBeCloseTo(3.5, 0);
    expect(predictBoosted(model, [0.1, 0.5, 0.9])).toBeCloseTo(1.5, 0);
    const splitsOn = new Set<number>();
    const walk = (n: unknown) => {
      if (Array.isArray(n)) {
        splitsOn.add(n[0]);
        walk(n[2]);
        walk(n[3]);
      }
    };
    for (const t of model.trees.slice(0, 20)) walk(t);
    expect(splitsOn.has(0) && splitsOn.has(1)).toBe(true);
  });

  it('is plain data that survives JSON, and the same examples give the same model', () => {
    const copy = JSON.parse(JSON.stringify(model));
    expect(predictBoosted(copy, [0.3, 0.2, 0.7])).toBe(predictBoosted(model, [0.3, 0.2, 0.7]));
    expect(fitBoostedTrees(['step', 'slope', 'noise'], x, y, { trees: 200, depth: 3 })).toEqual(model);
  });

  it('refuses examples without targets', () => {
    expect(() => fitBoostedTrees(['a'], [[1]], [])).toThrow(/as many targets/);
  });
});
