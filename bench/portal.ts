/**
 * npm run bench:portal — how fast the public portal is, against the same HTML served statically.
 *
 * Starts Rathaus (embedded database, Bonn demo) in a child process, measures /projekte and one
 * /projekte/<slug> with autocannon (50 connections, 10 s each), saves the same HTML to disk, serves it
 * from a minimal static file server (another child process) and measures that too. Prints req/s, p99
 * and the ratio Rathaus / static, with the response cache on (default) and off. Measured, never asserted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const ROOT = path.resolve(import.meta.dirname, '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

function start(args: string[], env: Record<string, string>, ready: RegExp): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (ready.test(out)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`exited with ${code}: ${out}`)));
  });
}

async function measure(url: string) {
  await autocannon({ url, connections: 10, duration: 2 }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx };
}

const STATIC_SERVER = `
const http = require('node:http'); const fs = require('node:fs'); const path = require('node:path');
const root = process.env.ROOT;
http.createServer((req, res) => {
  const file = path.join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/\\.\\./g, '') + '.html');
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(body);
  });
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('static ready'));
`;

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rathaus-bench-'));
  const results: string[] = [];
  try {
    for (const cache of ['true', 'false']) {
      const dataDir = path.join(dir, `data-${cache}`);
      const port = cache === 'true' ? 3401 : 3402;
      const app = await start(
        [path.join(ROOT, 'bin/rathaus.js'), 'serve'],
        {
          NODE_ENV: 'development',
          DATA_DIR: dataDir,
          PORT: String(port),
          LOG_LEVEL: 'warn',
          RESPONSE_CACHE: cache,
        },
        /Rathaus is running/,
      );
      try {
        const base = `http://127.0.0.1:${port}`;
        const list = await (await fetch(`${base}/projekte`)).text();
        const slug = /href="\/projekte\/([a-z0-9-]+)"/.exec(list)?.[1];
        if (!slug) throw new Error('no project on /projekte');
        const pages = {
          '/projekte': list,
          [`/projekte/${slug}`]: await (await fetch(`${base}/projekte/${slug}`)).text(),
        };
        const staticRoot = path.join(dir, `static-${cache}`);
        for (const [p, html] of Object.entries(pages)) {
          const file = path.join(staticRoot, `${p}.html`);
          rmSync(file, { force: true });
          await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(file), { recursive: true }));
          writeFileSync(file, html);
        }
        const stat = await start(
          ['-e', STATIC_SERVER],
          { ROOT: staticRoot, PORT: String(port + 100) },
          /static ready/,
        );
        try {
          for (const p of Object.keys(pages)) {
            const a = await measure(`${base}${p}`);
            const s = await measure(`http://127.0.0.1:${port + 100}${p}`);
            results.push(
              `${`${p.length > 40 ? `${p.slice(0, 37)}…` : p}`.padEnd(42)} cache ${cache === 'true' ? 'on ' : 'off'}  Rathaus ${a.rps.toFixed(0).padStart(6)} req/s p99 ${String(a.p99).padStart(4)} ms | static ${s.rps.toFixed(0).padStart(6)} req/s p99 ${String(s.p99).padStart(4)} ms | ratio ${(a.rps / s.rps).toFixed(2)}×${a.errors ? `  (${a.errors} errors)` : ''}`,
            );
            console.log(results.at(-1));
          }
        } finally {
          stat.kill();
        }
      } finally {
        app.kill('SIGTERM');
        await new Promise((r) => app.once('exit', r));
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(
    `\nbench:portal — ${CONNECTIONS} connections, ${DURATION} s per run, Node ${process.version}, ${os.cpus().length} cores`,
  );
  for (const r of results) console.log(r);
}

await main();
