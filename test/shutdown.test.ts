import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { createHttpServer } from '../src/platform/http/server.ts';
import { fakeTranslationProvider } from './fakes/translation.ts';
import { testApp } from './helpers.ts';
import { formBody } from './socket.ts';

// SIGTERM to the real `rathaus serve` while a background job waits on a slow translation provider and a
// request is in flight: both finish, then the process exits 0 and frees the embedded database.

const ROOT = path.resolve(import.meta.dirname, '..');

describe('a request whose client went away', () => {
  it('still counts as in flight after the server closed, until its handler is done', async () => {
    const { deps } = await testApp();
    let reached!: () => void;
    const started = new Promise<void>((r) => (reached = r));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let answered = false;
    const app = {
      fetch: async () => {
        reached();
        await gate; // as a handler still waiting for the database
        answered = true;
        return new Response('late');
      },
    };
    const server = createHttpServer(app, deps);
    server.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const aborted = new AbortController();
    const request = fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      signal: aborted.signal,
    }).catch(() => 'gone');
    await started;
    aborted.abort();
    expect(await request).toBe('gone');
    // The server has no connection left: close() reports done while the handler still runs …
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(answered).toBe(false);
    expect(await server.settled(50)).toBe(false);
    // … and settled() waits for it: only then may a shutdown close the database.
    const settled = server.settled(5_000);
    release();
    expect(await settled).toBe(true);
    expect(answered).toBe(true);
    expect(await server.settled(0)).toBe(true);
  });
});

describe('a kept-alive connection while shutting down', () => {
  it('is answered with Connection: close, so it takes no new requests', async () => {
    const { deps } = await testApp();
    const server = createHttpServer({ fetch: () => new Response('ok') }, deps);
    server.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const port = (server.address() as AddressInfo).port;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = () =>
      new Promise<{ connection: string | undefined; socket: unknown }>((resolve, reject) =>
        http
          .get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
            const socket = res.socket;
            res.resume();
            res.on('end', () => resolve({ connection: res.headers.connection, socket }));
          })
          .on('error', reject),
      );
    try {
      const first = await get();
      expect(first.connection).toBe('keep-alive');
      deps.lifecycle.draining = true;
      const during = await get();
      expect(during.socket).toBe(first.socket); // the same connection, asked once more …
      expect(during.connection).toBe('close'); // … and told it ends
    } finally {
      deps.lifecycle.draining = false;
      agent.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe.skipIf(!!process.env.DATABASE_URL)('graceful shutdown', () => {
  const provider = fakeTranslationProvider({ holdMs: 3_000 });
  afterAll(() => provider.stop());

  it('finishes the job and the request in flight before it exits on SIGTERM', async () => {
    const providerUrl = await provider.start();
    const dataDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'rathaus-shutdown-')), 'data');
    const port = 40_000 + Math.floor(Math.random() * 20_000);
    const base = `http://127.0.0.1:${port}`;
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        NODE_ENV: 'development',
        DATA_DIR: dataDir,
        PORT: String(port),
        BASE_URL: base,
        LOG_LEVEL: 'warn',
        TRANSLATION_PROVIDER: 'deepl',
        DEEPL_API_KEY: 'test-key:fx',
        DEEPL_API_URL: providerUrl,
        TRANSLATION_LANGUAGES: 'en',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const exited = new Promise<{ code: number | null; at: number }>((r) =>
      child.once('exit', (code) => r({ code, at: Date.now() })),
    );
    let title = '';
    try {
      await expect.poll(() => out, { timeout: 90_000, interval: 200 }).toContain('Rathaus is running');
      const password = /Password for all of them: (\S+)/.exec(out)![1]!;
      const post = (p: string, fields: Record<string, string>, cookie = '') =>
        fetch(`${base}${p}`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base, cookie },
          body: formBody(fields),
        });
      const signIn = await post('/anmelden', { email: 'cdo@bonn.example', password, zurueck: '/intern' });
      expect(signIn.status).toBe(303);
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      const form = await (await fetch(`${base}/intern/projekte/neu`, { headers: { cookie } })).text();
      title = `Digitale Hundesteuer ${Date.now()}`;
      const created = await post(
        '/intern/projekte/neu',
        {
          _csrf: /name="_csrf" value="([^"]+)"/.exec(form)![1]!,
          title,
          summary: 'Die Hundesteuer wird online an- und abgemeldet.',
          fieldOfActionId: /name="fieldOfActionId"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(form)![1]!,
          ownerOrgUnitId: /name="ownerOrgUnitId"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(form)![1]!,
          phase: 'planned',
          visibility: 'public',
        },
        cookie,
      );
      expect(created.status).toBe(303);

      // The translation job has the project's texts at the provider, which holds its answer 3 s.
      await expect
        .poll(() => provider.requests.some((r) => JSON.stringify(r.body).includes(title)), {
          timeout: 30_000,
          interval: 50,
        })
        .toBe(true);
      const download = fetch(`${base}/daten/vorschlaege.csv`);
      const headers = await download;
      const signalled = Date.now();
      child.kill('SIGTERM');
      expect(headers.status).toBe(200);
      expect((await headers.text()).split('\n').length).toBeGreaterThan(2000);
      const { code, at } = await exited;
      expect(code).toBe(0);
      // It waited for the provider's answer, and not for the whole 10 s bound.
      expect(provider.answered.length).toBeGreaterThan(0);
      expect(at).toBeGreaterThanOrEqual(Math.min(...provider.answered));
      expect(at - signalled).toBeLessThan(10_000);
    } finally {
      if (child.exitCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    expect(existsSync(path.join(dataDir, 'rathaus.lock'))).toBe(false);

    // The job's result is stored and pg-boss counts it as done.
    const database = await openDatabase({ dataDir });
    try {
      const stored = await database.rows<{ text: string }>(
        sql`select text from translations where subject_type = 'project' and field = 'title' and lang = 'en'
              and text like ${`[EN%] ${title}`}`,
      );
      expect(stored).toHaveLength(1);
      const jobs = await database.rows<{ state: string }>(
        sql`select state from pgboss.job where name = 'translate-subject'`,
      );
      expect(jobs.map((j) => j.state)).toContain('completed');
      expect(jobs.map((j) => j.state)).not.toContain('active');
    } finally {
      await database.close();
    }
  }, 180_000);
});
