import { parentPort } from 'node:worker_threads';
import { clusterTexts } from './cluster.ts';

/** Clusters texts off the main thread (large participation processes), reporting progress as it goes. */
parentPort!.once('message', (msg: { texts: string[]; threshold?: number }) => {
  let last = 0;
  const result = clusterTexts(msg.texts, {
    threshold: msg.threshold,
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - last < 500 && done < total) return;
      last = now;
      parentPort!.postMessage({ type: 'progress', done, total });
    },
  });
  parentPort!.postMessage({ type: 'done', result });
});
