/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { localePath } from '../../../platform/i18n/langs.ts';
import { Button, Csrf, TableScroll } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import type { PageCtx } from '../../../ui/page.ts';

/** A subscription address shown whole, to copy into a reader or a calendar app, and as a link. */
function Address({
  ctx,
  href,
  label,
  lang,
}: {
  ctx: PageCtx;
  href: string;
  label: string;
  /** The label's language where it is not the page's (a field's name not yet translated). */
  lang?: string;
}) {
  return (
    <li>
      <a class="kern-link" href={href} lang={lang && lang !== ctx.lang ? lang : undefined}>
        {label}
      </a>
      <br />
      <span class="meta">{ctx.t('feeds.address', { url: href })}</span>
    </li>
  );
}

/** /abonnieren: every public feed and the public calendar, with the addresses to copy. */
export function SubscribePage({
  ctx,
  origin,
  fields,
}: {
  ctx: PageCtx;
  /** The site's own address: subscription addresses are absolute. */
  origin: string;
  fields: { key: string; name: string; lang: string }[];
}) {
  const { t, lang } = ctx;
  const url = (path: string) => `${origin}${localePath(lang, path)}`;
  return (
    <Layout ctx={ctx} title={t('feeds.pageTitle')}>
      <h1 class="kern-heading-large">{t('feeds.pageTitle')}</h1>
      <p class="kern-body">{t('feeds.intro')}</p>
      <section aria-labelledby="feeds-atom" class="stack">
        <h2 class="kern-heading-medium" id="feeds-atom">
          {t('feeds.feedsTitle')}
        </h2>
        <p class="kern-body">{t('feeds.feedsIntro')}</p>
        <ul class="kern-list stack">
          <Address ctx={ctx} href={url('/neuigkeiten.atom')} label={t('feeds.allNews')} />
          <Address ctx={ctx} href={url('/mitmachen/antworten.atom')} label={t('feeds.answers')} />
        </ul>
        {fields.length ? (
          <>
            <h3 class="kern-heading-small">{t('feeds.byField')}</h3>
            <ul class="kern-list stack">
              {fields.map((f) => (
                <Address
                  ctx={ctx}
                  href={url(`/handlungsfelder/${encodeURIComponent(f.key)}/neuigkeiten.atom`)}
                  label={f.name}
                  lang={f.lang}
                />
              ))}
            </ul>
          </>
        ) : null}
      </section>
      <section aria-labelledby="feeds-ics" class="stack">
        <h2 class="kern-heading-medium" id="feeds-ics">
          {t('feeds.calendarTitle')}
        </h2>
        <p class="kern-body">{t('feeds.calendarIntro')}</p>
        <ul class="kern-list">
          <Address ctx={ctx} href={url('/termine.ics')} label={t('feeds.publicDates')} />
        </ul>
        <p class="kern-body">
          <a class="kern-link" href="/mitmachen/vorschlaege">
            {t('feeds.emailHint')}
          </a>
        </p>
      </section>
    </Layout>
  );
}

export interface CalendarEntry {
  day: string;
  text: string;
}

/** /mein-bereich/kalender: the staff member's calendar address, made, renewed or deleted without script. */
export function MyCalendarPage({
  ctx,
  address,
  upcoming,
  more,
}: {
  ctx: PageCtx;
  address: { url: string; createdAt: Date; lastUsedAt: Date | null } | undefined;
  /** The first entries of the calendar, as it would hold them now. */
  upcoming: CalendarEntry[];
  more: number;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('feeds.mineTitle')}>
      <h1 class="kern-heading-large">{t('feeds.mineTitle')}</h1>
      <p class="kern-body">{t('feeds.mineIntro')}</p>
      <div class="kern-alert kern-alert--info" role="note">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--info" aria-hidden="true" />
          <h2 class="kern-title">{t('feeds.mineAddress')}</h2>
        </div>
        <div class="kern-alert__body stack">
          <p class="kern-body">{t('feeds.mineSecret')}</p>
          {address ? (
            <>
              <div class="kern-form-input">
                <label class="kern-label" for="calendar-address">
                  {t('feeds.mineAddress')}
                </label>
                <input
                  class="kern-form-input__input"
                  id="calendar-address"
                  type="text"
                  readonly
                  value={address.url}
                  aria-describedby="calendar-address-meta"
                />
                <p class="kern-body meta" id="calendar-address-meta">
                  {t('feeds.mineCreated', { date: formatDate(lang, address.createdAt) })} ·{' '}
                  {address.lastUsedAt
                    ? t('feeds.mineLastUsed', { date: formatDate(lang, address.lastUsedAt) })
                    : t('feeds.mineNeverUsed')}
                </p>
              </div>
              <div class="form-actions">
                <form method="post" action="/mein-bereich/kalender/neu">
                  <Csrf token={ctx.csrf} />
                  <Button kind="secondary">{t('feeds.mineRenew')}</Button>
                </form>
                <form method="post" action="/mein-bereich/kalender/loeschen">
                  <Csrf token={ctx.csrf} />
                  <Button kind="tertiary">{t('feeds.mineRemove')}</Button>
                </form>
              </div>
            </>
          ) : (
            <>
              <p class="kern-body">{t('feeds.mineNone')}</p>
              <form method="post" action="/mein-bereich/kalender/neu">
                <Csrf token={ctx.csrf} />
                <Button>{t('feeds.mineCreate')}</Button>
              </form>
            </>
          )}
        </div>
      </div>
      <section aria-labelledby="calendar-upcoming" class="stack">
        <h2 class="kern-heading-medium" id="calendar-upcoming">
          {t('feeds.mineUpcoming')}
        </h2>
        {upcoming.length ? (
          <TableScroll label={t('feeds.mineUpcoming')}>
            <table class="kern-table kern-table--striped">
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('feeds.day')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('feeds.what')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {upcoming.map((e) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      <time datetime={e.day}>{formatDate(lang, e.day)}</time>
                    </td>
                    <td class="kern-table__cell">{e.text}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p class="kern-body">{t('feeds.mineUpcomingNone')}</p>
        )}
        {more > 0 ? <p class="kern-body">{t('feeds.mineMore', { count: more })}</p> : null}
      </section>
    </Layout>
  );
}
