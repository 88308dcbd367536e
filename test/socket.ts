import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpServer } from '../src/platform/http/server.ts';
import { TEST_PASSWORD } from './fixtures/orgs.ts';
import { testApp } from './helpers.ts';

/**
 * The app served on a free loopback port, for tests that must meet HTTP as a browser or an attacker
 * does: `app.request()` skips the node adapter, which is where response headers were once lost.
 */
export async function serveOnSocket(overrides: Parameters<typeof testApp>[0] = {}) {
  const { app, deps } = await testApp(overrides);
  const server = createHttpServer(app, deps).listen(0, '127.0.0.1');
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    deps,
    close: async () => {
      await deps.jobs.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The bytes as they came (compressed ones included). */
  raw: Buffer;
}

/**
 * One request over the socket with a free hand on the host header, the raw path (no URL normalising:
 * `%00`, tabs …) and the body.
 */
export function rawRequest(
  port: number,
  opts: { host: string; method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: {
          host: opts.host,
          ...(opts.body !== undefined ? { 'content-length': Buffer.byteLength(opts.body) } : {}),
          ...opts.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString(),
            raw: Buffer.concat(chunks),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

/**
 * A multipart form with one file as a browser sends it (the CSRF token among its fields), over the
 * socket; the file's declared type is what browsers send for unknown files.
 */
export function uploadOnSocket(
  port: number,
  opts: {
    host: string;
    path: string;
    cookie: string;
    fields: Record<string, string>;
    file: { field: string; name: string; bytes: Buffer };
  },
): Promise<RawResponse> {
  const boundary = '----rathaus-test-boundary';
  const body = Buffer.concat([
    ...Object.entries(opts.fields).map(([k, v]) =>
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${opts.file.field}"; filename="${opts.file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    opts.file.bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: opts.path,
        headers: {
          host: opts.host,
          origin: `http://${opts.host}`,
          cookie: opts.cookie,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': body.length,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw.toString(), raw });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** A form body as a browser sends it. */
export function formBody(fields: Record<string, string>) {
  return new URLSearchParams(fields).toString();
}

/** Signs in over the socket as a browser's form does; the session cookie (`name=value`) to send along. */
export async function signInOnSocket(port: number, host: string, email: string, password = TEST_PASSWORD) {
  const res = await rawRequest(port, {
    host,
    method: 'POST',
    path: '/anmelden',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: `http://${host}` },
    body: formBody({ email, password, zurueck: '/intern' }),
  });
  return String([res.headers['set-cookie'] ?? []].flat()[0]).split(';')[0]!;
}
