import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/client.ts';
import { formBody } from './socket.ts';

/**
 * Crash safety, as an operator meets it: `kill -9` while many people write at once, then a restart on the
 * same data (the embedded directory, or the PostgreSQL of DATABASE_URL). Every write the server answered
 * as done is there afterwards; the embedded database's lock of the dead process is taken over.
 */
const ROOT = path.resolve(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function post(port: number, p: string, body: string, address: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: p,
        method: 'POST',
        agent: false,
        headers: {
          host: 'localhost',
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': Buffer.byteLength(body),
          'x-forwarded-for': address,
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', () => resolve(0));
      },
    );
    // A connection the kill cut: not acknowledged.
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

describe('crash safety: kill -9 during concurrent writes', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-crash-'));
  const children: ChildProcess[] = [];
  let admin: pg.Client | undefined;
  const dbName = `rathaus_crash_${process.pid}_${Date.now().toString(36)}`;
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    if (admin) {
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
      await admin.end();
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  it('finds every acknowledged write after a restart', async () => {
    let databaseUrl: string | undefined;
    if (process.env.DATABASE_URL) {
      admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${dbName}`);
      const u = new URL(process.env.DATABASE_URL);
      u.pathname = `/${dbName}`;
      databaseUrl = u.toString();
    }
    const port = await freePort();
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      DATA_DIR: path.join(tmp, 'data'),
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      PORT: String(port),
      HOST: '127.0.0.1',
      TRUST_PROXY: '1',
      LOG_LEVEL: 'fatal',
      SESSION_SECRET: 'crash-test-secret-crash-test-secret-0123',
    };
    const startServer = () =>
      new Promise<ChildProcess>((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], { env });
        children.push(child);
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no start:\n${out}`)), 240_000);
        const onData = (d: Buffer) => {
          out += d.toString();
          if (/Rathaus is running/.test(out)) {
            clearTimeout(timer);
            resolve(child);
          }
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => {
          clearTimeout(timer);
          reject(new Error(`exited with ${code}:\n${out}`));
        });
      });

    const first = await startServer();
    const list = await fetch(`http://127.0.0.1:${port}/mitmachen/vorschlaege`, {
      headers: { host: 'localhost' },
    });
    const proposalId = /href="\/mitmachen\/vorschlaege\/([0-9a-f-]{36})"/.exec(await list.text())?.[1];
    expect(proposalId).toBeTruthy();

    // Eight writers, each its own address (the follow limit counts per address), until the kill.
    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    let sent = 0;
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const email = `w${w}-${i}@crash.example`;
        sent++;
        const status = await post(
          port,
          `/mitmachen/vorschlaege/${proposalId}/folgen`,
          formBody({ email, frequency: 'immediate', consent: 'on' }),
          `198.51.${w}.${i % 250}`,
        );
        if (status === 303) acknowledged.push(email);
        // Collected, not thrown: a rejection here would go unobserved until the kill.
        else if (!killed && status !== 0) unexpected.push(`${email}: ${status}`);
      }
    };
    const writers = Array.from({ length: 8 }, (_, w) => writer(w));
    await new Promise((r) => setTimeout(r, 2500));
    first.kill('SIGKILL');
    killed = true;
    await new Promise((r) => first.once('exit', r));
    await Promise.all(writers);
    expect(unexpected, 'every write before the kill is answered as done').toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(20);

    // The restart takes the dead process's lock over and serves again.
    const second = await startServer();
    const again = await fetch(`http://127.0.0.1:${port}/mitmachen/vorschlaege/${proposalId}`, {
      headers: { host: 'localhost' },
    });
    expect(again.status).toBe(200);
    second.kill('SIGTERM');
    await new Promise((r) => second.once('exit', r));

    const database = await openDatabase({ databaseUrl, dataDir: env.DATA_DIR, command: 'crash test' });
    try {
      const rows = await database.rows<{ email: string }>(
        sql`select email from subscriptions where email like '%@crash.example'`,
      );
      const stored = new Set(rows.map((r) => r.email));
      const lost = acknowledged.filter((e) => !stored.has(e));
      expect(lost, `${acknowledged.length} acknowledged of ${sent} sent`).toEqual([]);
      console.log(
        `crash safety (${database.engine}): ${acknowledged.length} writes acknowledged of ${sent} sent before kill -9, all found after the restart`,
      );
    } finally {
      await database.close();
    }
  }, 600_000);
});
