/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { COOKIES, type CookieName } from '../../../platform/http/cookies.ts';
import { type MessageKey, messageKey } from '../../../platform/i18n/i18n.ts';
import { ConsentForm } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

/** A page of running text: its title, what the municipality declared (if any) and the paragraphs. */
export function TextPage({
  ctx,
  titleKey,
  paragraphs,
  children,
}: {
  ctx: PageCtx;
  titleKey: MessageKey;
  paragraphs: readonly string[];
  children?: Child;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t(titleKey)}>
      <h1 class="kern-heading-large">{t(titleKey)}</h1>
      {children}
      {paragraphs.map((p) => (
        <p class="kern-body">{p}</p>
      ))}
    </Layout>
  );
}

/** The cookie page: every cookie the code can set (from the registry), and the statistics choice. */
export function CookiesPage({
  ctx,
  paragraphs,
  consentGiven,
}: {
  ctx: PageCtx;
  paragraphs: readonly string[];
  consentGiven: boolean;
}) {
  const { t } = ctx;
  const lifetime = (seconds: number) =>
    seconds < 2 * 86400
      ? t('legal.cookies.hours', { count: Math.round(seconds / 3600) })
      : t('legal.cookies.days', { count: Math.round(seconds / 86400) });
  return (
    <Layout ctx={ctx} title={t('legal.cookies.title')}>
      <h1 class="kern-heading-large">{t('legal.cookies.title')}</h1>
      {paragraphs.map((p) => (
        <p class="kern-body">{p}</p>
      ))}
      <div class="table-scroll" tabindex={0}>
        <table class="kern-table" id="cookie-table">
          <caption class="kern-title">{t('legal.cookies.caption')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('legal.cookies.name')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('legal.cookies.purpose')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('legal.cookies.category')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('legal.cookies.lifetime')}
              </th>
            </tr>
          </thead>
          <tbody>
            {(Object.entries(COOKIES) as [CookieName, (typeof COOKIES)[CookieName]][]).map(([name, spec]) => (
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="row">
                  <code>{name}</code>
                </th>
                <td class="kern-table__cell">{t(messageKey(`legal.cookies.purposeOf.${name}`))}</td>
                <td class="kern-table__cell">{t(messageKey(`legal.cookies.${spec.category}`))}</td>
                <td class="kern-table__cell">{lifetime(spec.maxAgeSeconds)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConsentForm t={t} csrf={ctx.csrf} back="/cookies" given={consentGiven} />
    </Layout>
  );
}
