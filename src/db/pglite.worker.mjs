// The embedded database's own thread (see embedded.ts). PGlite runs PostgreSQL compiled to WebAssembly
// on the thread that calls it: every statement would stop every other request for as long as it runs
// (up to tens of milliseconds at city scale). Here it runs beside the server's event loop, on a second
// core. Plain JavaScript: a worker does not inherit the TypeScript loader of the thread that starts it.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';

/** Open transactions by their number: each waits for the caller's COMMIT or ROLLBACK. */
const transactions = new Map();
/** Listeners by their number: each is the function that stops it. */
const listeners = new Map();
let next = 1;
/** What a transaction's callback rejects with when the caller asks for ROLLBACK. */
const ROLLBACK = new Error('rollback');

/**
 * Drizzle asks that dates, timestamps and intervals (and arrays of them) stay the text PostgreSQL sent;
 * functions cannot cross threads, so the caller names the types and they are kept as text here.
 */
const asText = (types) => (types ? Object.fromEntries(types.map((t) => [t, (value) => value])) : undefined);

/** An error with PostgreSQL's fields (code, constraint, detail …), which a clone of an Error would lose. */
function plainError(e) {
  if (!(e instanceof Error)) return { message: String(e) };
  const fields = {};
  for (const [k, v] of Object.entries(e)) if (typeof v !== 'function' && typeof v !== 'object') fields[k] = v;
  return { ...fields, name: e.name, message: e.message };
}

function handleOf(tx) {
  if (tx === undefined) return db;
  const open = transactions.get(tx);
  if (!open) throw new Error('The transaction has ended.');
  return open.tx;
}

const ops = {
  async query({ tx, text, params, rowMode, textTypes }) {
    const res = await handleOf(tx).query(text, params, { rowMode, parsers: asText(textTypes) });
    return { rows: res.rows, fields: res.fields, affectedRows: res.affectedRows };
  },
  async exec({ tx, text }) {
    const results = await handleOf(tx).exec(text);
    return results.map((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }));
  },
  /** Opens a transaction and answers with its number once BEGIN has run. */
  begin() {
    return new Promise((opened, failed) => {
      const id = next++;
      const open = {};
      open.outcome = db
        .transaction((tx) => {
          open.tx = tx;
          transactions.set(id, open);
          opened(id);
          return new Promise((resolve, reject) => {
            open.commit = resolve;
            open.rollback = reject;
          });
        })
        .finally(() => transactions.delete(id));
      // Before BEGIN ran (the database closed) this refuses the opening; afterwards `end` answers it.
      open.outcome.catch(failed);
    });
  },
  /** Ends a transaction: COMMIT, or ROLLBACK when asked; answers once PostgreSQL has done it. */
  end({ tx, commit }) {
    const open = transactions.get(tx);
    if (!open) throw new Error('The transaction has ended.');
    if (commit) open.commit();
    else open.rollback(ROLLBACK);
    return open.outcome.then(
      () => undefined,
      (e) => {
        if (e !== ROLLBACK) throw e;
      },
    );
  },
  async listen({ channel }) {
    const id = next++;
    const stop = await db.listen(channel, (payload) => parentPort.postMessage({ notify: id, payload }));
    listeners.set(id, stop);
    return id;
  },
  async unlisten({ listener }) {
    const stop = listeners.get(listener);
    listeners.delete(listener);
    if (stop && !db.closed) await stop();
  },
  async dump() {
    return new Uint8Array(await (await db.dumpDataDir('gzip')).arrayBuffer());
  },
  async close() {
    if (!db.closed) await db.close();
  },
};

const { dataDir, template, sharedBuffers } = workerData;
let db;
try {
  db = await PGlite.create({
    dataDir,
    extensions: { pg_trgm, unaccent, btree_gin },
    ...(template ? { loadDataDir: new Blob([template]) } : {}),
    ...(sharedBuffers
      ? { startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`] }
      : {}),
  });
  parentPort.postMessage({ ready: true });
} catch (e) {
  parentPort.postMessage({ ready: false, error: plainError(e) });
}

parentPort.on('message', async (msg) => {
  try {
    const result = await ops[msg.op](msg);
    const transfer = result instanceof Uint8Array ? [result.buffer] : [];
    parentPort.postMessage({ id: msg.id, result }, transfer);
  } catch (e) {
    parentPort.postMessage({ id: msg.id, error: plainError(e) });
  }
  if (msg.op === 'close') parentPort.close();
});
