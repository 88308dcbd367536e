import { Worker } from 'node:worker_threads';
import type { ClusterResult } from './cluster.ts';

/**
 * Runs clusterTexts in a worker thread, so a large process (100,000 proposals take about a minute) never
 * blocks the event loop that serves pages and, on PGlite, the database.
 */
export function clusterInThread(
  texts: readonly string[],
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ClusterResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./cluster-worker.mjs', import.meta.url), { env: process.env });
    let settled = false;
    worker.on(
      'message',
      (msg: { type: 'progress'; done: number; total: number } | { type: 'done'; result: ClusterResult }) => {
        if (msg.type === 'progress') onProgress(msg.done, msg.total);
        else {
          settled = true;
          resolve(msg.result);
          void worker.terminate();
        }
      },
    );
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The clustering worker stopped (exit code ${code}).`));
    });
    worker.postMessage({ texts });
  });
}
