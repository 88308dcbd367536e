import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Categoriser, type Example } from './categorise.ts';
import type { ClusterResult } from './cluster.ts';
import type { DocumentFrequencies } from './similarity.ts';
import type { TextTask } from './text.worker.ts';

type Message<R> = { type: 'progress'; done: number; total: number } | { type: 'done'; result: R };

/** How many tasks went to worker threads, by kind (what a test can check besides timing). */
export const textThreadRuns = { cluster: 0, train: 0 };

/**
 * At most this many text workers run at once (each holds its texts and model, ~100 MB for a large
 * process); further tasks wait their turn, so many tenants training at once cannot exhaust memory or
 * starve the event loop of CPU. One core is left for serving pages.
 */
export const MAX_TEXT_WORKERS = Math.max(1, Math.min(4, availableParallelism() - 1));
let running = 0;
const waiting: (() => void)[] = [];

/** Current and queued text tasks (what a test can check besides timing). */
export function textWorkerLoad() {
  return { running, waiting: waiting.length, max: MAX_TEXT_WORKERS };
}

async function slot(): Promise<() => void> {
  if (running >= MAX_TEXT_WORKERS) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

/** Runs one task in a fresh worker thread (when a slot is free) and resolves with its result. */
async function inThread<R>(
  task: TextTask,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<R> {
  const release = await slot();
  try {
    return await runWorker<R>(task, onProgress);
  } finally {
    release();
  }
}

function runWorker<R>(task: TextTask, onProgress: (done: number, total: number) => void): Promise<R> {
  textThreadRuns[task.task]++;
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./text-worker.mjs', import.meta.url), { env: process.env });
    let settled = false;
    worker.on('message', (msg: Message<R>) => {
      if (msg.type === 'progress') onProgress(msg.done, msg.total);
      else {
        settled = true;
        resolve(msg.result);
        void worker.terminate();
      }
    });
    worker.on('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`The text worker stopped (exit code ${code}).`));
    });
    worker.postMessage(task);
  });
}

/**
 * Runs clusterTexts in a worker thread, so clustering (100,000 proposals take about a minute, a few
 * thousand a few seconds) never blocks the event loop that serves pages and, on PGlite, the database.
 */
export function clusterInThread(
  texts: readonly string[],
  onProgress: (done: number, total: number) => void = () => {},
  opts: { df?: DocumentFrequencies; threshold?: number } = {},
): Promise<ClusterResult> {
  return inThread<ClusterResult>(
    { task: 'cluster', texts: [...texts], df: opts.df?.toData(), threshold: opts.threshold },
    onProgress,
  );
}

/** Trains the category suggester in a worker thread (seconds for 3,000 examples) and returns the model. */
export async function trainInThread(examples: readonly Example[]): Promise<Categoriser> {
  return Categoriser.fromData(await inThread({ task: 'train', examples: [...examples] }));
}
