import { Worker } from 'node:worker_threads';

/** One statement's answer, as PGlite gives it. */
export interface EmbeddedResults {
  rows: unknown[];
  fields: { name: string; dataTypeID: number }[];
  affectedRows?: number;
}

/** What of PGlite's interface the app uses: Drizzle's session (query, transaction) and client.ts. */
export interface EmbeddedHandle {
  query(
    text: string,
    params?: unknown[],
    options?: { rowMode?: 'array' | 'object'; parsers?: Record<number, (value: string) => unknown> },
  ): Promise<EmbeddedResults>;
  exec(text: string): Promise<EmbeddedResults[]>;
}

export interface EmbeddedClient extends EmbeddedHandle {
  transaction<T>(fn: (tx: EmbeddedHandle) => Promise<T>): Promise<T>;
  listen(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  dump(): Promise<Uint8Array>;
  close(): Promise<void>;
  readonly closed: boolean;
  /** Called once when the thread dies (WebAssembly out of memory, say); nothing will be answered after. */
  onLost(handler: ((err: Error) => void) | undefined): void;
}

export interface EmbeddedOptions {
  dataDir?: string | undefined;
  template?: Blob | undefined;
  sharedBuffers?: string | undefined;
  /** The thread's script: pglite.worker.mjs, or in tests one that can be made to die. */
  worker?: URL | undefined;
}

type Pending = { resolve: (value: unknown) => void; reject: (err: Error) => void };

/** An error from the thread, with PostgreSQL's fields (code, constraint, detail …) back on it. */
function errorOf(plain: Record<string, unknown>): Error {
  const err = new Error(String(plain.message));
  Object.assign(err, plain);
  return err;
}

/**
 * The embedded database on a thread of its own (pglite.worker.mjs), so that a statement never blocks the
 * event loop: the server goes on answering (cached pages, sessions, rendering) while PGlite works, and
 * on two cores both run at once. The thread holds the one PGlite; statements cross as messages.
 */
export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedClient> {
  const template = opts.template ? new Uint8Array(await opts.template.arrayBuffer()) : undefined;
  const worker = new Worker(opts.worker ?? new URL('./pglite.worker.mjs', import.meta.url), {
    workerData: { dataDir: opts.dataDir, template, sharedBuffers: opts.sharedBuffers },
    transferList: template ? [template.buffer] : [],
  });
  const pending = new Map<number, Pending>();
  const listeners = new Map<number, (payload: string) => void>();
  let next = 1;
  let closed = false;
  let failure: Error | undefined;
  let onLost: ((err: Error) => void) | undefined;
  /** close() was called: the thread's end is then expected, not a loss to report. */
  let closing = false;

  const ready = new Promise<void>((resolve, reject) => {
    worker.once('message', (msg: { ready: boolean; error?: Record<string, unknown> }) =>
      msg.ready
        ? resolve()
        : reject(errorOf(msg.error ?? { message: 'The embedded database did not start.' })),
    );
    worker.once('error', reject);
  });
  worker.on(
    'message',
    (msg: { id?: number; notify?: number; payload?: string; result?: unknown; error?: never }) => {
      if (msg.notify !== undefined) return listeners.get(msg.notify)?.(msg.payload ?? '');
      if (msg.id === undefined) return;
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (msg.error) p?.reject(errorOf(msg.error));
      else p?.resolve(msg.result);
    },
  );
  // The thread died (WebAssembly ran out of memory, say): nothing it was asked will be answered.
  // After close() the end is expected: what was sent meanwhile fails as closed, and no loss is reported.
  const lost = (err: Error) => {
    if (failure) return;
    closed = true;
    const reason = closing
      ? new Error('The embedded database is closed.')
      : new Error(`The embedded database stopped: ${err.message}`);
    if (!closing) failure = reason;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(reason);
    if (!closing) onLost?.(reason);
  };
  worker.on('error', lost);
  worker.on('exit', (code) => {
    if (!closed || pending.size) lost(new Error(`its thread ended with code ${code}`));
  });
  try {
    await ready;
  } catch (err) {
    await worker.terminate();
    throw err;
  }

  // The thread keeps the process alive only while a statement waits for its answer: a command that
  // forgets to close the database still ends, and one that awaits an answer is not ended under it.
  worker.unref();
  const ask = <T>(msg: Record<string, unknown>): Promise<T> => {
    if (failure) return Promise.reject(failure);
    // After close() the thread is gone: a late statement (a request during shutdown) fails, never waits.
    if (closed) return Promise.reject(new Error('The embedded database is closed.'));
    const id = next++;
    if (pending.size === 0) worker.ref();
    const settled = () => {
      if (pending.size === 0) worker.unref();
    };
    return new Promise<T>((resolve, reject) => {
      pending.set(id, {
        resolve: (v) => {
          settled();
          resolve(v as T);
        },
        reject: (e) => {
          settled();
          reject(e);
        },
      });
      worker.postMessage({ ...msg, id });
    });
  };

  const handle = (tx?: number): EmbeddedHandle => ({
    query: (text, params, options) =>
      ask({
        op: 'query',
        tx,
        text,
        params,
        rowMode: options?.rowMode,
        // Drizzle's parsers keep dates and intervals as text; the thread does the same for these types.
        textTypes: options?.parsers ? Object.keys(options.parsers).map(Number) : undefined,
      }),
    exec: (text) => ask({ op: 'exec', tx, text }),
  });

  return {
    ...handle(),
    async transaction(fn) {
      const tx = await ask<number>({ op: 'begin' });
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(handle(tx));
      } catch (err) {
        await ask({ op: 'end', tx, commit: false }).catch(() => {});
        throw err;
      }
      await ask({ op: 'end', tx, commit: true });
      return result;
    },
    async listen(channel, onMessage) {
      const listener = await ask<number>({ op: 'listen', channel });
      listeners.set(listener, onMessage);
      return async () => {
        listeners.delete(listener);
        if (!closed) await ask({ op: 'unlisten', listener });
      };
    },
    dump: () => ask<Uint8Array>({ op: 'dump' }),
    async close() {
      if (closed) return;
      closing = true;
      await ask({ op: 'close' });
      closed = true;
      await worker.terminate();
    },
    get closed() {
      return closed;
    },
    onLost(handler) {
      onLost = handler;
    },
  };
}
