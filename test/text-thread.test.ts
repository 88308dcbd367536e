import { describe, expect, it } from 'vitest';
import { clusterInThread, MAX_TEXT_WORKERS, textWorkerLoad } from '../src/platform/text/text-thread.ts';

describe('text worker threads', () => {
  it('run at most MAX_TEXT_WORKERS at once; the rest wait their turn and all finish', async () => {
    const texts = Array.from({ length: 60 }, (_, i) => `Radweg ${i % 5} an der Straße ${i % 7} ausbauen`);
    let peak = 0;
    let queued = 0;
    const watch = setInterval(() => {
      const load = textWorkerLoad();
      peak = Math.max(peak, load.running);
      queued = Math.max(queued, load.waiting);
    }, 2);
    const tasks = MAX_TEXT_WORKERS + 2;
    const results = await Promise.all(Array.from({ length: tasks }, () => clusterInThread(texts)));
    clearInterval(watch);
    expect(results).toHaveLength(tasks);
    for (const r of results) expect(r.clusters.length).toBeGreaterThan(0);
    expect(peak).toBeLessThanOrEqual(MAX_TEXT_WORKERS);
    expect(queued).toBeGreaterThanOrEqual(1);
    expect(textWorkerLoad()).toMatchObject({ running: 0, waiting: 0 });
  });
});
