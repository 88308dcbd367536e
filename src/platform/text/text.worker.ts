import { parentPort } from 'node:worker_threads';
import { Categoriser, type Example } from './categorise.ts';
import { clusterTexts } from './cluster.ts';
import { DocumentFrequencies, type DocumentFrequenciesData } from './similarity.ts';

/** What the main thread asks for: clustering (large or small) or training the category suggester. */
export type TextTask =
  | { task: 'cluster'; texts: string[]; threshold?: number; df?: DocumentFrequenciesData }
  | { task: 'train'; examples: Example[] };

/** Text work off the main thread, so pages and (on PGlite) the database keep answering meanwhile. */
parentPort!.once('message', (msg: TextTask) => {
  if (msg.task === 'train') {
    parentPort!.postMessage({ type: 'done', result: Categoriser.train(msg.examples).toData() });
    return;
  }
  let last = 0;
  const result = clusterTexts(msg.texts, {
    threshold: msg.threshold,
    df: msg.df ? DocumentFrequencies.fromData(msg.df) : undefined,
    onProgress: (done, total) => {
      const now = Date.now();
      if (now - last < 500 && done < total) return;
      last = now;
      parentPort!.postMessage({ type: 'progress', done, total });
    },
  });
  parentPort!.postMessage({ type: 'done', result });
});
