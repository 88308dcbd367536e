import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { learnSubstitutions, SUBSTITUTION_FEATURES, substitutionFeatures } from './substitutions.ts';

const pair = (a: string, b: string, score: number) => ({
  a: new Set(a.split(' ')),
  b: new Set(b.split(' ')),
  score,
});

describe('learned word swaps', () => {
  const table = learnSubstitutions([
    // "mann" for "kerl" keeps the meaning; "gitarr" for "flot" changes it.
    pair('mann spielt gitarr', 'kerl spielt gitarr', 5),
    pair('mann lauft', 'kerl lauft', 4.6),
    pair('frau spielt gitarr', 'frau spielt flot', 1),
    pair('kind spielt flot', 'kind spielt gitarr', 1.4),
    // Seen once: too little to learn from.
    pair('hund bellt', 'katz bellt', 0.5),
    pair('hund bellt', 'hund bellt', 5),
  ]);

  it('learns what people scored a swap, and leaves out what one pair alone says', () => {
    expect(table.swaps['kerl|mann']).toEqual([9.6, 2]);
    expect(table.swaps['flot|gitarr']).toEqual([2.4, 2]);
    expect(table.swaps).not.toHaveProperty('hund|katz');
    expect(table.top).toBe(5);
    // The mean of the pairs with anything unmatched (the identical pair has nothing).
    expect(table.prior).toBeCloseTo((5 + 4.6 + 1 + 1.4 + 0.5) / 5);
  });

  it('scores a swap that keeps the meaning above one that changes it', () => {
    const keeps = substitutionFeatures(table, new Set(['mann', 'singt']), new Set(['kerl', 'singt']));
    const changes = substitutionFeatures(table, new Set(['gitarr', 'klingt']), new Set(['flot', 'klingt']));
    expect(keeps).toHaveLength(SUBSTITUTION_FEATURES.length);
    expect(keeps[0]!).toBeGreaterThan(table.prior);
    expect(changes[0]!).toBeLessThan(table.prior);
    expect(keeps[2]).toBe(1);
  });

  it('takes an unknown swap at the prior, and a pair with nothing unmatched at the top', () => {
    const unknown = substitutionFeatures(table, new Set(['baum']), new Set(['haus']));
    expect(unknown[0]).toBeCloseTo(table.prior);
    expect(unknown[2]).toBe(0);
    expect(substitutionFeatures(table, new Set(['a', 'b']), new Set(['b', 'a']))).toEqual([5, 5, 1, 5, 5]);
  });

  it('is not fooled by a stem named like an object property', () => {
    const f = substitutionFeatures(table, new Set(['constructor']), new Set(['__proto__', 'tostring']));
    expect(f.every(Number.isFinite)).toBe(true);
  });

  it('measures a pair the same in either order', () => {
    const word = fc.constantFrom('mann', 'kerl', 'gitarr', 'flot', 'spielt', 'kind', 'frau', 'baum');
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 5 }), fc.uniqueArray(word, { maxLength: 5 }), (a, b) => {
        const ab = substitutionFeatures(table, new Set(a), new Set(b));
        const ba = substitutionFeatures(table, new Set(b), new Set(a));
        for (const [i, x] of ab.entries()) expect(x).toBeCloseTo(ba[i]!, 12);
      }),
    );
  });
});
