import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';

/** A PDF standard Typst writes; PDF/UA-1 for everything the public reads (BITV, EN 301 549 § 10). */
export type PdfStandard = 'ua-1' | 'a-2a';

export interface PdfJob {
  /** The Typst document. It reads its data from `sys.inputs`, so no data is ever parsed as markup. */
  template: string;
  inputs: Record<string, string>;
  standard: PdfStandard;
  /** The document's date in seconds since 1970: the same data then gives the same bytes (and ETag). */
  timestamp: number;
  /**
   * Binary files the document reads by path (`image("/logo-….png")`), such as the city's logo. Their
   * names must change with their bytes: the kept PDFs are found by name, not by content.
   */
  files?: Record<string, Uint8Array>;
}

export interface RenderedPdf {
  body: Buffer;
  /** A strong validator of the bytes: the hash of what they were made from. */
  etag: string;
}

/** Typst refused the document (a template error, or PDF/UA rules the data broke, e.g. a missing title). */
export class PdfRenderError extends Error {}

interface Pending {
  resolve: (pdf: Buffer) => void;
  reject: (e: Error) => void;
}

/**
 * Renders Typst documents to PDF in one worker thread, started at the first job and ended after a minute
 * without one (it holds the fonts and Typst's memo, about 100 MB), and keeps the last PDFs made (up to
 * `maxBytes`), so a published report is laid out once per process and per change of its data.
 */
export class PdfRenderer {
  private worker: Worker | undefined;
  private idle: NodeJS.Timeout | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly made = new Map<string, Promise<Buffer>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;

  constructor(private readonly opts: { maxBytes?: number; idleMs?: number } = {}) {}

  async render(job: PdfJob): Promise<RenderedPdf> {
    const key = createHash('sha256')
      .update(
        JSON.stringify([job.template, job.inputs, job.standard, job.timestamp, Object.keys(job.files ?? {})]),
      )
      .digest('base64url')
      .slice(0, 32);
    let made = this.made.get(key);
    if (made) {
      // Most recently used last.
      this.made.delete(key);
      this.made.set(key, made);
    } else {
      made = this.run(job);
      this.made.set(key, made);
      made.then(
        (pdf) => this.account(key, pdf.length),
        () => this.made.delete(key),
      );
    }
    return { body: await made, etag: `"pdf-${key}"` };
  }

  /** Ends the worker (at shutdown; the next job would start a new one). */
  async close() {
    clearTimeout(this.idle);
    const w = this.worker;
    this.worker = undefined;
    await w?.terminate();
  }

  private account(key: string, size: number) {
    if (!this.made.has(key)) return;
    this.sizes.set(key, size);
    this.bytes += size;
    const max = this.opts.maxBytes ?? 32 * 1024 * 1024;
    for (const old of this.made.keys()) {
      if (this.bytes <= max || old === key) break;
      this.bytes -= this.sizes.get(old) ?? 0;
      this.sizes.delete(old);
      this.made.delete(old);
    }
  }

  private run(job: PdfJob): Promise<Buffer> {
    const worker = this.start();
    clearTimeout(this.idle);
    // Kept alive while it works (a command waits for its PDF); unref'd again when idle.
    worker.ref();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage({ id, ...job });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./typst.worker.mjs', import.meta.url));
    // Never what keeps the process alive.
    worker.unref();
    worker.on('message', (m: { id: number; pdf?: Uint8Array; error?: string }) => {
      const p = this.pending.get(m.id);
      this.pending.delete(m.id);
      if (m.pdf) p?.resolve(Buffer.from(m.pdf.buffer, m.pdf.byteOffset, m.pdf.byteLength));
      else p?.reject(new PdfRenderError(m.error ?? 'Typst could not compile.'));
      if (!this.pending.size) {
        this.worker?.unref();
        clearTimeout(this.idle);
        this.idle = setTimeout(() => void this.close(), this.opts.idleMs ?? 60_000);
        this.idle.unref();
      }
    });
    const fail = (e: Error) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      if (this.worker === worker) this.worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new PdfRenderError(`The PDF worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }
}

/**
 * Whether Typst can place an image in a PDF/UA document: what a city uploads as its logo must never stop
 * its reports from rendering later. Resolves with the reason when it cannot.
 */
export async function imageProblem(
  renderer: PdfRenderer,
  bytes: Uint8Array,
  ext: 'png' | 'jpg' | 'svg',
): Promise<string | undefined> {
  const name = `/check-${createHash('sha256').update(bytes).digest('hex').slice(0, 16)}.${ext}`;
  try {
    await renderer.render({
      template: `#set document(title: "Check")\n#set text(lang: "de")\n#image("${name}", alt: "Check", width: 3cm)`,
      inputs: {},
      standard: 'ua-1',
      timestamp: 0,
      files: { [name]: bytes },
    });
    return undefined;
  } catch (e) {
    if (e instanceof PdfRenderError) return e.message;
    throw e;
  }
}

/** The process's renderer: PDFs are made for every tenant by the same worker. */
export const pdfRenderer = new PdfRenderer();
