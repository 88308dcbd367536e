import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { Hono } from 'hono';
import type { DbOrTx } from '../../db/client.ts';
import { csvRow } from '../../platform/csv.ts';
import { AppError, notFound } from '../../platform/errors.ts';
import { ZModifiedSinceQuery } from '../../platform/http/api.ts';
import { matchesEtag } from '../../platform/http/cache.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { isLang, type Lang } from '../../platform/i18n/langs.ts';
import type { OpenDataExport } from '../../platform/module.ts';
import { textOrigin, translationLookup } from '../../platform/translation/translation.ts';
import { pageCtx } from '../../ui/page.ts';
import { catalogueTriples, regionalKeyOf, toJsonLd, toRdfXml, toTurtle } from './opendata.dcat.ts';
import { DatasetFiles, type Sink } from './opendata.files.ts';
import { recordVersion, versionsOf } from './opendata.queries.ts';
import { ApiReferencePage } from './views/api.tsx';
import { CATALOGUE_FORMATS, DatasetPage, OpenDataPage } from './views/catalogue.tsx';

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
  if (type === 'integer' || type === 'number') return Number(v);
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
  db: DbOrTx,
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
    db,
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

/** A download's name and the variant it answers: `projekte.csv`, `vorschlaege.json?lang=en`. */
function fileName(ex: OpenDataExport, format: 'csv' | 'json', lang: Lang | undefined) {
  return `${ex.slug}.${format}${lang ? `?lang=${lang}` : ''}`;
}

/**
 * Writes a data set in pages from one read-only snapshot (repeatable read): every page sees the same
 * state, so a change made meanwhile neither repeats nor drops a row, and each page continues after the
 * last key instead of counting past the rows before it.
 */
async function writeDataset(
  deps: Deps,
  tenantId: string,
  ex: OpenDataExport,
  format: 'csv' | 'json',
  lang: Lang | undefined,
  since: Date | undefined,
  sink: Sink,
) {
  const extra = translationColumns(ex, lang).map((name) => ({ name, type: 'string' as const }));
  const fields = [...ex.fields, ...extra];
  await deps.database.db.transaction(
    async (tx) => {
      await sink.write(
        format === 'csv'
          ? csvRow(fields.map((f) => f.name))
          : `{"dataset":"${ex.slug}",${lang ? `"lang":"${lang}",` : ''}${
              since ? `"modified_since":"${since.toISOString()}",` : ''
            }"fields":${JSON.stringify(fields)},"data":[`,
      );
      let after: (string | number)[] | null = null;
      let first = true;
      for (;;) {
        const page = await ex.page(tx, tenantId, { after, limit: PAGE, since });
        const rows = lang && extra.length ? await inLanguage(tx, tenantId, ex, page, lang) : page;
        let chunk = '';
        for (const r of rows) {
          sink.row();
          if (format === 'csv') chunk += csvRow(fields.map((f) => value(r[f.name], f.type)));
          else {
            const o = Object.fromEntries(fields.map((f) => [f.name, value(r[f.name], f.type)]));
            chunk += `${first ? '' : ','}${JSON.stringify(o)}`;
            first = false;
          }
        }
        await sink.write(chunk);
        if (page.length < PAGE) break;
        const last = page[page.length - 1]!;
        after = ex.key.map((k) => last[k] as string | number);
      }
      if (format === 'json') await sink.write(']}');
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}

/** `If-None-Match` names these bytes, or `If-Modified-Since` is not before their last change. */
function unchanged(req: Request, digest: string, modified: Date | undefined) {
  const inm = req.headers.get('if-none-match');
  if (inm) return matchesEtag(inm, `"${digest}"`);
  const ims = req.headers.get('if-modified-since');
  if (!ims || !modified) return false;
  const t = Date.parse(ims);
  return !Number.isNaN(t) && Math.floor(modified.getTime() / 1000) <= Math.floor(t / 1000);
}

/** The file as the answer, opened before anything can replace it; null when it was replaced meanwhile. */
async function fileResponse(path: string, headers: Record<string, string>) {
  try {
    const handle = await open(path, 'r');
    return new Response(Readable.toWeb(handle.createReadStream()) as ReadableStream, { headers });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** `?modified_since=` as a moment, or a clear refusal. */
function parseSince(ex: OpenDataExport, raw: string | undefined): Date | undefined {
  if (raw === undefined) return undefined;
  if (!ex.modified)
    throw new AppError('VALIDATION_FAILED', 'This data set has no modification times to filter by.', {
      modified_since: { key: 'validation.format' },
    });
  // The same rule as the API's: a day, or a moment with its offset, never the server's own local time.
  const parsed = ZModifiedSinceQuery.safeParse({ modified_since: raw });
  if (!parsed.success || !parsed.data.modified_since)
    throw new AppError(
      'VALIDATION_FAILED',
      'modified_since must be a date or a moment in ISO 8601, e.g. 2026-07-01 or 2026-07-01T12:00:00Z.',
      { modified_since: { key: 'validation.format' } },
    );
  return parsed.data.modified_since;
}

/** How long the catalogue waits for the data sets' files after a change (a city of 100,000 proposals needs ~20 s). */
const CATALOGUE_WAIT_MS = 5_000;

/** /daten: the open-data catalogue built from the modules' manifests, and each data set as CSV and JSON. */
export function opendataRoutes(deps: Deps, exports: readonly OpenDataExport[]) {
  const app = new Hono<AppEnv>();
  const files = new DatasetFiles();
  const keyOf = (tenantId: string, name: string) => `${tenantId} ${name}`;
  /**
   * A data set's download as of the tenant's latest change: the kept file, or a new one (one writer
   * however many ask). Only the whole file records when its bytes last changed.
   */
  const current = (
    tenantId: string,
    ex: OpenDataExport,
    format: 'csv' | 'json',
    lang?: Lang,
    since?: Date,
  ) => {
    const write = () => files.write((sink) => writeDataset(deps, tenantId, ex, format, lang, since, sink));
    // A filtered download is kept like the whole one (under its moment), so asking again costs nothing.
    const name = fileName(ex, format, lang);
    const key = since ? `${keyOf(tenantId, name)} since ${since.toISOString()}` : keyOf(tenantId, name);
    return files.get(key, deps.cache.generation(tenantId), write, async (f) =>
      since
        ? new Date()
        : recordVersion(deps.database.db, tenantId, {
            file: name,
            digest: f.digest,
            rows: f.rows,
            bytes: f.bytes,
          }),
    );
  };
  /** Per tenant and change: the writing of every data set's whole files, one after the other. */
  const refreshing = new Map<string, Promise<void>>();
  /**
   * What the catalogue states of each download: when its bytes last changed and its size. A harvester may
   * read the catalogue alone, so after a change the whole files are brought up to date first (one after
   * the other, in the background); the catalogue waits for that up to `waitMs`. Whatever is not current
   * by then is stated as last recorded, and `complete` is false (the catalogue is then not kept).
   */
  const downloadStates = async (tenantId: string, waitMs: number) => {
    const generation = deps.cache.generation(tenantId);
    const flightKey = `${tenantId} ${generation}`;
    let run = refreshing.get(flightKey);
    if (!run) {
      run = (async () => {
        for (const ex of exports)
          for (const format of ['csv', 'json'] as const) await current(tenantId, ex, format);
      })()
        .catch((err) => deps.logger.error({ err, tenantId }, 'open-data files not brought up to date'))
        .finally(() => refreshing.delete(flightKey));
      refreshing.set(flightKey, run);
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([run, new Promise<void>((r) => (timer = setTimeout(r, waitMs)))]);
    clearTimeout(timer);
    const recorded = new Map((await versionsOf(deps.database.db, tenantId)).map((v) => [v.file, v]));
    const out = new Map<string, { changedAt: Date; bytes: number; rows: number }>();
    let complete = true;
    for (const ex of exports)
      for (const format of ['csv', 'json'] as const) {
        const name = fileName(ex, format, undefined);
        const kept = files.peek(keyOf(tenantId, name), generation);
        if (kept) out.set(name, { changedAt: kept.modified, bytes: kept.bytes, rows: kept.rows });
        else {
          complete = false;
          const v = recorded.get(name);
          if (v) out.set(name, { changedAt: v.changedAt, bytes: v.bytes, rows: v.rows });
        }
      }
    return { downloads: out, complete };
  };

  app.get('/daten', (c) =>
    c.html(<OpenDataPage ctx={pageCtx(c)} exports={exports} baseUrl={deps.config.baseUrl} />),
  );

  // The API reference, readable, from the same document as /api/v1/openapi.json.
  app.get('/daten/api', (c) => {
    const doc = deps.apiDocument?.();
    if (!doc) throw notFound();
    return c.html(<ApiReferencePage ctx={pageCtx(c)} doc={doc} />);
  });

  // The catalogue for data portals (DCAT-AP.de), in the three forms harvesters read.
  app.get('/daten/:file{katalog\\.(ttl|rdf|jsonld)}', async (c) => {
    const tenant = c.get('tenant');
    const settings = tenant.settings as {
      regionalKey?: unknown;
      legalNotice?: { email?: unknown };
      govdataContributorId?: unknown;
    };
    const { downloads, complete } = await downloadStates(tenant.id, CATALOGUE_WAIT_MS);
    const triples = catalogueTriples({
      baseUrl: c.get('origin'),
      publisher: tenant.name,
      regionalKey: regionalKeyOf(settings.regionalKey),
      email: typeof settings.legalNotice?.email === 'string' ? settings.legalNotice.email : undefined,
      contributorId:
        typeof settings.govdataContributorId === 'string' ? settings.govdataContributorId : undefined,
      exports,
      downloads,
    });
    const ext = c.req.param('file').slice('katalog.'.length) as (typeof CATALOGUE_FORMATS)[number]['ext'];
    const format = CATALOGUE_FORMATS.find((f) => f.ext === ext)!;
    const body = ext === 'ttl' ? toTurtle(triples) : ext === 'rdf' ? toRdfXml(triples) : toJsonLd(triples);
    return c.body(body, 200, {
      'Content-Type': `${format.type}; charset=utf-8`,
      // Kept until the next change only when every download's state is current.
      'Cache-Control': complete ? 'public, max-age=300' : 'no-store',
    });
  });

  // A data set's README: what it holds, its fields, its addresses, licence and how to stay current.
  app.get('/daten/:slug{[a-z]+(-[a-z]+)*}', async (c) => {
    const ex = exports.find((e) => e.slug === c.req.param('slug'));
    if (!ex) throw notFound();
    // When the data last changed, and its size: the current file's if there is one, else as last recorded
    // (a visitor does not wait for a large data set to be written).
    const tenantId = c.get('tenant').id;
    const name = fileName(ex, 'csv', undefined);
    const kept = files.peek(keyOf(tenantId, name), deps.cache.generation(tenantId));
    const v = kept
      ? { changedAt: kept.modified, rows: kept.rows, bytes: kept.bytes }
      : (await versionsOf(deps.database.db, tenantId)).find((x) => x.file === name);
    return c.html(<DatasetPage ctx={pageCtx(c)} ex={ex} baseUrl={c.get('origin')} state={v} />);
  });

  app.get('/daten/:file{[a-z-]+\\.(csv|json)}', async (c) => {
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
    const since = parseSince(ex, c.req.query('modified_since'));
    const headers: Record<string, string> = {
      'Content-Type': format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${tenant.slug}-${slug}${lang ? `-${lang}` : ''}.${format}"`,
      'Cache-Control': 'public, max-age=300',
      Vary: 'Accept-Encoding',
    };
    for (let attempt = 0; ; attempt++) {
      const file = await current(tenant.id, ex, format, lang, since);
      headers.ETag = `"${file.digest}"`;
      if (!since) headers['Last-Modified'] = file.modified.toUTCString();
      if (unchanged(c.req.raw, file.digest, since ? undefined : file.modified))
        return new Response(null, {
          status: 304,
          headers: {
            ETag: headers.ETag,
            ...(since ? {} : { 'Last-Modified': headers['Last-Modified']! }),
            'Cache-Control': headers['Cache-Control']!,
          },
        });
      headers['Content-Length'] = String(file.bytes);
      const res = await fileResponse(file.path, headers);
      if (res) return res;
      // Replaced by a newer file between finding and opening it: take that one.
      if (attempt > 2) throw new Error('A download kept vanishing before it was read.');
    }
  });

  return app;
}
