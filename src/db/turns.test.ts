import { describe, expect, it } from 'vitest';
import { inTurn, turn } from './turns.ts';

/** Keeps the thread busy for `ms`, as drawing a page does. */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

/**
 * Runs twenty pieces of 5 ms that resume together and counts, per turn of the event loop, how many
 * finished in it (a ticker that runs once per check phase tells the turns apart).
 */
async function piecesPerTurn(resume: (i: number) => Promise<unknown>): Promise<number[]> {
  let iteration = 0;
  let stop = false;
  const tick = () => {
    iteration++;
    if (!stop) setImmediate(tick);
  };
  setImmediate(tick);
  const finishedIn: number[] = [];
  await Promise.all(
    Array.from({ length: 20 }, async (_, i) => {
      await resume(i);
      busy(5);
      finishedIn.push(iteration);
    }),
  );
  stop = true;
  const perTurn = new Map<number, number>();
  for (const it of finishedIn) perTurn.set(it, (perTurn.get(it) ?? 0) + 1);
  return [...perTurn.values()];
}

describe('turns', () => {
  it('lets work go in the order it asked', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((n) => turn().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('lets the loop turn between slices of work released together by one promise', async () => {
    const shared = Promise.resolve();
    const perTurn = await piecesPerTurn(() => inTurn(shared));
    // Without turns all twenty would finish in one turn; a turn lets work run for 8 ms (two pieces).
    expect(perTurn.reduce((a, b) => a + b)).toBe(20);
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(4);
  });

  it('lets database answers arriving one by one go on in turns', async () => {
    // Answers as the database delivers them: one callback each, all in the same phase of the loop.
    const perTurn = await piecesPerTurn(() => inTurn(new Promise((r) => setImmediate(r))));
    expect(perTurn.reduce((a, b) => a + b)).toBe(20);
    expect(Math.max(...perTurn)).toBeLessThanOrEqual(4);
  });

  it('passes a failure through at once', async () => {
    await expect(inTurn(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });
});
