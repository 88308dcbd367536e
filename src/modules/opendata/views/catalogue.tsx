/** @jsxImportSource hono/jsx */

import { formatDate, formatNumber, messageKey } from '../../../platform/i18n/i18n.ts';
import { LANGS } from '../../../platform/i18n/langs.ts';
import type { OpenDataExport } from '../../../platform/module.ts';
import { languageName, TableScroll } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

/** What is known of a download's last state: since when it holds its bytes, how many rows and bytes. */
export interface DownloadState {
  changedAt: Date;
  rows: number;
  bytes: number;
}

const titleOf = (ctx: PageCtx, ex: OpenDataExport) => ctx.t(messageKey(`opendata.${ex.slug}.title`));

/** The catalogue in the machine-readable forms harvesters read. */
export const CATALOGUE_FORMATS = [
  { ext: 'ttl', label: 'Turtle', type: 'text/turtle' },
  { ext: 'rdf', label: 'RDF/XML', type: 'application/rdf+xml' },
  { ext: 'jsonld', label: 'JSON-LD', type: 'application/ld+json' },
] as const;

/** /daten: every data set with its downloads and the catalogue for portals. */
export function OpenDataPage({
  ctx,
  exports,
  baseUrl,
}: {
  ctx: PageCtx;
  exports: readonly OpenDataExport[];
  baseUrl: string;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('opendata.title')}>
      <h1 class="kern-heading-large">{t('opendata.title')}</h1>
      <p class="kern-body">{t('opendata.intro')}</p>
      <p class="kern-body">
        {t('opendata.api')}{' '}
        <a class="kern-link" href="/daten/api">
          {t('api.title')}
        </a>{' '}
        (<a class="kern-link url" href="/api/v1/openapi.json">{`${baseUrl}/api/v1/openapi.json`}</a>)
      </p>
      <ul class="dataset-list" aria-label={t('opendata.datasets')}>
        {exports.map((ex) => (
          <li class="stack">
            <h2 class="kern-heading-small" id={`ds-${ex.slug}`}>
              <a class="kern-link" href={`/daten/${ex.slug}`}>
                {titleOf(ctx, ex)}
              </a>
            </h2>
            <p class="kern-body">{t(messageKey(`opendata.${ex.slug}.description`))}</p>
            <ul class="kern-list kern-list--horizontal">
              <li>
                <a class="kern-link" href={`/daten/${ex.slug}.csv`} aria-describedby={`ds-${ex.slug}`}>
                  {t('opendata.download', { format: 'CSV' })}
                </a>
              </li>
              <li>
                <a class="kern-link" href={`/daten/${ex.slug}.json`} aria-describedby={`ds-${ex.slug}`}>
                  {t('opendata.download', { format: 'JSON' })}
                </a>
              </li>
            </ul>
          </li>
        ))}
      </ul>
      <h2 class="kern-heading-medium" id="katalog">
        {t('opendata.catalogue.title')}
      </h2>
      <p class="kern-body">{t('opendata.catalogue.text')}</p>
      <ul class="kern-list">
        {CATALOGUE_FORMATS.map((f) => (
          <li>
            <a class="kern-link" href={`/daten/katalog.${f.ext}`} type={f.type}>
              {t('opendata.catalogue.format', { format: f.label })}
            </a>
          </li>
        ))}
      </ul>
      <p class="kern-body">{t('opendata.licence')}</p>
    </Layout>
  );
}

/** /daten/<slug>: a data set's README — what it holds, its fields, addresses, licence and how to stay current. */
export function DatasetPage({
  ctx,
  ex,
  baseUrl,
  state,
}: {
  ctx: PageCtx;
  ex: OpenDataExport;
  baseUrl: string;
  state: DownloadState | undefined;
}) {
  const { t } = ctx;
  const title = titleOf(ctx, ex);
  const url = (f: string) => `${baseUrl}/daten/${ex.slug}.${f}`;
  return (
    <Layout ctx={ctx} title={title}>
      <p class="kern-body">
        <a class="kern-link" href="/daten">
          {t('opendata.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">{t(messageKey(`opendata.${ex.slug}.description`))}</p>
      <h2 class="kern-heading-medium">{t('opendata.dataset.downloads')}</h2>
      <ul class="kern-list">
        {(['csv', 'json'] as const).map((f) => (
          <li>
            <a class="kern-link" href={`/daten/${ex.slug}.${f}`}>
              {t('opendata.download', { format: f.toUpperCase() })}
            </a>
            : <span class="url">{url(f)}</span>
          </li>
        ))}
      </ul>
      {state ? (
        <p class="kern-body">
          {t('opendata.dataset.state', {
            date: formatDate(ctx.lang, state.changedAt),
            rows: formatNumber(ctx.lang, state.rows),
          })}
        </p>
      ) : null}
      {ex.translated?.length ? (
        <>
          <p class="kern-body">
            {t('opendata.translated', { fields: ex.translated.map((f) => f.field).join(', ') })}
          </p>
          <ul class="kern-list">
            {LANGS.map((l) => (
              <li>
                {languageName(ctx.lang, l)}:{' '}
                <a class="kern-link" href={`/daten/${ex.slug}.csv?lang=${l}`} hreflang={l}>
                  CSV
                </a>
                {' · '}
                <a class="kern-link" href={`/daten/${ex.slug}.json?lang=${l}`} hreflang={l}>
                  JSON
                </a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h2 class="kern-heading-medium">{t('opendata.dataset.format')}</h2>
      <p class="kern-body">{t('opendata.dataset.formatText', { key: ex.key.join(', ') })}</p>
      <TableScroll label={t('opendata.fields', { title })}>
        <table class="kern-table">
          <caption>{t('opendata.fields', { title })}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('opendata.field')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('opendata.type')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('opendata.meaning')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {ex.fields.map((f) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell">
                  <code>{f.name}</code>
                </td>
                <td class="kern-table__cell">{t(`opendata.types.${f.type}`)}</td>
                <td class="kern-table__cell">{t(messageKey(`opendata.${ex.slug}.fields.${f.name}`))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h2 class="kern-heading-medium">{t('opendata.dataset.current')}</h2>
      <p class="kern-body">{t('opendata.dataset.validators')}</p>
      {ex.modified ? (
        <p class="kern-body">
          {t('opendata.dataset.since', { field: ex.modified })}{' '}
          <code class="url">{`${url('csv')}?modified_since=2026-07-01T00:00:00Z`}</code>
        </p>
      ) : (
        <p class="kern-body">{t('opendata.dataset.noSince')}</p>
      )}
      <h2 class="kern-heading-medium">{t('opendata.dataset.licenceTitle')}</h2>
      <p class="kern-body">{t('opendata.licence')}</p>
      <p class="kern-body">
        {t('opendata.dataset.inCatalogue')}{' '}
        <a class="kern-link" href="/daten#katalog">
          {t('opendata.catalogue.title')}
        </a>
      </p>
    </Layout>
  );
}
