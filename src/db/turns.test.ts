import { describe, expect, it } from 'vitest';
import { inTurn, turn } from './turns.ts';

/** Keeps the thread busy for `ms`, as drawing a page does. */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('turns', () => {
  it('lets work go in the order it asked', async () => {
    const order: number[] = [];
    await Promise.all([1, 2, 3, 4, 5].map((n) => turn().then(() => order.push(n))));
    expect(order).toEqual([1, 2, 3, 4, 5]);
  });

  it('lets the loop turn between slices of work released together', async () => {
    let done = 0;
    let doneWhenTimerRan = -1;
    // Twenty pieces released at one moment, as twenty readers of one shared reading are.
    const shared = Promise.resolve();
    setTimeout(() => {
      doneWhenTimerRan = done;
    }, 0);
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        await inTurn(shared);
        busy(5);
        done++;
      }),
    );
    expect(done).toBe(20);
    // A slice lets work run for 8 ms: two pieces of 5 ms, then the loop turns and the timer runs.
    expect(doneWhenTimerRan).toBeGreaterThanOrEqual(1);
    expect(doneWhenTimerRan).toBeLessThanOrEqual(3);
  });

  it('passes a failure through at once', async () => {
    await expect(inTurn(Promise.reject(new Error('refused')))).rejects.toThrow('refused');
  });
});
