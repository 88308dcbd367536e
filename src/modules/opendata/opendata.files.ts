import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { open, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A download written out once: where it lies, its digest (the ETag), size and rows. */
export interface DatasetFile {
  path: string;
  digest: string;
  bytes: number;
  rows: number;
}

/** Where a download's text goes while it is read from the database: a file, hashed as it is written. */
export interface Sink {
  write(text: string): Promise<void>;
  /** One more data row (for the count). */
  row(): void;
}

/** The folders of every DatasetFiles in this process, removed when it exits (one listener for all). */
const FOLDERS = new Set<string>();
function removeFolders() {
  for (const dir of FOLDERS) rmSync(dir, { recursive: true, force: true });
  FOLDERS.clear();
}

interface Kept extends DatasetFile {
  generation: number;
  madeAt: number;
  /** When the bytes last changed (from the database's record). */
  modified: Date;
}

/**
 * Downloads of the data sets, written to files once and served from there until the tenant changes.
 * Reading a data set holds one read-only snapshot of the database for as long as it takes to read, not
 * for as long as a slow client takes to download; the file is then served to everyone who asks for the
 * same bytes. A change in the tenant (the response cache's generation, which every process hears of
 * within a second) makes the next request write the file anew; `maxAgeMs` bounds changes made behind
 * the app's back. Many asking at once wait for one writer (single flight).
 */
export class DatasetFiles {
  private readonly kept = new Map<string, Kept>();
  private readonly flights = new Map<string, Promise<Kept>>();
  private dir: string | undefined;

  constructor(private readonly opts: { maxFiles?: number; maxAgeMs?: number } = {}) {}

  private folder(): string {
    if (!this.dir) {
      this.dir = mkdtempSync(join(tmpdir(), 'rathaus-opendata-'));
      FOLDERS.add(this.dir);
      if (FOLDERS.size === 1) process.once('exit', removeFolders);
    }
    return this.dir;
  }

  /** Writes a download to a new file through `fill`; the caller removes it (see `discard`) unless kept. */
  async write(fill: (sink: Sink) => Promise<void>): Promise<DatasetFile> {
    // Made again if a cleaner of the temporary folder removed it meanwhile.
    mkdirSync(this.folder(), { recursive: true });
    const path = join(this.folder(), `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);
    const handle = await open(path, 'w');
    const hash = createHash('sha256');
    let bytes = 0;
    let rows = 0;
    try {
      await fill({
        async write(text) {
          if (!text) return;
          const buf = Buffer.from(text, 'utf8');
          hash.update(buf);
          bytes += buf.length;
          await handle.write(buf);
        },
        row() {
          rows++;
        },
      });
    } catch (err) {
      await handle.close();
      await unlink(path).catch(() => {});
      throw err;
    }
    await handle.close();
    return { path, digest: hash.digest('base64url').slice(0, 32), bytes, rows };
  }

  /** Removes a file written for one answer only (a reader that opened it keeps reading). */
  discard(file: DatasetFile): void {
    unlink(file.path).catch(() => {});
  }

  /** The kept download under `key` if it is current (written after the tenant's latest change), else undefined. */
  peek(key: string, generation: number): Kept | undefined {
    const found = this.kept.get(key);
    return found &&
      found.generation === generation &&
      Date.now() - found.madeAt <= (this.opts.maxAgeMs ?? 600_000)
      ? found
      : undefined;
  }

  /**
   * The kept download under `key` while it is current, else a new one from `make` (one writer however
   * many ask); `modified` tells when its bytes last changed.
   */
  async get(
    key: string,
    generation: number,
    make: () => Promise<DatasetFile>,
    modified: (file: DatasetFile) => Promise<Date>,
  ): Promise<Kept> {
    const found = this.peek(key, generation);
    if (found) {
      this.kept.delete(key);
      this.kept.set(key, found);
      return found;
    }
    // Only a write begun after the latest change answers: the flight is per generation.
    const flightKey = `${key} ${generation}`;
    const flight = this.flights.get(flightKey);
    if (flight) return flight;
    const p = (async () => {
      const file = await make();
      let changedAt: Date;
      try {
        changedAt = await modified(file);
      } catch (err) {
        this.discard(file);
        throw err;
      }
      const kept: Kept = { ...file, generation, madeAt: Date.now(), modified: changedAt };
      const old = this.kept.get(key);
      this.kept.delete(key);
      this.kept.set(key, kept);
      if (old) this.discard(old);
      // Least recently used out.
      while (this.kept.size > (this.opts.maxFiles ?? 200)) {
        const [k, v] = this.kept.entries().next().value as [string, Kept];
        this.kept.delete(k);
        this.discard(v);
      }
      return kept;
    })();
    this.flights.set(flightKey, p);
    try {
      return await p;
    } finally {
      this.flights.delete(flightKey);
    }
  }
}
