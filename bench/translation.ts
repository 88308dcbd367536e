/**
 * npm run bench:translation — machine translation throughput, against a local server that speaks the
 * DeepL API (test/fakes/translation.ts: it answers at once, so this measures Rathaus's own work: reading
 * the originals, batching, storing each translation with its provenance, counting the budget).
 *
 * Seeds the Bonn demo into a fresh embedded database (2,314 Rad-Dialog proposals, projects, answers), then
 * runs `rathaus translate --missing` into English, Turkish and Arabic, and a second time (nothing left
 * to do). Prints texts, characters, seconds and texts per second. Measured, never asserted.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fakeTranslationProvider } from '../test/fakes/translation.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const fake = fakeTranslationProvider();
const url = await fake.start();
const dir = mkdtempSync(path.join(os.tmpdir(), 'rathaus-bench-tr-'));
const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  NODE_ENV: 'development',
  DATA_DIR: dir,
  LOG_LEVEL: 'warn',
  TRANSLATION_PROVIDER: 'deepl',
  DEEPL_API_KEY: 'test-key:fx',
  DEEPL_API_URL: url,
  TRANSLATION_MONTHLY_CHARACTERS: '1000000000',
};
/** Runs a command without blocking this process, which serves the fake provider meanwhile. */
const run = (args: string[]) =>
  new Promise<{ seconds: number; out: string }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), ...args], { env });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('exit', (code) =>
      code === 0
        ? resolve({ seconds: (performance.now() - started) / 1000, out: out.trim() })
        : reject(new Error(`${args.join(' ')} failed: ${err}${out}`)),
    );
  });
try {
  await run(['seed']);
  const first = await run(['translate', '--missing']);
  const requests = fake.requests.filter((r) => r.path === '/v2/translate').length;
  const texts = Number(/^(\d+) texts/.exec(first.out)?.[1] ?? 0);
  const second = await run(['translate', '--missing']);
  console.log(`bench:translation — Node ${process.version}, ${os.cpus().length} cores, embedded database`);
  console.log(`first run:  ${first.out}`);
  console.log(
    `            ${first.seconds.toFixed(1)} s, ${requests} requests to the provider, ${(texts / first.seconds).toFixed(0)} texts/s (process start included)`,
  );
  console.log(`second run: ${second.out} (${second.seconds.toFixed(1)} s: everything current)`);
} finally {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
}
