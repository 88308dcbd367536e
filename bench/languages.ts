/**
 * npm run bench:languages — what a page costs in another language than German.
 *
 * Starts Rathaus (embedded database, Bonn demo) with the response cache off, so every request renders,
 * and measures /projekte, one project page, one proposal page and /strategie in German and at the same address in
 * Arabic and English (`/ar/…`, `/en/…`: other messages, the page's links moved under the language code,
 * translations looked up). Prints req/s, p99 and the ratio against German, measured in the same run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const ROOT = path.resolve(import.meta.dirname, '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const PORT = 3411;

function start(env: Record<string, string>): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (/Rathaus is running/.test(out)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

async function measure(url: string) {
  await autocannon({ url, connections: 5, duration: 2 }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rathaus-bench-lang-'));
  const app = await start({
    NODE_ENV: 'development',
    DATA_DIR: dir,
    PORT: String(PORT),
    LOG_LEVEL: 'warn',
    RESPONSE_CACHE: 'false',
  });
  const results: string[] = [];
  try {
    const base = `http://127.0.0.1:${PORT}`;
    const slug = /href="\/projekte\/([a-z0-9-]+)"/.exec(await (await fetch(`${base}/projekte`)).text())?.[1];
    const proposal = /href="(\/mitmachen\/vorschlaege\/[0-9a-f-]{36})"/.exec(
      await (await fetch(`${base}/mitmachen/vorschlaege`)).text(),
    )?.[1];
    if (!slug || !proposal) throw new Error('no project or proposal in the demo');
    for (const page of ['/projekte', `/projekte/${slug}`, proposal, '/strategie']) {
      const de = await measure(`${base}${page}`);
      for (const lang of ['en', 'ar']) {
        const other = await measure(`${base}/${lang}${page}`);
        results.push(
          `${(page.length > 36 ? `${page.slice(0, 33)}…` : page).padEnd(38)} de ${de.rps.toFixed(0).padStart(5)} req/s p99 ${String(de.p99).padStart(4)} ms | ${lang} ${other.rps.toFixed(0).padStart(5)} req/s p99 ${String(other.p99).padStart(4)} ms | ${lang}/de ${(other.rps / de.rps).toFixed(2)}×${de.errors + other.errors ? `  (${de.errors + other.errors} errors)` : ''}`,
        );
        console.log(results.at(-1));
      }
    }
  } finally {
    app.kill('SIGTERM');
    await new Promise((r) => app.once('exit', r));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nbench:languages — response cache off, ${CONNECTIONS} connections, ${DURATION} s per run, Node ${process.version}, ${os.cpus().length} cores`,
  );
  for (const r of results) console.log(r);
}

await main();
