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
