/** @jsxImportSource hono/jsx */

import { messageKey } from '../../../platform/i18n/i18n.ts';
import { LANGS } from '../../../platform/i18n/langs.ts';
import type { OpenDataExport } from '../../../platform/module.ts';
import { languageName } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

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
      {exports.map((ex) => (
        <section aria-labelledby={`ds-${ex.slug}`} class="stack">
          <h2 class="kern-heading-medium" id={`ds-${ex.slug}`}>
            {t(messageKey(`opendata.${ex.slug}.title`))}
          </h2>
          <p class="kern-body">{t(messageKey(`opendata.${ex.slug}.description`))}</p>
          <ul class="kern-list kern-list--horizontal">
            <li>
              <a class="kern-link" href={`/daten/${ex.slug}.csv`}>
                {t('opendata.download', { format: 'CSV' })}
              </a>
            </li>
            <li>
              <a class="kern-link" href={`/daten/${ex.slug}.json`}>
                {t('opendata.download', { format: 'JSON' })}
              </a>
            </li>
          </ul>
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
          <div class="table-scroll" tabindex={0}>
            <table class="kern-table">
              <caption>{t('opendata.fields', { title: t(messageKey(`opendata.${ex.slug}.title`)) })}</caption>
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
          </div>
        </section>
      ))}
      <p class="kern-body">{t('opendata.licence')}</p>
    </Layout>
  );
}
