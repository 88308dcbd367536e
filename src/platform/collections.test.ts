import { describe, expect, it } from 'vitest';
import { mapLimited, pageOf } from './collections.ts';

describe('mapLimited', () => {
  it('keeps the items’ order and never has more than the limit in progress', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimited([30, 5, 20, 1, 10, 2], 3, async (ms) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 10, 40, 2, 20, 4]);
    expect(most).toBe(3);
  });

  it('answers an empty list without calling', async () => {
    expect(await mapLimited([], 4, async () => 1)).toEqual([]);
  });

  it('passes a failure on', async () => {
    await expect(
      mapLimited([1, 2], 2, async (n) => (n === 2 ? Promise.reject(new Error('no')) : n)),
    ).rejects.toThrow('no');
  });
});

describe('pageOf', () => {
  it('cuts one page and counts the pages', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual({ items: [3, 4], first: 2, pages: 3 });
    expect(pageOf([1, 2], 3, 2)).toEqual({ items: [], first: 4, pages: 1 });
  });
});
