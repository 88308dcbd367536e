/**
 * npm run bench:portal — how fast the public portal is, against nginx serving the same bytes.
 *
 * Starts Rathaus (one process, embedded database, Bonn demo) in a child process, saves /projekte and one
 * /projekte/<slug> to disk, serves them from nginx (one worker, a config written here) and measures both
 * with `wrk -t1 -c50 --latency` in the same run. Prints req/s, p99 and the ratio Rathaus / nginx, with the
 * response cache on (default) and off. Needs `wrk` and `nginx` (Debian packages). Measured, never asserted.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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

/** wrk's figures: requests per second, p99 in ms, and errors (socket errors and non-2xx answers). */
export function wrk(url: string, seconds = DURATION, connections = CONNECTIONS) {
  execFileSync('wrk', ['-t1', '-c10', '-d5s', url], { encoding: 'utf8' }); // warm-up: the JIT settles
  const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--latency', url], {
    encoding: 'utf8',
  });
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN);
  const p99raw = /\s99%\s+([\d.]+)(us|ms|s)\b/.exec(out);
  const p99 = p99raw
    ? Number(p99raw[1]) * ({ us: 0.001, ms: 1, s: 1000 } as const)[p99raw[2] as 'us']
    : Number.NaN;
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = non2xx + (socket ? socket.slice(1).reduce((s, v) => s + Number(v), 0) : 0);
  return { rps, p99, errors };
}

const BARE_NODE = `
const http = require('node:http'); const fs = require('node:fs'); const path = require('node:path');
const headers = JSON.parse(process.env.HEADERS); const pages = new Map();
http.createServer((req, res) => {
  let body = pages.get(req.url);
  if (!body) { try { body = fs.readFileSync(path.join(process.env.ROOT, req.url + '.html')); pages.set(req.url, body); } catch { res.writeHead(404); return res.end(); } }
  res.writeHead(200, { ...headers, 'content-length': body.length, 'x-request-id': require('node:crypto').randomUUID() }); res.end(body);
}).listen(Number(process.env.PORT), '127.0.0.1', () => console.log('bare ready'));
`;

/** nginx with one worker serving `root`, each page at its address (`/projekte` ▸ `projekte.html`). */
export function startNginx(root: string, port: number) {
  const conf = path.join(root, 'nginx.conf');
  writeFileSync(
    conf,
    `worker_processes 1; daemon on; pid ${root}/nginx.pid; error_log ${root}/error.log;
events { worker_connections 1024; }
http { access_log off;
  server { listen 127.0.0.1:${port}; root ${root}/www;
    location / { default_type "text/html; charset=utf-8"; try_files $uri.html =404; } } }
`,
  );
  execFileSync('nginx', ['-c', conf]);
  return () => execFileSync('nginx', ['-c', conf, '-s', 'stop']);
}

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
        const staticRoot = path.join(dir, `nginx-${cache}`);
        for (const [p, html] of Object.entries(pages)) {
          const file = path.join(staticRoot, 'www', `${p}.html`);
          mkdirSync(path.dirname(file), { recursive: true });
          writeFileSync(file, html);
        }
        const stopNginx = startNginx(staticRoot, port + 100);
        // The ceiling of node:http on this machine: the same bytes with the same headers, from memory.
        const headers = Object.fromEntries(
          [...(await fetch(`${base}/projekte`)).headers].filter(
            ([n]) => !/^(content-encoding|date|connection|keep-alive|transfer-encoding)$/.test(n),
          ),
        );
        const bare = await start(
          ['-e', BARE_NODE],
          { ROOT: path.join(staticRoot, 'www'), PORT: String(port + 200), HEADERS: JSON.stringify(headers) },
          /bare ready/,
        );
        try {
          for (const p of Object.keys(pages)) {
            const a = wrk(`${base}${p}`);
            const s = wrk(`http://127.0.0.1:${port + 100}${p}`);
            const n = cache === 'true' ? wrk(`http://127.0.0.1:${port + 200}${p}`) : undefined;
            results.push(
              `${`${p.length > 40 ? `${p.slice(0, 37)}…` : p}`.padEnd(42)} cache ${cache === 'true' ? 'on ' : 'off'}  Rathaus ${a.rps.toFixed(0).padStart(6)} req/s p99 ${a.p99.toFixed(1).padStart(7)} ms | nginx ${s.rps.toFixed(0).padStart(6)} req/s p99 ${s.p99.toFixed(1).padStart(6)} ms | ratio ${(a.rps / s.rps).toFixed(2)}×${n ? ` | bare node:http ${n.rps.toFixed(0)} req/s (Rathaus ${(a.rps / n.rps).toFixed(2)}× of it)` : ''}${a.errors ? `  (${a.errors} errors)` : ''}`,
            );
            console.log(results.at(-1));
          }
        } finally {
          stopNginx();
          bare.kill();
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
    `\nbench:portal — wrk -t1 -c${CONNECTIONS}, ${DURATION} s per run, Node ${process.version}, ${os.cpus().length} cores`,
  );
  for (const r of results) console.log(r);
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
