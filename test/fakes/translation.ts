import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local server that speaks the DeepL API v2 and LibreTranslate's `/translate`, including their errors:
 * queue `fail` statuses to answer the next requests with them. It "translates" by tagging each text with
 * the target language, so a test can see which translation it reads. With `holdMs`, each DeepL translation
 * is answered that late (a slow provider); `answered` lists when each was.
 */
export function fakeTranslationProvider(opts: { holdMs?: number } = {}) {
  const fail: number[] = [];
  const requests: { path: string; auth: string | undefined; body: Record<string, unknown> }[] = [];
  const answered: number[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => {
      raw += c;
    });
    req.on('end', () => {
      const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
      requests.push({ path: req.url ?? '', auth: req.headers.authorization, body });
      const status = fail.shift();
      if (status) {
        res.writeHead(status, status === 429 ? { 'Retry-After': '0' } : {});
        res.end(JSON.stringify({ message: `status ${status}` }));
        return;
      }
      res.setHeader('Content-Type', 'application/json');
      if (req.url === '/v2/translate') {
        if (req.headers.authorization !== 'DeepL-Auth-Key test-key:fx') {
          res.writeHead(403);
          res.end('{"message":"Wrong key"}');
          return;
        }
        const target = String(body.target_lang);
        const answer = JSON.stringify({
          translations: (body.text as string[]).map((t) => ({
            detected_source_language: String(body.source_lang),
            text: `[${target}] ${t}`,
            model_type_used: 'quality_optimized',
          })),
        });
        setTimeout(() => {
          answered.push(Date.now());
          res.end(answer);
        }, opts.holdMs ?? 0);
      } else if (req.url === '/v2/usage') {
        if (req.headers.authorization !== 'DeepL-Auth-Key test-key:fx') {
          res.writeHead(403);
          res.end('{"message":"Wrong key"}');
          return;
        }
        res.end(JSON.stringify({ character_count: 1234, character_limit: 500000 }));
      } else if (req.url === '/v2/glossaries' && req.method === 'POST') {
        res.end(JSON.stringify({ glossary_id: `g-${requests.length}`, ready: true }));
      } else if (req.url?.startsWith('/v2/glossaries/') && req.method === 'DELETE') {
        res.writeHead(204);
        res.end();
      } else if (req.url === '/translate') {
        const q = body.q as string[];
        res.end(JSON.stringify({ translatedText: q.map((t) => `[lt-${String(body.target)}] ${t}`) }));
      } else {
        res.writeHead(404);
        res.end('{}');
      }
    });
  });
  return {
    fail,
    requests,
    answered,
    start: () =>
      new Promise<string>((resolve) =>
        server.listen(0, '127.0.0.1', () =>
          resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
        ),
      ),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
