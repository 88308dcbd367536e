import { formatNumber } from '../../../platform/i18n/i18n.ts';
import type { ShownText } from '../../../platform/translation/translation.ts';
import { Button, ConsentForm, PageTranslationNote, TextField } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { type PageCtx, textLang } from '../../../ui/page.ts';

export function HomePage({
  ctx,
  pillars,
  original,
  proposals,
  askConsent,
}: {
  ctx: PageCtx;
  /** Names and descriptions in the reader's language where translated, each with its language. */
  pillars: {
    key: string;
    name: string;
    nameLang: string;
    description: string;
    descriptionLang: string;
    shown: ShownText[];
    projects: number;
  }[];
  /** The city's own words as written were asked for (`?original=1`). */
  original: boolean;
  proposals: number;
  /** The statistics choice is offered here until it was given (refusing stores nothing to remember). */
  askConsent: boolean;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('home.title')}>
      <h1 class="kern-heading-x-large">{t('home.heading', { city: ctx.cityName })}</h1>
      <p class="kern-body kern-body--large">{t('home.intro', { city: ctx.cityName })}</p>
      <p class="kern-body">
        <a class="kern-link" href="/leichte-sprache">
          {t('footer.easy')}
        </a>
      </p>
      <PageTranslationNote
        t={t}
        lang={lang}
        texts={pillars.flatMap((p) => p.shown)}
        originalHref="/?original=1"
        translatedHref={original ? '/' : undefined}
      />
      <ul class="cards">
        {pillars.map((p) => (
          <li>
            <h2 class="kern-heading-medium" lang={textLang(ctx, p.nameLang)}>
              {p.name}
            </h2>
            <p class="kern-body" lang={textLang(ctx, p.descriptionLang)}>
              {p.description}
            </p>
            <p>
              <a class="kern-link" href={`/projekte?pillar=${p.key}`}>
                {t('home.pillarProjects', { count: p.projects, formatted: formatNumber(lang, p.projects) })}
              </a>
            </p>
          </li>
        ))}
        <li>
          <h2 class="kern-heading-medium">{t('home.participateTitle')}</h2>
          <p class="kern-body">{t('home.participateText')}</p>
          <p>
            <a class="kern-link" href="/mitmachen">
              {t('home.participateLink')}
            </a>
          </p>
          <p>
            <a class="kern-link" href="/mitmachen/vorschlaege">
              {t('home.proposalsLink', { count: proposals, formatted: formatNumber(lang, proposals) })}
            </a>
          </p>
        </li>
      </ul>
      <section aria-labelledby="trail-title">
        <h2 class="kern-heading-medium" id="trail-title">
          {t('home.trailTitle')}
        </h2>
        <p class="kern-body">{t('home.trailText')}</p>
        {/* The reference from the confirmation finds the proposal (in moderation: says so) on the list page. */}
        <form
          method="get"
          action="/mitmachen/vorschlaege"
          class="stack"
          role="search"
          aria-labelledby="trail-title"
        >
          <TextField
            t={t}
            name="q"
            id="trail-reference"
            label={t('home.trailLookup')}
            hint={t('home.trailLookupHint')}
            maxlength={20}
            autocomplete="off"
            required
          />
          <div class="form-actions">
            <Button kind="secondary">{t('home.trailLookupSubmit')}</Button>
          </div>
        </form>
      </section>
      {askConsent && !ctx.notice?.startsWith('consent') ? (
        <ConsentForm t={t} csrf={ctx.csrf} back="/" given={false} />
      ) : null}
    </Layout>
  );
}
