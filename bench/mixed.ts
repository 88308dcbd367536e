/**
 * npm run bench:mixed — the demo under a mixed load for BENCH_MINUTES (10): does it stay error-free, and
 * does its memory come back?
 *
 * Starts `rathaus serve` (one process, embedded database, a new data directory with the Bonn demo) and
 * sends, over BENCH_CONNECTIONS (20) keep-alive connections, mostly anonymous reads (start page, project
 * list and pages, proposals with and without a search, a typo and the form's duplicate hints, strategy,
 * agenda, reports, the API), some staff pages (the CDO, a department head, an office head and a project lead, each signed in with their own
 * session: cockpit, staff home, back-office project list, signed-in /projekte) and a few writes (people
 * following a proposal, each from their own address). The server's resident memory (VmRSS of the process)
 * is read after a one-minute warm-up ("before"), every 10 s during the run, at its end and after 30 s of
 * quiet. An error is any answer other than the expected status, or a failed connection. Measured, never
 * asserted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { DEMO_ACCOUNTS } from '../src/demo/content/bonn.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MINUTES = Number(process.env.BENCH_MINUTES ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 60);
const PORT = 3460;
const BASE = `http://127.0.0.1:${PORT}`;
const HOST = 'localhost';
const METRICS_TOKEN = 'bench-mixed-metrics-token';

const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS + 4 });

interface Answer {
  status: number;
  body: string;
  cookie?: string | undefined;
}

function request(
  method: 'GET' | 'POST',
  p: string,
  opts: { cookie?: string | undefined; form?: Record<string, string>; address?: string } = {},
): Promise<Answer> {
  const body = opts.form ? new URLSearchParams(opts.form).toString() : undefined;
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${BASE}${p}`,
      {
        method,
        agent,
        headers: {
          host: HOST,
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
          ...(opts.address ? { 'x-forwarded-for': opts.address } : {}),
          ...(body
            ? {
                'content-type': 'application/x-www-form-urlencoded',
                'content-length': Buffer.byteLength(body),
                origin: `http://${HOST}`,
              }
            : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const set = res.headers['set-cookie']?.find((c) => c.startsWith('rathaus_session='));
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            cookie: set?.split(';')[0],
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Texts as people type them into the proposal form: title and description. */
const HINT_LOOKUPS = [
  ['Mehr Fahrradbügel am Hauptbahnhof', 'Am Hauptbahnhof fehlen sichere Abstellplätze für Fahrräder.'],
  ['Kostenloses WLAN in der Stadtbibliothek', 'Die Bibliothek sollte allen Besuchern freies WLAN anbieten.'],
  ['Ampel an der Reuterbrücke', 'Die Ampel für Radfahrer an der Reuterbrücke ist zu kurz grün.'],
] as const;

const START = (
  JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start;

/**
 * The V8 heap flags the server runs with: those of `npm start` (package.json), or BENCH_NODE_FLAGS
 * (empty: V8's defaults).
 */
const NODE_FLAGS = (
  process.env.BENCH_NODE_FLAGS ??
  /node (.*?) bin\/rathaus\.js serve/.exec(START)?.[1] ??
  ''
)
  .split(/\s+/)
  .filter(Boolean);

/**
 * The allocator settings the server runs with: the `NAME=value` before `node` in `npm start`
 * (MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_); each may be overridden from the environment, and set empty
 * to measure glibc's default.
 */
const MALLOC_ENV = Object.fromEntries(
  [...(/^(.*?)\bnode /.exec(START)?.[1] ?? '').matchAll(/(MALLOC_\w+)=(\S*)/g)]
    .map(([, name, value]) => [name!, process.env[name!] ?? value!] as const)
    .filter(([, value]) => value !== ''),
);

/** Where the server writes the heap snapshots that `liveHeap` asks for. */
let SNAPSHOTS = '';

function startServer(dataDir: string, known?: string): Promise<{ child: ChildProcess; password: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        PORT: String(PORT),
        HOST: '127.0.0.1',
        TRUST_PROXY: '1',
        LOG_LEVEL: 'warn',
        METRICS_TOKEN,
        // SIGUSR2 writes a heap snapshot, which first collects the garbage: the live heap (liveHeap below).
        NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${SNAPSHOTS}`,
        // As `npm start` and the systemd unit run it (see MALLOC_ENV).
        ...MALLOC_ENV,
        // PGLITE_THREAD=false: the embedded database on the event loop's thread, the reference.
        ...(process.env.PGLITE_THREAD ? { PGLITE_THREAD: process.env.PGLITE_THREAD } : {}),
        ...(process.env.PGLITE_SHARED_BUFFERS
          ? { PGLITE_SHARED_BUFFERS: process.env.PGLITE_SHARED_BUFFERS }
          : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const password = known ?? /Password for all of them: (\S+)/.exec(out)?.[1];
      if (/Rathaus is running/.test(out) && password) resolve({ child, password });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}:\n${out}`)));
  });
}

/** Resident memory of a process in MB (Linux). */
function rssMb(pid: number) {
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? Number.NaN);
  return kb / 1024;
}

async function signIn(email: string, password: string) {
  const form = await request('GET', '/anmelden');
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)?.[1];
  const res = await request('POST', '/anmelden', {
    cookie: form.cookie,
    form: { ...(csrf ? { _csrf: csrf } : {}), email, password, zurueck: '/intern' },
  });
  if (res.status !== 303 || !res.cookie) throw new Error(`sign-in as ${email}: ${res.status}`);
  return res.cookie;
}

/** The server's own view of its memory (Prometheus): the JavaScript heap, and external memory (PGlite's
 * WebAssembly memory is an ArrayBuffer outside the heap). */
async function memoryParts() {
  const res = await fetch(`${BASE}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  const text = await res.text();
  const value = (name: string) =>
    Number(new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1]) / 1048576;
  return { heap: value('nodejs_heap_size_used_bytes'), external: value('nodejs_external_memory_bytes') };
}

/**
 * The JavaScript heap that is alive (MB): a heap snapshot collects the garbage before it is written, so the
 * server's heap figure right after one counts live objects only, whenever V8 last collected on its own.
 */
async function liveHeap(pid: number): Promise<number> {
  const before = new Set(readdirSync(SNAPSHOTS));
  process.kill(pid, 'SIGUSR2');
  let file: string | undefined;
  let size = -1;
  for (let i = 0; i < 240; i++) {
    await new Promise((r) => setTimeout(r, 500));
    file ??= readdirSync(SNAPSHOTS).find((f) => !before.has(f) && f.endsWith('.heapsnapshot'));
    if (!file) continue;
    const now = statSync(path.join(SNAPSHOTS, file)).size;
    if (now > 0 && now === size) break;
    size = now;
  }
  if (file) rmSync(path.join(SNAPSHOTS, file), { force: true });
  return (await memoryParts()).heap;
}

const links = (html: string, re: RegExp) => [...new Set([...html.matchAll(re)].map((m) => m[1]!))];

async function main() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rathaus-mixed-'));
  SNAPSHOTS = path.join(dir, 'snapshots');
  mkdirSync(SNAPSHOTS);
  // The first start unpacks the demo, a one-off that leaves its mark on the allocator; the run measures the
  // server as it runs from then on, restarted on that data (its first-start RSS is printed beside).
  const first = await startServer(path.join(dir, 'data'));
  const firstRss = rssMb(first.child.pid!);
  first.child.kill('SIGTERM');
  await new Promise((r) => first.child.once('exit', r));
  const { child, password } = await startServer(path.join(dir, 'data'), first.password);
  try {
    const pid = child.pid!;
    const projects = links((await request('GET', '/projekte')).body, /href="\/projekte\/([a-z0-9-]+)"/g);
    const proposals = links(
      (await request('GET', '/mitmachen/vorschlaege')).body,
      /href="\/mitmachen\/vorschlaege\/([0-9a-f-]{36})"/g,
    );
    const terms = ['Radweg', 'Ampel', 'digital', 'Bürgeramt', 'Fahrradstraße Beuel', 'Termin online', 'WLAN'];
    const anonymous = [
      '/',
      '/en',
      '/projekte',
      '/projekte?status=at_risk',
      ...projects.slice(0, 12).map((s) => `/projekte/${s}`),
      '/mitmachen',
      '/mitmachen/vorschlaege',
      ...terms.map((t) => `/mitmachen/vorschlaege?q=${encodeURIComponent(t)}`),
      ...proposals.slice(0, 10).map((id) => `/mitmachen/vorschlaege/${id}`),
      '/strategie',
      '/agenda',
      '/berichte',
      ...terms.slice(0, 3).map((t) => `/api/v1/proposals?q=${encodeURIComponent(t)}`),
      '/api/v1/projects',
      // Someone writing a proposal (the form's live hints), and searches with a typo ("Meinten Sie …?").
      ...HINT_LOOKUPS.map(
        ([title, text]) =>
          `/api/v1/proposals/similar?limit=5&title=${encodeURIComponent(title)}&text=${encodeURIComponent(`${title} ${text}`)}`,
      ),
      ...['Fahradstraße', 'Bürgeramd Termin'].map((t) => `/mitmachen/vorschlaege?q=${encodeURIComponent(t)}`),
    ];
    // Each signed-in person with the pages their role opens: the cockpit is the CDO's and department heads'.
    const staff = await Promise.all(
      DEMO_ACCOUNTS.filter(([, , role]) =>
        ['cdo', 'department_head', 'office_head', 'project_lead'].includes(role),
      ).map(async ([email, , role]) => ({
        cookie: await signIn(email, password),
        pages: ['/intern', '/intern/projekte', '/projekte', '/intern/aufgaben'].concat(
          role === 'cdo' || role === 'department_head' ? ['/intern/cockpit', '/intern/cockpit'] : [],
        ),
      })),
    );

    const counts = { anonymous: 0, staff: 0, writes: 0 };
    const errors = new Map<string, number>();
    const error = (what: string) => errors.set(what, (errors.get(what) ?? 0) + 1);
    let writes = 0;
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;
    const one = async () => {
      const r = Math.random();
      if (r < 0.02) {
        // A person follows a proposal: their own address, their own e-mail.
        const n = writes++;
        const res = await request('POST', `/mitmachen/vorschlaege/${pick(proposals)}/folgen`, {
          form: { email: `mixed-${n}@bench.example`, frequency: 'weekly', consent: 'on' },
          address: `198.18.${(n >> 8) & 255}.${n & 255}`,
        });
        counts.writes++;
        if (res.status !== 303) error(`follow ▸ ${res.status}`);
      } else if (r < 0.15) {
        const who = pick(staff);
        const p = pick(who.pages);
        const res = await request('GET', p, { cookie: who.cookie });
        counts.staff++;
        if (res.status !== 200) error(`${p} (staff) ▸ ${res.status}`);
      } else {
        const p = pick(anonymous);
        const res = await request('GET', p);
        counts.anonymous++;
        if (res.status !== 200) error(`${p} ▸ ${res.status}`);
      }
    };
    const run = async (seconds: number, sample?: (mb: number) => void) => {
      const until = Date.now() + seconds * 1000;
      const sampler = sample ? setInterval(() => sample(rssMb(pid)), 10_000) : undefined;
      await Promise.all(
        Array.from({ length: CONNECTIONS }, async () => {
          while (Date.now() < until) await one().catch((e: Error) => error(`connection ▸ ${e.message}`));
        }),
      );
      if (sampler) clearInterval(sampler);
    };

    console.log(`warm-up: ${WARMUP_SECONDS} s`);
    await run(WARMUP_SECONDS);
    for (const k of Object.keys(counts) as (keyof typeof counts)[]) counts[k] = 0;
    errors.clear();
    const before = rssMb(pid);
    const partsBefore = await memoryParts();
    const samples: number[] = [];
    console.log(
      `RSS before: ${before.toFixed(0)} MB; running ${MINUTES} min with ${CONNECTIONS} connections …`,
    );
    const t0 = performance.now();
    await run(MINUTES * 60, (mb) => samples.push(mb));
    const seconds = (performance.now() - t0) / 1000;
    const after = rssMb(pid);
    await new Promise((r) => setTimeout(r, 30_000));
    const quiet = rssMb(pid);
    const partsQuiet = await memoryParts();
    // Last, since writing the snapshot takes native memory of its own (RSS is read before it).
    const liveAfter = await liveHeap(pid);
    const total = counts.anonymous + counts.staff + counts.writes;
    const errorCount = [...errors.values()].reduce((s, n) => s + n, 0);
    console.log(
      `\nbench:mixed — Node ${process.version}, ${os.cpus().length} cores, ${MINUTES} min, ${CONNECTIONS} connections, PGlite, the Bonn demo`,
    );
    console.log(
      `requests ${total} (${(total / seconds).toFixed(0)}/s): anonymous ${counts.anonymous}, staff ${counts.staff}, writes ${counts.writes}; errors ${errorCount}`,
    );
    for (const [what, n] of errors) console.log(`  ${n}× ${what}`);
    console.log(
      `settings: node ${NODE_FLAGS.join(' ') || '(V8 defaults)'} ${
        Object.entries(MALLOC_ENV)
          .map(([k, v]) => `${k}=${v}`)
          .join(' ') || '(glibc defaults)'
      } PGLITE_SHARED_BUFFERS=${process.env.PGLITE_SHARED_BUFFERS || '32MB (default)'} PGLITE_THREAD=${process.env.PGLITE_THREAD || 'true (default)'}; RSS right after the first start (demo unpacked) ${firstRss.toFixed(0)} MB`,
    );
    console.log(
      `RSS before ${before.toFixed(0)} MB · max during ${Math.max(...samples).toFixed(0)} MB · at the end ${after.toFixed(0)} MB · after 30 s quiet ${quiet.toFixed(0)} MB (${((quiet / before - 1) * 100).toFixed(1)} % against before)`,
    );
    console.log(
      `of which JavaScript heap ${partsBefore.heap.toFixed(0)} ▸ ${partsQuiet.heap.toFixed(0)} MB (alive at the end, after a full collection: ${liveAfter.toFixed(0)} MB), external (PGlite's WebAssembly memory among it when on the event loop) ${partsBefore.external.toFixed(0)} ▸ ${partsQuiet.external.toFixed(0)} MB`,
    );
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    agent.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
