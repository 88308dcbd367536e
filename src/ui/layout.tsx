/** @jsxImportSource hono/jsx */
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { hasAnyRole, STAFF_ROLES } from '../platform/auth/actor.ts';
import { LANG_NAMES } from '../platform/i18n/langs.ts';
import { ERROR_SUMMARY_MARK, Notice, nameGenericErrors, renderNow } from './components.tsx';
import type { PageCtx } from './page.ts';

/** The page frame: skip link, header with navigation and language switch, main landmark, footer. */
export function Layout({
  ctx,
  title,
  children,
  wide,
  feed,
}: {
  ctx: PageCtx;
  title: string;
  children: Child;
  wide?: boolean;
  /** A feed of this page's own news, announced beside the city's (public pages). */
  feed?: { href: string; title: string };
}) {
  const { t } = ctx;
  const internal = ctx.path.startsWith('/intern');
  // The back office speaks German or English (the account's language); the switch offers the other one.
  const other = ctx.lang === 'de' ? 'en' : 'de';
  const current = (href: string) =>
    href === '/' || href === '/intern' ? ctx.path === href : ctx.path.startsWith(href);
  // The content is rendered before the head, so that a page showing an error summary says so in its
  // title, as GOV.UK does: the title is the first thing a screen reader announces after a refused post.
  // biome-ignore lint/complexity/noUselessFragments: the fragment escapes children given as plain text
  const rendered = renderNow(<>{children}</>);
  const failed = rendered.includes(` ${ERROR_SUMMARY_MARK}=""`);
  const content = failed ? nameGenericErrors(rendered) : rendered;
  const pageTitle = failed ? t('layout.errorTitle', { title }) : title;
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={ctx.lang} dir={ctx.dir}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${pageTitle} – ${ctx.cityName}`}</title>
          {ctx.alternates.map((a) => (
            <link rel="alternate" hreflang={a.lang} href={a.href} />
          ))}
          {ctx.alternates[0] ? (
            <link rel="alternate" hreflang="x-default" href={ctx.alternates[0].href} />
          ) : null}
          {ctx.alternates
            .filter((a) => a.lang === ctx.lang)
            .map((a) => (
              <link rel="canonical" href={a.href} />
            ))}
          {/* Feed readers find the city's news (and this page's own) from any public page. */}
          {ctx.alternates.length ? (
            <link
              rel="alternate"
              type="application/atom+xml"
              title={t('feeds.allNews')}
              href="/neuigkeiten.atom"
            />
          ) : null}
          {feed ? (
            <link rel="alternate" type="application/atom+xml" title={feed.title} href={feed.href} />
          ) : null}
          <link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css" />
          <link rel="stylesheet" href="/assets/kern/kern.min.css" />
          <link rel="stylesheet" href="/assets/app/app.css" />
          <link rel="icon" href="/assets/app/favicon.svg" type="image/svg+xml" />
        </head>
        <body class="kern-body">
          <a class="skip-link kern-link" href="#main">
            {t('layout.skipToContent')}
          </a>
          <header class="site-header">
            <div class="kern-container site-header__inner">
              <a
                class="site-header__brand kern-link kern-link--no-visited-state"
                href={internal ? '/intern' : '/'}
              >
                {ctx.logo ? (
                  // The city's name beside it names the link; the logo adds nothing to read.
                  <img
                    class="site-header__logo"
                    src={ctx.logo.src}
                    alt=""
                    width={ctx.logo.width}
                    height={ctx.logo.height}
                  />
                ) : null}
                <span class="site-header__city">{ctx.cityName}</span>
                <span class="site-header__product">
                  {internal ? t('layout.productInternal') : t('layout.product')}
                </span>
              </a>
              <div class="site-header__tools">
                {internal ? (
                  <form method="post" action="/sprache" class="lang-switch">
                    {ctx.csrf ? <input type="hidden" name="_csrf" value={ctx.csrf} /> : null}
                    <input type="hidden" name="back" value={ctx.here} />
                    <button
                      type="submit"
                      name="lang"
                      value={other}
                      class="kern-btn kern-btn--tertiary kern-btn--x-small"
                      lang={other}
                    >
                      <span class="kern-label">{LANG_NAMES[other]}</span>
                    </button>
                  </form>
                ) : (
                  <nav class="lang-switch" aria-label={t('layout.languages')}>
                    <ul class="lang-switch__list">
                      {ctx.alternates.map((a) => (
                        <li>
                          <a
                            class="kern-link kern-link--no-visited-state"
                            href={a.href}
                            hreflang={a.lang}
                            lang={a.lang}
                            aria-current={a.lang === ctx.lang ? 'true' : undefined}
                          >
                            {LANG_NAMES[a.lang]}
                          </a>
                        </li>
                      ))}
                    </ul>
                  </nav>
                )}
                {ctx.actor ? (
                  <>
                    {hasAnyRole(ctx.actor, STAFF_ROLES) && !internal ? (
                      <a class="kern-link" href="/intern">
                        {t('nav.internalArea')}
                      </a>
                    ) : null}
                    {internal ? (
                      <a class="kern-link" href="/">
                        {t('nav.publicPortal')}
                      </a>
                    ) : null}
                    <a
                      class="kern-link site-header__user"
                      href="/mein-bereich"
                      aria-current={ctx.path === '/mein-bereich' ? 'page' : undefined}
                    >
                      {t('nav.myArea', { name: ctx.actor.displayName })}
                    </a>
                    <form method="post" action="/abmelden">
                      {ctx.csrf ? <input type="hidden" name="_csrf" value={ctx.csrf} /> : null}
                      {/* The start page afterwards speaks the language of this page. */}
                      <input type="hidden" name="lang" value={ctx.lang} />
                      <button type="submit" class="kern-btn kern-btn--secondary kern-btn--x-small">
                        <span class="kern-label">{t('nav.logout')}</span>
                      </button>
                    </form>
                  </>
                ) : (
                  <a class="kern-link" href={`/anmelden?zurueck=${encodeURIComponent(ctx.here)}`}>
                    {t('nav.login')}
                  </a>
                )}
              </div>
            </div>
            <nav class="site-nav" aria-label={t('nav.main')}>
              <div class="kern-container">
                {internal ? (
                  // Folded on a phone by menu.js (walk: 25 links pushed the heading below the screen).
                  <details class="site-nav__menu" open>
                    <summary class="kern-link">{t('nav.menu')}</summary>
                    <NavList ctx={ctx} current={current} />
                  </details>
                ) : (
                  <NavList ctx={ctx} current={current} />
                )}
              </div>
            </nav>
            {internal ? <script src="/assets/app/menu.js" defer /> : null}
          </header>
          <main id="main" class={`kern-container site-main${wide ? ' site-main--wide' : ''}`} tabindex={-1}>
            {ctx.noticeText ? <Notice kind="success" title={ctx.noticeText} id="hinweis" /> : null}
            {raw(content)}
          </main>
          <footer class="site-footer">
            <div class="kern-container">
              <nav aria-label={t('nav.footer')}>
                <ul class="kern-list kern-list--horizontal">
                  {ctx.footer.map((l) => (
                    <li>
                      <a class="kern-link" href={l.href}>
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <p class="kern-body kern-body--small">{t('footer.poweredBy')}</p>
            </div>
          </footer>
        </body>
      </html>
    </>
  );
}

/** The main menu's links, the current page's marked. */
function NavList({ ctx, current }: { ctx: PageCtx; current: (href: string) => boolean }) {
  return (
    <ul class="kern-list kern-list--horizontal">
      {ctx.nav.map(({ href, label }) => (
        <li>
          <a
            class="kern-link kern-link--no-visited-state"
            href={href}
            aria-current={current(href) ? 'page' : undefined}
          >
            {label}
          </a>
        </li>
      ))}
    </ul>
  );
}
