import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUICK_WIN, rankSubjects } from './scoring.rank.ts';

const model = {
  criteria: [
    { id: 'benefit', axis: 'value' as const },
    { id: 'reach', axis: 'value' as const },
    { id: 'effort', axis: 'effort' as const },
  ],
  weights: new Map([
    ['benefit', 30],
    ['reach', 10],
    ['effort', 20],
  ]),
};
const subject = (id: string, title = id) => ({
  type: 'project' as const,
  id,
  title,
  href: `/projekte/${id}`,
});
const score = (subjectId: string, criterionId: string, value: number) => ({
  subjectType: 'project' as const,
  subjectId,
  criterionId,
  score: value,
  justification: '',
});

describe('the ranking of ideas and projects', () => {
  it('orders by the weighted mean and keeps the unscored apart', () => {
    const { items, unscored } = rankSubjects(
      model,
      [subject('a'), subject('b'), subject('c')],
      [score('a', 'benefit', 5), score('a', 'effort', 1), score('b', 'benefit', 2), score('b', 'reach', 5)],
    );
    expect(items.map((i) => [i.id, i.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    // a: (30×5 + 20×1) ÷ 50 = 3.4; b: (30×2 + 10×5) ÷ 40 = 2.75.
    expect(items[0]!.total).toBeCloseTo(3.4);
    expect(items[1]!.total).toBeCloseTo(2.75);
    expect(unscored.map((u) => u.id)).toEqual(['c']);
  });

  it('calls a project a quick win when value and ease are high enough', () => {
    const { items } = rankSubjects(
      model,
      [subject('quick'), subject('slow')],
      [
        score('quick', 'benefit', QUICK_WIN.value),
        score('quick', 'effort', Math.ceil(QUICK_WIN.ease)),
        score('slow', 'benefit', 5),
        score('slow', 'effort', 1),
      ],
    );
    expect(Object.fromEntries(items.map((i) => [i.id, i.quickWin]))).toEqual({ quick: true, slow: false });
    expect(items.find((i) => i.id === 'slow')!.effort).toBe(4);
  });

  it('ranks every scored subject once, totals between 0 and 5, best first', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('benefit', 'reach', 'effort'), fc.integer({ min: 0, max: 5 })), {
          maxLength: 12,
        }),
        (entries) => {
          const ids = ['p0', 'p1', 'p2', 'p3'];
          const scores = entries.map(([c, v], i) => score(ids[i % ids.length]!, c, v));
          const { items, unscored } = rankSubjects(
            model,
            ids.map((id) => subject(id)),
            scores,
          );
          expect(items.length + unscored.length).toBe(ids.length);
          items.forEach((item, i) => {
            expect(item.rank).toBe(i + 1);
            expect(item.total).toBeGreaterThanOrEqual(0);
            expect(item.total).toBeLessThanOrEqual(5);
            if (i > 0) expect(items[i - 1]!.total).toBeGreaterThanOrEqual(item.total);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
