import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { curveAt, isotonic, isotonicCurve, spearman, stepAt } from './stats.ts';

describe('the curve to people’s scale', () => {
  it('rises strictly through its knots, so it keeps every order of what it maps (to a precision of 1e-5)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: 0, max: 100_000 }).map((v) => v / 100_000),
            fc.integer({ min: 0, max: 500 }).map((v) => v / 100),
          ),
          {
            minLength: 30,
            maxLength: 200,
          },
        ),
        (points) => {
          const c = isotonicCurve(
            points.map((p) => p[0]),
            points.map((p) => p[1]),
          );
          for (let i = 1; i < c.x.length; i++) {
            expect(c.x[i]).toBeGreaterThan(c.x[i - 1]!);
            expect(c.y[i]).toBeGreaterThan(c.y[i - 1]!);
          }
          const xs = points.map((p) => p[0]);
          const inside = xs.filter((v) => v > c.x[0]! && v < c.x.at(-1)!);
          if (inside.length > 2)
            expect(
              spearman(
                inside,
                inside.map((v) => curveAt(c, v)),
              ),
            ).toBeCloseTo(1, 9);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('follows the isotonic fit at its knots and is flat beyond them', () => {
    const x = Array.from({ length: 100 }, (_, i) => i / 100);
    const y = x.map((v) => (v < 0.5 ? 1 : 4));
    const c = isotonicCurve(x, y, 11);
    const fit = isotonic(x, y);
    for (let k = 0; k < c.x.length; k++) expect(c.y[k]).toBeGreaterThanOrEqual(stepAt(fit, c.x[k]!) - 1e-4);
    expect(curveAt(c, -1)).toBe(c.y[0]);
    expect(curveAt(c, 2)).toBe(c.y.at(-1));
    expect(curveAt(c, 0.25)).toBeCloseTo(1, 1);
    expect(curveAt(c, 0.8)).toBeGreaterThan(3.9);
  });
});
