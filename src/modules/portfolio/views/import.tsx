/** @jsxImportSource hono/jsx */

import { formatNumber } from '../../../platform/i18n/i18n.ts';
import { Button, Csrf, ErrorSummary, type Errors, TableScroll } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';
import { IMPORT_FIELDS, type ImportMapping, type PreviewRow } from '../import.service.ts';

/** At most this many rows without problems are listed; problems are always listed in full. */
const LISTED = 200;

/** Step 1: choose the workbook. */
export function ImportUploadPage({ ctx, errors }: { ctx: PageCtx; errors?: Errors | undefined }) {
  const { t } = ctx;
  const err = errors?.file;
  return (
    <Layout ctx={ctx} title={t('import.title')}>
      <p class="kern-body">
        <a class="kern-link" href="/intern/projekte">
          {t('import.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('import.title')}</h1>
      <ErrorSummary t={t} errors={errors} />
      <p class="kern-body">{t('import.intro')}</p>
      <ul class="kern-list">
        {IMPORT_FIELDS.map((f) => (
          <li>
            <strong>{t(`import.field.${f.name}`)}</strong>
            {f.required ? ` (${t('import.required')})` : ''}: {t(`import.fieldHint.${f.name}`)}
          </li>
        ))}
      </ul>
      <p class="kern-body">{t('import.repeat')}</p>
      <form method="post" action="/intern/projekte/import" enctype="multipart/form-data" class="stack">
        <Csrf token={ctx.csrf} />
        <div class={`kern-form-input${err ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label" for="f-file">
            {t('import.file')}
          </label>
          <div class="kern-hint" id="f-file-hint">
            {t('import.fileHint')}
          </div>
          {err ? (
            <p class="kern-error" id="f-file-error" role="alert">
              <span class="kern-body">{t(err.key, err.values)}</span>
            </p>
          ) : null}
          <input
            class="kern-form-input__input"
            type="file"
            id="f-file"
            name="file"
            required
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-describedby={`f-file-hint${err ? ' f-file-error' : ''}`}
            aria-invalid={err ? 'true' : undefined}
          />
        </div>
        <Button>{t('import.upload')}</Button>
      </form>
    </Layout>
  );
}

/** Step 2: which column is what, every row's problems, and the import when there are none. */
export function ImportReviewPage({
  ctx,
  id,
  fileName,
  headers,
  mapping,
  preview,
  errors,
}: {
  ctx: PageCtx;
  id: string;
  fileName: string;
  headers: string[];
  mapping: ImportMapping;
  preview: {
    rows: PreviewRow[];
    missing: string[];
    counts: { create: number; update: number; unchanged: number; invalid: number };
  };
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  const n = (v: number) => formatNumber(lang, v);
  const { counts } = preview;
  const ready = !preview.missing.length && counts.invalid === 0;
  const withProblems = preview.rows.filter((r) => r.problems.length);
  const fine = preview.rows.filter((r) => !r.problems.length);
  const shown = [...withProblems, ...fine.slice(0, Math.max(0, LISTED - withProblems.length))];
  const action = (r: PreviewRow) => t(`import.action.${r.action}`);
  return (
    <Layout ctx={ctx} title={t('import.reviewTitle', { file: fileName })}>
      <p class="kern-body">
        <a class="kern-link" href="/intern/projekte/import">
          {t('import.another')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('import.reviewTitle', { file: fileName })}</h1>
      <ErrorSummary t={t} errors={errors} />
      <p class="kern-body">
        {t('import.summary', {
          rows: n(preview.rows.length),
          create: n(counts.create),
          update: n(counts.update),
          unchanged: n(counts.unchanged),
          invalid: n(counts.invalid),
        })}
      </p>
      <h2 class="kern-heading-medium">{t('import.mappingTitle')}</h2>
      <p class="kern-body">{t('import.mappingIntro')}</p>
      {preview.missing.length ? (
        <div class="kern-alert kern-alert--danger" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">
              {t('import.missing', {
                fields: preview.missing
                  .map((f) => t(`import.field.${f as (typeof IMPORT_FIELDS)[number]['name']}`))
                  .join(', '),
              })}
            </p>
          </div>
        </div>
      ) : null}
      <form method="get" action={`/intern/projekte/import/${id}`} class="stack">
        <div class="import-mapping">
          {IMPORT_FIELDS.map((f) => (
            <div class="kern-form-input">
              <label class="kern-label" for={`map-${f.name}`}>
                {t(`import.field.${f.name}`)}
                {f.required ? ` (${t('import.required')})` : ''}
              </label>
              <div class="kern-form-input__select-wrapper">
                <select class="kern-form-input__select" id={`map-${f.name}`} name={`map_${f.name}`}>
                  <option value="">{t('import.notImported')}</option>
                  {headers.map((h, i) => (
                    <option value={String(i)} selected={mapping[f.name] === i}>
                      {h}
                    </option>
                  ))}
                </select>
              </div>
            </div>
          ))}
        </div>
        <Button kind="secondary">{t('import.applyMapping')}</Button>
      </form>
      <h2 class="kern-heading-medium">{t('import.previewTitle')}</h2>
      {ready ? (
        <form method="post" action={`/intern/projekte/import/${id}`} class="stack">
          <Csrf token={ctx.csrf} />
          {Object.entries(mapping).map(([k, v]) => (
            <input type="hidden" name={`map_${k}`} value={String(v)} />
          ))}
          <p class="kern-body">{t('import.ready')}</p>
          <Button>{t('import.run', { count: counts.create + counts.update })}</Button>
        </form>
      ) : (
        <p class="kern-body">{t('import.fixFirst')}</p>
      )}
      {shown.length < preview.rows.length ? (
        <p class="kern-body">
          {t('import.listed', { shown: n(shown.length), rows: n(preview.rows.length) })}
        </p>
      ) : null}
      <TableScroll label={t('import.previewCaption')}>
        <table class="kern-table">
          <caption>{t('import.previewCaption')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('import.col.line')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('import.col.title')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('import.col.action')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('import.col.problems')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {shown.map((r) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">{r.line}</td>
                <td class="kern-table__cell">{r.title}</td>
                <td class="kern-table__cell">{action(r)}</td>
                <td class="kern-table__cell">
                  {r.problems.length ? (
                    <ul class="kern-list">
                      {r.problems.map((p) => (
                        <li>
                          {t(`import.field.${p.field}`)}: {t(p.key, p.values)}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '–'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Layout>
  );
}

/** Step 3: what the import did. */
export function ImportDonePage({
  ctx,
  counts,
}: {
  ctx: PageCtx;
  counts: { created: number; updated: number; unchanged: number };
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('import.doneTitle')}>
      <h1 class="kern-heading-large">{t('import.doneTitle')}</h1>
      <p class="kern-body" role="status">
        {t('import.done', {
          created: formatNumber(lang, counts.created),
          updated: formatNumber(lang, counts.updated),
          unchanged: formatNumber(lang, counts.unchanged),
        })}
      </p>
      <ul class="kern-list">
        <li>
          <a class="kern-link" href="/intern/projekte">
            {t('import.toList')}
          </a>
        </li>
        <li>
          <a class="kern-link" href="/intern/projekte/import">
            {t('import.another')}
          </a>
        </li>
      </ul>
    </Layout>
  );
}
