import { Hono } from 'hono';
import { csvRow } from '../../platform/csv.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { isLang, type Lang } from '../../platform/i18n/langs.ts';
import type { OpenDataExport } from '../../platform/module.ts';
import { textOrigin, translationLookup } from '../../platform/translation/translation.ts';
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

/** The columns a download with `?lang=` adds after each translated field: its language and origin. */
export function translationColumns(ex: OpenDataExport, lang: Lang | undefined) {
  if (!lang || !ex.translated?.length) return [];
  return ex.translated.flatMap((t) => [`${t.field}_lang`, `${t.field}_origin`, `${t.field}_provider`]);
}

/**
 * One page of rows in the reader's language: each translated field holds the current translation where
 * one exists (else the original), with its language, origin and provider beside it. One look-up a page.
 */
async function inLanguage(
  deps: Deps,
  tenantId: string,
  ex: OpenDataExport,
  rows: Record<string, unknown>[],
  lang: Lang,
) {
  const specs = ex.translated ?? [];
  const idOf = (r: Record<string, unknown>) => String(r.id ?? '');
  const langOf = (r: Record<string, unknown>, langField: string | undefined) =>
    langField ? String(r[langField] ?? '') : 'de';
  const lookup = await translationLookup(
    deps.database.db,
    tenantId,
    lang,
    [...new Set(specs.map((t) => t.type))].map((type) => ({
      type,
      records: rows.flatMap((r) =>
        specs
          .filter((t) => t.type === type && r[t.field])
          .map((t) => ({ id: idOf(r), lang: langOf(r, t.langField) })),
      ),
    })),
  );
  return rows.map((r) => {
    const out: Record<string, unknown> = { ...r };
    for (const t of specs) {
      const text = r[t.field];
      if (text === null || text === undefined || text === '') continue;
      const shown = lookup.shown(t.type, idOf(r), t.from ?? t.field, String(text), langOf(r, t.langField));
      out[t.field] = shown.text;
      out[`${t.field}_lang`] = shown.lang;
      out[`${t.field}_origin`] = textOrigin(shown);
      out[`${t.field}_provider`] = shown.provider ?? '';
    }
    return out;
  });
}

/** Streams a data set a page at a time, so 100,000 rows never sit in memory at once. */
function stream(deps: Deps, tenantId: string, ex: OpenDataExport, format: 'csv' | 'json', lang?: Lang) {
  const extra = translationColumns(ex, lang).map((name) => ({ name, type: 'string' as const }));
  const fields = [...ex.fields, ...extra];
  const names = fields.map((f) => f.name);
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
              : `{"dataset":"${ex.slug}",${lang ? `"lang":"${lang}",` : ''}"fields":${JSON.stringify(fields)},"data":[`,
          ),
        );
      const page = await ex.page(deps, tenantId, offset, PAGE);
      offset += page.length;
      const rows = lang && extra.length ? await inLanguage(deps, tenantId, ex, page, lang) : page;
      let chunk = '';
      for (const r of rows) {
        if (format === 'csv') chunk += csvRow(fields.map((f) => value(r[f.name], f.type)));
        else {
          const o = Object.fromEntries(fields.map((f) => [f.name, value(r[f.name], f.type)]));
          chunk += `${first ? '' : ','}${JSON.stringify(o)}`;
          first = false;
        }
      }
      if (page.length < PAGE) {
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
    // `?lang=en`: the texts in that language where a translation exists, with their provenance (a data
    // set without texts to translate is the same in every language).
    const asked = c.req.query('lang');
    if (asked !== undefined && !isLang(asked))
      throw new AppError('VALIDATION_FAILED', 'Unknown language: use de, en, tr or ar.', {
        lang: { key: 'validation.choice' },
      });
    const lang = asked && ex.translated?.length ? asked : undefined;
    return new Response(stream(deps, tenant.id, ex, format, lang), {
      headers: {
        'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
        'Content-Disposition': `attachment; filename="${tenant.slug}-${slug}${lang ? `-${lang}` : ''}.${format}"`,
        'Cache-Control': 'public, max-age=300',
      },
    });
  });

  return app;
}
