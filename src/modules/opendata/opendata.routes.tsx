import { Hono } from 'hono';
import { csvRow } from '../../platform/csv.ts';
import { notFound } from '../../platform/errors.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import type { OpenDataExport } from '../../platform/module.ts';
import { pageCtx } from '../../ui/page.ts';
import { ApiReferencePage } from './views/api.tsx';
import { OpenDataPage } from './views/catalogue.tsx';

const PAGE = 1_000;

/** One value as the documented type says: date-times as ISO 8601 in UTC whatever the driver returned. */
function value(v: unknown, type: string): string | number | null {
  if (v === null || v === undefined || v === '') return type === 'string' || type === 'list' ? '' : null;
  if (type === 'date-time')
    return (
      v instanceof Date
        ? v
        : new Date(
            String(v)
              .replace(' ', 'T')
              .replace(/([+-]\d\d)$/, '$1:00'),
          )
    ).toISOString();
  if (type === 'integer') return Number(v);
  return String(v);
}

/** Streams a data set a page at a time, so 100,000 rows never sit in memory at once. */
function stream(deps: Deps, tenantId: string, ex: OpenDataExport, format: 'csv' | 'json') {
  const names = ex.fields.map((f) => f.name);
  const encoder = new TextEncoder();
  let offset = 0;
  let first = true;
  let done = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (done) return controller.close();
      if (offset === 0)
        controller.enqueue(
          encoder.encode(
            format === 'csv'
              ? csvRow(names)
              : `{"dataset":"${ex.slug}","fields":${JSON.stringify(ex.fields)},"data":[`,
          ),
        );
      const rows = await ex.page(deps, tenantId, offset, PAGE);
      offset += rows.length;
      let chunk = '';
      for (const r of rows) {
        if (format === 'csv') chunk += csvRow(ex.fields.map((f) => value(r[f.name], f.type)));
        else {
          const o = Object.fromEntries(ex.fields.map((f) => [f.name, value(r[f.name], f.type)]));
          chunk += `${first ? '' : ','}${JSON.stringify(o)}`;
          first = false;
        }
      }
      if (rows.length < PAGE) {
        done = true;
        if (format === 'json') chunk += ']}';
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      if (done) controller.close();
    },
  });
}

/** /daten: the open-data catalogue built from the modules' manifests, and each data set as CSV and JSON. */
export function opendataRoutes(deps: Deps, exports: readonly OpenDataExport[]) {
  const app = new Hono<AppEnv>();

  app.get('/daten', (c) =>
    c.html(<OpenDataPage ctx={pageCtx(c)} exports={exports} baseUrl={deps.config.baseUrl} />),
  );

  // The API reference, readable, from the same document as /api/v1/openapi.json.
  app.get('/daten/api', (c) => {
    const doc = deps.apiDocument?.();
    if (!doc) throw notFound();
    return c.html(<ApiReferencePage ctx={pageCtx(c)} doc={doc} />);
  });

  app.get('/daten/:file{[a-z-]+\\.(csv|json)}', (c) => {
    const [slug, format] = c.req.param('file').split('.') as [string, 'csv' | 'json'];
    const ex = exports.find((e) => e.slug === slug);
    if (!ex) throw notFound();
    const tenant = c.get('tenant');
    return new Response(stream(deps, tenant.id, ex, format), {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${tenant.slug}-${slug}.${format}"`,
        'Cache-Control': 'public, max-age=300',
      },
    });
  });

  return app;
}
