import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// A new embedded database starts from a template: a cluster packed by PGlite's dumpDataDir, either empty
// with every migration applied, or holding the Bonn demo (src/demo/template.ts). Initialising a cluster in
// WebAssembly (initdb) and applying the migrations costs 4–5 s, seeding the demo 5–7 s; unpacking a
// template 1–1.5 s. `npm ci` makes them (`rathaus prepare`, as a PostgreSQL package runs initdb when it is
// installed); without them a new database is initialised and seeded as before.

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where templates live: beside the installed packages, so `npm ci` starts afresh (tests use their own). */
function templateDir(): string {
  return process.env.RATHAUS_TEMPLATE_DIR ?? path.join(ROOT, 'node_modules/.cache/rathaus');
}

/** A digest of files' names and contents (folders walked, sorted) and some words, to name a template. */
export function digestOf(paths: string[], words: string[] = []): string {
  const digest = createHash('sha256');
  digest.update(words.join('\0'));
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    if (readdirSyncSafe(p)) {
      for (const entry of readdirSync(p).sort()) walk(path.join(p, entry));
      return;
    }
    digest.update(`\0${path.relative(ROOT, p)}\0`);
    digest.update(readFileSync(p));
  };
  for (const p of paths) walk(p);
  return digest.digest('hex').slice(0, 16);
}

function readdirSyncSafe(p: string): boolean {
  try {
    readdirSync(p);
    return true;
  } catch {
    return false;
  }
}

/** PGlite's version: a template is only unpacked by the PGlite that packed it. */
export function pgliteVersion(): string {
  return (
    JSON.parse(readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
}

/** Where the template of that name lives. */
export function templatePath(name: string): string {
  return path.join(templateDir(), `${name}.tar.gz`);
}

/** The template, if `rathaus prepare` made it for this build. */
export function readTemplate(file: string): Blob | undefined {
  if (!existsSync(file)) return undefined;
  return new Blob([readFileSync(file)]);
}

/**
 * Stores a template (under a temporary name, then renamed) and removes the older ones of its kind (the
 * same file name up to the first dash).
 */
export function writeTemplate(file: string, bytes: Uint8Array) {
  const dir = path.dirname(file);
  mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  const kind = `${path.basename(file).split('-')[0]}-`;
  for (const other of readdirSync(dir))
    if (other.startsWith(kind) && path.join(dir, other) !== file)
      rmSync(path.join(dir, other), { force: true });
}

/** A data directory PGlite has not initialised yet (absent or empty). */
export function isNewDataDir(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}
