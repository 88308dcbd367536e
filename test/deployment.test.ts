import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSmtp } from './smtp.ts';
import { formBody } from './socket.ts';

/**
 * The shipped deployment, for real: nginx with deploy/nginx/rathaus.conf (TLS, HTTP/2) in front of two
 * Rathaus processes, which reach PostgreSQL through PgBouncer in transaction mode (deploy/pgbouncer) and
 * directly only for LISTEN and the migration lock. A journey crosses both processes: sessions, CSRF,
 * rate limits, the job queue and cached pages must behave as if there were one.
 * Needs PostgreSQL (DATABASE_URL), nginx, pgbouncer and openssl; CI installs them.
 */
const ROOT = path.resolve(import.meta.dirname, '..');
const enabled = !!process.env.DATABASE_URL;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

function waitFor(child: ChildProcess, pattern: RegExp, what: string, ms = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${what} did not start in time:\n${out}`)), ms);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited with ${code}:\n${out}`));
    });
  });
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  raw: Buffer;
}

function request(
  base: { port: number; tls: boolean },
  p: string,
  opts: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const lib = base.tls ? https : http;
    const req = lib.request(
      {
        host: '127.0.0.1',
        port: base.port,
        path: p,
        method: opts.method ?? 'GET',
        rejectUnauthorized: false,
        servername: 'localhost',
        agent: false,
        headers: {
          host: 'localhost',
          ...(opts.body !== undefined
            ? {
                'content-type': 'application/x-www-form-urlencoded',
                'content-length': Buffer.byteLength(opts.body),
              }
            : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString(), raw });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

const cookieOf = (a: Answer) => String(a.headers['set-cookie'] ?? '').split(';')[0]!;
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describe.skipIf(!enabled)('the shipped deployment: nginx, two processes, PgBouncer, one PostgreSQL', () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'rathaus-deploy-'));
  const children: ChildProcess[] = [];
  const dbName = `rathaus_deploy_${process.pid}_${Date.now().toString(36)}`;
  let admin: pg.Client;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let nginx: { port: number; tls: boolean };
  let apps: { port: number; tls: boolean }[] = [];
  let password = '';

  beforeAll(async () => {
    for (const bin of ['nginx', 'pgbouncer', 'openssl'])
      execFileSync('sh', ['-c', `command -v ${bin} || test -x /usr/sbin/${bin}`], { stdio: 'ignore' });
    chmodSync(tmp, 0o755);
    const direct = new URL(process.env.DATABASE_URL!);
    admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`create database ${dbName}`);
    const directUrl = new URL(direct);
    directUrl.pathname = `/${dbName}`;

    // PgBouncer in transaction mode (the shipped settings, pointed at this database).
    const bouncerPort = await freePort();
    const shipped = readFileSync(path.join(ROOT, 'deploy/pgbouncer/pgbouncer.ini'), 'utf8');
    const ini = shipped
      .replace(
        /^rathaus = .*$/m,
        `rathaus = host=${direct.hostname} port=${direct.port || 5432} dbname=${dbName} user=${decodeURIComponent(direct.username)}`,
      )
      .replace(/^listen_port = .*$/m, `listen_port = ${bouncerPort}`)
      .replace(/^auth_type = .*$/m, 'auth_type = any')
      .replace(/^auth_file = .*$/m, '')
      .concat('\nunix_socket_dir =\n');
    writeFileSync(path.join(tmp, 'pgbouncer.ini'), ini, { mode: 0o644 });
    // PgBouncer will not run as root.
    const asUser =
      process.getuid?.() === 0
        ? {
            uid: Number(execFileSync('id', ['-u', 'nobody']).toString()),
            gid: Number(execFileSync('id', ['-g', 'nobody']).toString()),
          }
        : {};
    const bouncer = spawn('pgbouncer', [path.join(tmp, 'pgbouncer.ini')], { ...asUser, stdio: 'pipe' });
    children.push(bouncer);
    await waitFor(bouncer, /listening on 127\.0\.0\.1/, 'PgBouncer', 10_000);
    const pooledUrl = `postgres://${direct.username}@127.0.0.1:${bouncerPort}/rathaus`;

    // Mail goes to a real SMTP server: a confirmation must arrive exactly once.
    smtp = await startSmtp();

    // Two app processes; the first migrates and seeds, the second finds everything in place.
    const [a, b, httpsPort, httpPort] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
    const env = (port: number, seed: boolean) => ({
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      NODE_ENV: 'development',
      DATABASE_URL: pooledUrl,
      DATABASE_DIRECT_URL: directUrl.toString(),
      PORT: String(port),
      HOST: '127.0.0.1',
      BASE_URL: `https://localhost:${httpsPort}`,
      SESSION_SECRET: 'deployment-test-secret-shared-by-both-processes',
      TRUST_PROXY: '1',
      SMTP_URL: smtp.url,
      SEED_DEMO: seed ? 'true' : 'false',
      LOG_LEVEL: 'warn',
    });
    const first = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      env: env(a, true),
    });
    children.push(first);
    const banner = await waitFor(first, /Rathaus is running/, 'the first process', 240_000);
    password = /Password for all of them: (\S+)/.exec(banner)?.[1] ?? '';
    const second = spawn(process.execPath, [path.join(ROOT, 'bin/rathaus.js'), 'serve'], {
      env: env(b, false),
    });
    children.push(second);
    await waitFor(second, /Rathaus is running/, 'the second process');
    apps = [
      { port: a, tls: false },
      { port: b, tls: false },
    ];

    // nginx with the shipped site, on free ports and a throwaway certificate.
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-keyout',
        `${tmp}/key.pem`,
        '-out',
        `${tmp}/cert.pem`,
      ],
      { stdio: 'ignore' },
    );
    const site = readFileSync(path.join(ROOT, 'deploy/nginx/rathaus.conf'), 'utf8')
      .replace('server 127.0.0.1:3001', `server 127.0.0.1:${a}`)
      .replace('server 127.0.0.1:3002', `server 127.0.0.1:${b}`)
      .replace(/^\s*listen \[::\].*$/gm, '')
      .replace(/listen 80;/, `listen 127.0.0.1:${httpPort};`)
      .replace(/listen 443 ssl http2;/, `listen 127.0.0.1:${httpsPort} ssl http2;`)
      .replace(/listen 80 default_server;/, `listen 127.0.0.1:${httpPort} default_server;`)
      .replace(
        /listen 443 ssl http2 default_server;/,
        `listen 127.0.0.1:${httpsPort} ssl http2 default_server;`,
      )
      .replaceAll('rathaus.example.de;', 'localhost;')
      .replace(/ssl_certificate\s+\S+;/, `ssl_certificate ${tmp}/cert.pem;`)
      .replace(/ssl_certificate_key\s+\S+;/, `ssl_certificate_key ${tmp}/key.pem;`)
      .replace('/var/www/letsencrypt', `${tmp}/acme`)
      .replace('/srv/rathaus/medien/', `${tmp}/medien/`);
    writeFileSync(path.join(tmp, 'site.conf'), site);
    mkdirSync(path.join(tmp, 'medien'));
    writeFileSync(path.join(tmp, 'medien/dgs.vtt'), 'WEBVTT\n\n00:00.000 --> 00:02.000\nWillkommen\n');
    for (const d of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) {
      mkdirSync(path.join(tmp, d));
      chmodSync(path.join(tmp, d), 0o777);
    }
    writeFileSync(
      path.join(tmp, 'nginx.conf'),
      `worker_processes 1; daemon off; pid ${tmp}/nginx.pid; error_log ${tmp}/nginx-error.log;
events { worker_connections 256; }
http { access_log off; client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy;
  fastcgi_temp_path ${tmp}/fastcgi; uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;
  include /etc/nginx/mime.types; include ${tmp}/site.conf; }
`,
    );
    execFileSync('nginx', ['-t', '-c', `${tmp}/nginx.conf`], { stdio: 'pipe' });
    const proxy = spawn('nginx', ['-c', `${tmp}/nginx.conf`], { stdio: 'pipe' });
    children.push(proxy);
    nginx = { port: httpsPort, tls: true };
    for (let i = 0; i < 50; i++) {
      try {
        if ((await request(nginx, '/healthz')).status === 200) break;
      } catch {
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }, 360_000);

  afterAll(async () => {
    for (const c of children.reverse()) {
      c.kill('SIGTERM');
      if (c.exitCode === null) await new Promise((r) => c.once('exit', r));
    }
    await smtp?.close();
    if (admin) {
      await admin.query(`drop database if exists ${dbName} with (force)`).catch(() => {});
      await admin.end();
    }
    rmSync(tmp, { recursive: true, force: true });
  }, 60_000);

  it('speaks TLS and HTTP/2, moves plain HTTP to HTTPS, and passes compressed cached pages through', async () => {
    const h2 = http2.connect(`https://localhost:${nginx.port}`, { rejectUnauthorized: false });
    const status = await new Promise<number>((resolve, reject) => {
      const s = h2.request({ ':path': '/healthz' });
      s.on('response', (h) => resolve(Number(h[':status'])));
      s.on('error', reject);
      s.end();
    });
    h2.close();
    expect(status).toBe(200);

    const first = await request(nginx, '/projekte', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(first.status).toBe(200);
    // Cached in both processes, compressed once by the app: nginx hands the brotli bytes on.
    let page: Answer | undefined;
    for (let i = 0; i < 20 && page?.headers['content-encoding'] !== 'br'; i++) {
      page = await request(nginx, '/projekte', { headers: { 'accept-encoding': 'br, gzip' } });
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(page!.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(page!.raw).toString()).toContain('</html>');
    expect(page!.headers['strict-transport-security']).toContain('max-age=');

    // The city's own media folder (the sign-language video's captions): served by nginx as what it is.
    const captions = await request(nginx, '/medien/dgs.vtt');
    expect(captions.status).toBe(200);
    expect(captions.headers['content-type']).toBe('text/vtt');
    expect(captions.headers['x-content-type-options']).toBe('nosniff');
    expect(captions.raw.toString()).toContain('Willkommen');
    expect((await request(nginx, '/medien/fehlt.mp4')).status).toBe(404);

    // A host name that is no city's is dropped by nginx, never answered as the default city.
    await expect(request(nginx, '/projekte', { headers: { host: 'evil.example' } })).rejects.toThrow();
  });

  it('carries a session, its CSRF token and a change across both processes; the other process’s cache follows within a second', async () => {
    const signIn = await request(nginx, '/anmelden', {
      method: 'POST',
      body: formBody({ email: 'cdo@bonn.example', password, zurueck: '/intern' }),
    });
    expect(signIn.status).toBe(303);
    const cookie = cookieOf(signIn);
    expect(String(signIn.headers['set-cookie'])).toContain('Secure');
    // The session is the same on either process.
    for (const app of apps) expect((await request(app, '/intern', { headers: { cookie } })).status).toBe(200);

    // Both processes hold /projekte in their caches.
    for (const app of apps) {
      await request(app, '/projekte');
      expect((await request(app, '/projekte')).headers['x-cache']).toBe('hit');
    }
    // The form comes from one process, the post goes through nginx (to either): one CSRF token for the
    // session, and the Origin a browser sends matches the host nginx passes on.
    const form = await request(apps[0]!, '/intern/projekte/neu', { headers: { cookie } });
    const field = /name="fieldOfActionId"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(form.body)?.[1];
    const office = /name="ownerOrgUnitId"[\s\S]*?<option value="([0-9a-f-]{36})"/.exec(form.body)?.[1];
    const title = `Digitale Hundesteuer ${Date.now()}`;
    const created = await request(nginx, '/intern/projekte/neu', {
      method: 'POST',
      headers: { cookie, origin: `https://localhost:${nginx.port}`, host: `localhost:${nginx.port}` },
      body: formBody({
        _csrf: csrfOf(form.body),
        title,
        summary: 'Die Hundesteuer wird online an- und abgemeldet.',
        fieldOfActionId: field!,
        ownerOrgUnitId: office!,
        phase: 'planned',
        visibility: 'public',
      }),
    });
    expect(created.status, created.body.slice(0, 500)).toBe(303);
    const started = Date.now();
    for (const app of apps) {
      let shown = false;
      while (!shown && Date.now() - started < 1000) {
        shown = (await request(app, '/projekte')).body.includes(title);
        if (!shown) await new Promise((r) => setTimeout(r, 25));
      }
      expect(shown, `process on port ${app.port} shows the new project within a second`).toBe(true);
    }
  });

  it('limits sign-in attempts by the address nginx saw, whatever X-Forwarded-For the client sends', async () => {
    let last = 0;
    // 50 attempts per address in a 15-minute window aligned to the clock: up to 102 tries, so that a run
    // across a window's end (where the count begins again) still reaches the limit in the next one.
    for (let i = 0; i < 102 && last !== 429; i++) {
      last = (
        await request(nginx, '/anmelden', {
          method: 'POST',
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
          body: formBody({ email: `niemand${i}@example.org`, password: 'falsch' }),
        })
      ).status;
    }
    expect(last).toBe(429);
  });

  it('sends a confirmation mail exactly once, though two processes run the job queue', async () => {
    const list = await request(nginx, '/mitmachen/vorschlaege');
    const id = /href="\/mitmachen\/vorschlaege\/([0-9a-f-]{36})"/.exec(list.body)?.[1];
    const email = `folgt-${Date.now()}@example.org`;
    const res = await request(nginx, `/mitmachen/vorschlaege/${id}/folgen`, {
      method: 'POST',
      body: formBody({ email, frequency: 'immediate', consent: 'on' }),
    });
    expect(res.status).toBe(303);
    const mine = () => smtp.inbox.filter((m) => m.to.includes(email));
    const until = Date.now() + 90_000;
    while (!mine().length && Date.now() < until) await new Promise((r) => setTimeout(r, 200));
    expect(mine()).toHaveLength(1);
    // Both processes sweep pending events every minute: still one mail after a sweep.
    await new Promise((r) => setTimeout(r, 65_000));
    expect(mine()).toHaveLength(1);
  }, 180_000);
});
