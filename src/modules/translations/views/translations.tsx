/** @jsxImportSource hono/jsx */
import type { Lang } from '../../../platform/i18n/i18n.ts';
import { formatDate, formatNumber, isMessageKey, messageKey } from '../../../platform/i18n/i18n.ts';
import { textDirection } from '../../../platform/i18n/langs.ts';
import type { translations } from '../../../platform/platform.table.ts';
import type { TranslatableSubject } from '../../../platform/translation/translation.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  FilterSelect,
  languageName,
  Notice,
  Pagination,
  Select,
  TableScroll,
  TextArea,
  TextField,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { type PageCtx, textLang } from '../../../ui/page.ts';
import { GLOSSARY_LANGS, TARGET_LANGS } from '../translations.schemas.ts';

type TranslationRow = typeof translations.$inferSelect;

/** What a translated field is, in the reader's words: the kind of record its module declared, and the field. */
export function subjectLabel(
  ctx: PageCtx,
  subjects: readonly TranslatableSubject[],
  type: string,
  field: string,
) {
  const subject = subjects.find((s) => s.type === type);
  const kind = subject && isMessageKey(subject.label) ? ctx.t(subject.label) : type;
  const fieldKey = `translations.field.${field}`;
  return `${kind} · ${isMessageKey(fieldKey) ? ctx.t(fieldKey) : field}`;
}

export interface TranslationStatus {
  provider: string;
  used: number;
  budget: number;
  stoppedAt?: Date | null;
  stopReason?: 'budget' | 'provider_quota' | 'provider_auth' | null;
}

const excerpt = (s: string | null, n = 120) => (!s ? '' : s.length > n ? `${s.slice(0, n)}…` : s);

/** Where a translation came from, in words. */
function originText(ctx: PageCtx, r: TranslationRow) {
  const { t, lang } = ctx;
  const origin =
    r.origin === 'machine'
      ? t('translations.originMachine', { provider: r.provider ?? '' })
      : t('translations.originHuman');
  return r.reviewedAt
    ? `${origin}, ${t('translations.reviewed', { date: formatDate(lang, r.reviewedAt) })}`
    : origin;
}

export function editHref(
  r: { subjectType: string; subjectId: string; field: string; lang: string },
  back?: string,
) {
  const path = `/intern/uebersetzungen/${r.subjectType}/${r.subjectId}/${r.field}/${r.lang}`;
  return back && back !== LIST ? `${path}?zurueck=${encodeURIComponent(back)}` : path;
}

const LIST = '/intern/uebersetzungen';

/** Where the edit page leads back to: the list as it was filtered and paged, never anywhere else. */
export function listReturn(value: string | undefined): string {
  return value && /^\/intern\/uebersetzungen(\?[a-z0-9=&%_-]*)?$/i.test(value) ? value : LIST;
}

/** The list address with a confirmation to show. */
export function withNotice(list: string, notice: string) {
  return `${list}${list.includes('?') ? '&' : '?'}hinweis=${notice}`;
}

/** The back office's list: this month's use and any pause, the translations to review first. */
export function TranslationsPage({
  ctx,
  subjects,
  status,
  list,
  page,
  filter,
}: {
  ctx: PageCtx;
  subjects: readonly TranslatableSubject[];
  status: TranslationStatus;
  list: { total: number; pages: number; rows: (TranslationRow & { original: string | null })[] };
  page: number;
  filter: { lang: string; review: boolean; type: string };
}) {
  const { t, lang } = ctx;
  const { rows } = list;
  const pageHref = (p: number) => {
    const q = new URLSearchParams();
    if (filter.lang) q.set('sprache', filter.lang);
    if (filter.type) q.set('art', filter.type);
    if (filter.review) q.set('pruefen', '1');
    if (p > 1) q.set('seite', String(p));
    const qs = q.toString();
    return `/intern/uebersetzungen${qs ? `?${qs}` : ''}`;
  };
  return (
    <Layout ctx={ctx} title={t('translations.title')} wide>
      <h1 class="kern-heading-large">{t('translations.title')}</h1>
      <p class="kern-body">{t('translations.intro')}</p>
      <p class="kern-body">
        <strong>{t('translations.provider')}:</strong>{' '}
        {status.provider === 'none' ? t('translations.providerNone') : status.provider}
        {status.provider === 'none' ? null : (
          <>
            {' '}
            {t('translations.usage', {
              used: formatNumber(lang, status.used),
              budget: formatNumber(lang, status.budget),
            })}
          </>
        )}
      </p>
      {status.stoppedAt ? (
        <Notice kind="warning" title={t('translations.paused', { date: formatDate(lang, status.stoppedAt) })}>
          <p class="kern-body">
            {t(messageKey(`translations.pausedReason.${status.stopReason ?? 'budget'}`))}{' '}
            {t('translations.pausedHint')}
          </p>
          <form method="post" action="/intern/uebersetzungen/fortsetzen">
            <Csrf token={ctx.csrf} />
            <Button kind="secondary">{t('translations.resume')}</Button>
          </form>
        </Notice>
      ) : null}
      <p class="kern-body">
        <a class="kern-link" href="/intern/uebersetzungen/glossar">
          {t('translations.glossary')}
        </a>
      </p>
      <form
        method="get"
        action="/intern/uebersetzungen"
        class="filters"
        aria-label={t('translations.filter')}
      >
        <FilterSelect
          id="sprache"
          label={t('translations.language')}
          value={filter.lang}
          all={t('translations.allLanguages')}
          options={TARGET_LANGS.map((l) => ({ value: l, label: languageName(lang, l) }))}
        />
        <FilterSelect
          id="art"
          label={t('translations.kind')}
          value={filter.type}
          all={t('translations.allKinds')}
          options={subjects.map((s) => ({
            value: s.type,
            label: isMessageKey(s.label) ? t(s.label) : s.type,
          }))}
        />
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            type="checkbox"
            id="pruefen"
            name="pruefen"
            value="1"
            checked={filter.review}
          />
          <label class="kern-label" for="pruefen">
            {t('translations.onlyReview')}
          </label>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('translations.apply')}</span>
        </button>
      </form>
      {rows.length ? (
        <TableScroll label={t('translations.caption', { count: list.total })}>
          <table class="kern-table">
            <caption class="kern-title">{t('translations.caption', { count: list.total })}</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {t('translations.record')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('translations.language')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('translations.text')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('translations.origin')}
                </th>
                <th class="kern-table__header" scope="col">
                  <span class="kern-sr-only">{t('translations.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    {subjectLabel(ctx, subjects, r.subjectType, r.field)}
                    <br />
                    <span class="meta" lang="de">
                      {excerpt(r.original, 80)}
                    </span>
                  </td>
                  <td class="kern-table__cell">{languageName(lang, r.lang)}</td>
                  <td class="kern-table__cell" lang={r.lang} dir={textDirection(r.lang)}>
                    {excerpt(r.text)}
                  </td>
                  <td class="kern-table__cell">
                    {originText(ctx, r)}
                    {r.needsReview ? (
                      <>
                        <br />
                        <span class="kern-badge kern-badge--warning">
                          <span class="kern-label">{t('translations.needsReview')}</span>
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={editHref(r, pageHref(page))}>
                      {t('translations.edit')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p class="kern-body">{t('translations.none')}</p>
      )}
      {list.pages > 1 || page > 1 ? (
        <Pagination t={t} page={page} pages={list.pages} href={pageHref} />
      ) : null}
    </Layout>
  );
}

/** One field: the original beside its translation, which a person corrects or confirms. */
export function TranslationEditPage({
  ctx,
  subjects,
  target,
  subjectType,
  field,
  original,
  translation,
  action,
  back,
  values,
  errors,
}: {
  ctx: PageCtx;
  subjects: readonly TranslatableSubject[];
  target: Lang;
  subjectType: string;
  field: string;
  original: { text: string; lang: string };
  translation: TranslationRow | undefined;
  action: string;
  /** The list as it was filtered and paged. */
  back: string;
  values: { text: string };
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('translations.editTitle')}>
      <p class="kern-preline">{subjectLabel(ctx, subjects, subjectType, field)}</p>
      <h1 class="kern-heading-large">{t('translations.editTitle')}</h1>
      <ErrorSummary t={t} errors={errors} />
      <h2 class="kern-heading-small">
        {t('translations.original', { language: languageName(lang, original.lang) })}
      </h2>
      <p
        class="kern-body kern-preline-text"
        lang={textLang(ctx, original.lang)}
        dir={textDirection(original.lang)}
      >
        {original.text}
      </p>
      {translation?.origin === 'machine' ? (
        <p class="kern-body kern-body--small">
          {t('translations.machineOf', {
            provider: translation.provider ?? '',
            model: translation.model ?? '',
            date: formatDate(lang, translation.translatedAt),
          })}
        </p>
      ) : null}
      {translation?.needsReview ? <Notice kind="warning" title={t('translations.needsReview')} /> : null}
      <form method="post" action={action} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextArea
          t={t}
          name="text"
          label={t('translations.translation', { language: languageName(lang, target) })}
          value={values.text}
          errors={errors}
          rows={8}
          lang={target}
          dir={textDirection(target)}
          required
        />
        <div class="form-actions">
          <Button>{t('translations.save')}</Button>
          <a class="kern-link" href={back}>
            {t('translations.back')}
          </a>
        </div>
      </form>
    </Layout>
  );
}

/** The city's terms with their fixed translations, per language. */
export function GlossaryPage({
  ctx,
  entries,
  values,
  errors,
}: {
  ctx: PageCtx;
  entries: { id: string; lang: string; term: string; translation: string }[];
  values: Record<string, string>;
  errors?: Errors | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('translations.glossary')}>
      <h1 class="kern-heading-large">{t('translations.glossary')}</h1>
      <p class="kern-body">{t('translations.glossaryIntro')}</p>
      {entries.length ? (
        <TableScroll label={t('translations.glossary')}>
          <table class="kern-table">
            <caption class="kern-sr-only">{t('translations.glossary')}</caption>
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {t('translations.term')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('translations.language')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('translations.termTranslation')}
                </th>
                <th class="kern-table__header" scope="col">
                  <span class="kern-sr-only">{t('translations.remove')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell" lang="de">
                    {e.term}
                  </td>
                  <td class="kern-table__cell">{languageName(lang, e.lang)}</td>
                  <td class="kern-table__cell" lang={e.lang} dir={textDirection(e.lang)}>
                    {e.translation}
                  </td>
                  <td class="kern-table__cell">
                    <form method="post" action={`/intern/uebersetzungen/glossar/${e.id}/entfernen`}>
                      <Csrf token={ctx.csrf} />
                      <Button kind="secondary" label={`${t('translations.remove')}: ${e.term}`}>
                        {t('translations.remove')}
                      </Button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : (
        <p class="kern-body">{t('translations.noTerms')}</p>
      )}
      <h2 class="kern-heading-medium">{t('translations.addTerm')}</h2>
      <ErrorSummary t={t} errors={errors} />
      <form method="post" action="/intern/uebersetzungen/glossar" class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <TextField
          t={t}
          name="term"
          label={t('translations.term')}
          value={values.term}
          errors={errors}
          required
        />
        <Select
          t={t}
          name="lang"
          label={t('translations.language')}
          value={values.lang}
          options={GLOSSARY_LANGS.map((l) => ({ value: l, label: languageName(lang, l) }))}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="translation"
          label={t('translations.termTranslation')}
          value={values.translation}
          errors={errors}
          required
        />
        <Button>{t('translations.addTerm')}</Button>
      </form>
      <p class="kern-body">
        <a class="kern-link" href="/intern/uebersetzungen">
          {t('translations.back')}
        </a>
      </p>
    </Layout>
  );
}
