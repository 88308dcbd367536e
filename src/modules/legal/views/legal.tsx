/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { COOKIES, type CookieName } from '../../../platform/http/cookies.ts';
import { formatDate, type MessageKey, messageKey } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  ConsentForm,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldIds,
  TableScroll,
  TextArea,
  TextField,
  withLangParts,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import type { TenantSettings } from '../../orgs/orgs.service.ts';
import type { accessibilityFeedback } from '../legal.table.ts';

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
        <p class="kern-body">{withLangParts(p)}</p>
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
        <p class="kern-body">{withLangParts(p)}</p>
      ))}
      <TableScroll label={t('legal.cookies.caption')}>
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
      </TableScroll>
      <ConsentForm t={t} csrf={ctx.csrf} back="/cookies" given={consentGiven} />
    </Layout>
  );
}

/** When the statement was prepared and on what it rests, and the body that enforces accessibility. */
function StatementFacts({
  ctx,
  statement,
}: {
  ctx: PageCtx;
  statement: TenantSettings['accessibilityStatement'];
}) {
  const { t, lang } = ctx;
  const day = (d: string) => formatDate(lang, d);
  const body = statement?.enforcement;
  return (
    <>
      <h2 class="kern-heading-medium">{t('legal.statement.creation')}</h2>
      <p class="kern-body">
        {statement
          ? [
              t('legal.statement.prepared', { prepared: day(statement.preparedOn) }),
              statement.reviewedOn
                ? t('legal.statement.reviewed', { reviewed: day(statement.reviewedOn) })
                : '',
              statement.method === 'external' && statement.assessor
                ? t('legal.statement.methodExternal', { assessor: statement.assessor })
                : t('legal.statement.methodSelf'),
            ]
              .filter(Boolean)
              .join(' ')
          : t('legal.statement.undated')}
      </p>
      {body ? (
        <>
          <h2 class="kern-heading-medium">{t('legal.statement.enforcement')}</h2>
          <p class="kern-body">
            {t('legal.statement.enforcementBody')} <span lang={langAttr(ctx)}>{body.name}</span>
          </p>
          <ul class="kern-list">
            {body.url ? (
              <li>
                {t('legal.statement.website')}:{' '}
                <a class="kern-link url" href={body.url}>
                  {body.url}
                </a>
              </li>
            ) : null}
            {body.email ? (
              <li>
                {t('legal.statement.email')}:{' '}
                <a class="kern-link url" href={`mailto:${body.email}`}>
                  {body.email}
                </a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
    </>
  );
}

/** The accessibility statement with the form to report a barrier. */
export function AccessibilityPage({
  ctx,
  paragraphs,
  statement,
  formToken,
  values,
  errors,
}: {
  ctx: PageCtx;
  paragraphs: readonly string[];
  statement: TenantSettings['accessibilityStatement'];
  formToken: string;
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('legal.accessibility.title')}>
      <h1 class="kern-heading-large">{t('legal.accessibility.title')}</h1>
      {paragraphs.map((p) => (
        <p class="kern-body">{withLangParts(p)}</p>
      ))}
      <StatementFacts ctx={ctx} statement={statement} />
      <section aria-labelledby="feedback-title">
        <h2 class="kern-heading-medium" id="feedback-title">
          {t('legal.feedback.title')}
        </h2>
        <p class="kern-body">{t('legal.feedback.intro')}</p>
        <ErrorSummary t={t} errors={errors} />
        <form method="post" action="/barrierefreiheit" class="stack" novalidate>
          <Csrf token={ctx.csrf} />
          <input type="hidden" name="_t" value={formToken} />
          <TextField t={t} name="page" label={t('legal.feedback.page')} value={values.page} errors={errors} />
          <TextArea
            t={t}
            name="message"
            label={t('legal.feedback.message')}
            value={values.message}
            errors={errors}
            required
          />
          <TextField
            t={t}
            name="email"
            type="email"
            autocomplete="email"
            label={t('legal.feedback.email')}
            // Signed in: the account's address, as the proposal form uses it (walk); cleared, it stays empty.
            value={values.email ?? ctx.actor?.email}
            errors={errors}
          />
          <Button>{t('legal.feedback.submit')}</Button>
        </form>
      </section>
    </Layout>
  );
}

/** The reported barriers for the CDO team: open ones first with their due day, each with its answer form. */
export function FeedbackListPage({
  ctx,
  rows,
  today,
  form,
}: {
  ctx: PageCtx;
  rows: (typeof accessibilityFeedback.$inferSelect)[];
  today: string;
  form?: { id: string; values: Record<string, string>; errors: Errors } | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('legal.feedback.staffTitle')}>
      <h1 class="kern-heading-large">{t('legal.feedback.staffTitle')}</h1>
      <p class="kern-body">{t('legal.feedback.staffIntro')}</p>
      {rows.length ? (
        <ul class="entry-list">
          {rows.map((r) => (
            <li class="entry" id={`m-${r.id}`}>
              <p class="meta">
                {t('legal.feedback.received', { date: formatDate(lang, r.createdAt) })}
                {r.page ? ` · ${r.page}` : ''} ·{' '}
                {r.answeredAt ? (
                  t('legal.feedback.answeredOn', { date: formatDate(lang, r.answeredAt) })
                ) : (
                  <>
                    {t('legal.feedback.due', { date: formatDate(lang, r.dueOn) })}
                    {r.dueOn < today ? (
                      <>
                        {' '}
                        <span class="kern-badge kern-badge--danger">
                          <span class="kern-label">{t('legal.feedback.overdue')}</span>
                        </span>
                      </>
                    ) : null}
                  </>
                )}
              </p>
              <p class="kern-body kern-preline-text" lang={textLang(ctx, r.lang)}>
                {r.message}
              </p>
              {r.answeredAt ? (
                <p class="kern-body kern-preline-text">
                  <strong>{t('legal.feedback.answer')}:</strong> {r.answer}
                </p>
              ) : (
                <FieldIds scope={`m-${r.id}`}>
                  {form?.id === r.id ? <ErrorSummary t={t} errors={form.errors} /> : null}
                  <form method="post" action={`/intern/barrierefreiheit/${r.id}`} class="stack" novalidate>
                    <Csrf token={ctx.csrf} />
                    {r.email ? null : <p class="kern-body kern-body--small">{t('legal.feedback.noEmail')}</p>}
                    <TextArea
                      t={t}
                      name="answer"
                      label={t('legal.feedback.answer')}
                      value={form?.id === r.id ? form.values.answer : ''}
                      errors={form?.id === r.id ? form.errors : undefined}
                      required
                    />
                    <Button>
                      {t(r.email ? 'legal.feedback.answerButton' : 'legal.feedback.answerSave')}
                    </Button>
                  </form>
                </FieldIds>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('legal.feedback.none')}</p>
      )}
    </Layout>
  );
}

/** The portal explained in easy language (Leichte Sprache, BITV 2.0 § 4), and the sign-language video. */
export function EasyReadPage({
  ctx,
  sections,
  video,
}: {
  ctx: PageCtx;
  sections: { title: string; lines: readonly string[] }[];
  video: { src: string; captions: string } | undefined;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('legal.easy.title')}>
      <h1 class="kern-heading-large">{t('legal.easy.title')}</h1>
      {sections.map((s, i) => (
        <section class="easy-read">
          {i ? <h2 class="kern-heading-medium">{s.title}</h2> : null}
          {s.lines.map((line) => (
            <p class="kern-body kern-body--large">{line}</p>
          ))}
        </section>
      ))}
      <p class="kern-body kern-body--large">
        <a class="kern-link" href="/barrierefreiheit">
          {t('legal.easy.statementLink')}
        </a>
      </p>
      {video ? (
        <section aria-labelledby="dgs-title">
          <h2 class="kern-heading-medium" id="dgs-title">
            {t('legal.easy.signTitle')}
          </h2>
          <p class="kern-body kern-body--large">{t('legal.easy.sign')}</p>
          <video controls preload="none" src={video.src} class="sign-video">
            <track kind="captions" src={video.captions} srclang="de" default />
          </video>
        </section>
      ) : null}
    </Layout>
  );
}
