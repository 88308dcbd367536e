/** @jsxImportSource hono/jsx */
import { type Context, Hono } from 'hono';
import { STAFF_ROLES } from '../../platform/auth/actor.ts';
import { notFound } from '../../platform/errors.ts';
import { actorOf, metaOf, requireRoles, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { isLang, translator } from '../../platform/i18n/i18n.ts';
import { localePath } from '../../platform/i18n/langs.ts';
import { pageCtx } from '../../ui/page.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import {
  answersFeed,
  calendarOwner,
  calendarPath,
  newsFeed,
  personalDueDates,
  publicDates,
  removeCalendarAddress,
  renewCalendarAddress,
} from './feeds.service.ts';
import { MyCalendarPage, SubscribePage } from './views/feeds.tsx';
import {
  answersAtom,
  dueDatesIcs,
  dueDateText,
  type FeedCtx,
  newsAtom,
  publicDatesIcs,
} from './views/formats.ts';

/** Entries of the calendar preview on the staff member's page. */
const PREVIEW = 12;

const ATOM = 'application/atom+xml; charset=utf-8';
const ICS = 'text/calendar; charset=utf-8';

function feedCtx(c: Context<AppEnv>): FeedCtx {
  const tenant = c.get('tenant');
  return {
    origin: c.get('origin'),
    lang: c.get('lang'),
    t: c.get('t'),
    cityName: tenant.cityName,
    tenantName: tenant.name,
    timeZone: tenant.timeZone,
    now: new Date(),
  };
}

/**
 * Atom feeds of the public news and the city's answers, the public calendar, the page that lists them,
 * and each staff member's calendar of due dates behind a personal address.
 */
export function feedsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const staff = requireRoles(STAFF_ROLES);
  const secret = deps.config.sessionSecret;

  app.get('/abonnieren', async (c) => {
    // The fields' names in the page's language where translated, each marked with the language it is in.
    const fields = (await cachedStrategy(deps, c.get('tenant').id, c.get('lang'))).flatMap((p) => p.fields);
    return c.html(
      <SubscribePage
        ctx={pageCtx(c)}
        origin={c.get('origin')}
        fields={fields.map((f) => ({ key: f.key, name: f.name, lang: f.nameLang }))}
      />,
    );
  });

  app.get('/neuigkeiten.atom', async (c) => {
    const f = feedCtx(c);
    const news = await newsFeed(db, c.get('tenant').id, f.lang, { kind: 'city' });
    return c.body(
      newsAtom(f, news, {
        path: '/neuigkeiten.atom',
        alternate: '/projekte',
        title: f.t('feeds.newsTitle', { city: f.cityName }),
        subtitle: f.t('feeds.newsSubtitle'),
      }),
      200,
      { 'Content-Type': ATOM },
    );
  });

  app.get('/projekte/:slug{[a-z0-9-]{1,120}}/neuigkeiten.atom', async (c) => {
    const f = feedCtx(c);
    const slug = c.req.param('slug');
    const news = await newsFeed(db, c.get('tenant').id, f.lang, { kind: 'project', slug });
    return c.body(
      newsAtom(f, news, {
        path: `/projekte/${slug}/neuigkeiten.atom`,
        alternate: `/projekte/${slug}`,
        title: f.t('feeds.projectNewsTitle', { project: news.name ?? '', city: f.cityName }),
      }),
      200,
      { 'Content-Type': ATOM },
    );
  });

  app.get('/handlungsfelder/:key{[a-z0-9_-]{1,80}}/neuigkeiten.atom', async (c) => {
    const f = feedCtx(c);
    const key = c.req.param('key');
    const news = await newsFeed(db, c.get('tenant').id, f.lang, { kind: 'field', key });
    return c.body(
      newsAtom(f, news, {
        path: `/handlungsfelder/${key}/neuigkeiten.atom`,
        alternate: `/projekte?field=${encodeURIComponent(key)}`,
        title: f.t('feeds.fieldNewsTitle', { field: news.name ?? '', city: f.cityName }),
      }),
      200,
      { 'Content-Type': ATOM },
    );
  });

  app.get('/mitmachen/antworten.atom', async (c) => {
    const f = feedCtx(c);
    return c.body(answersAtom(f, await answersFeed(db, c.get('tenant').id, f.lang)), 200, {
      'Content-Type': ATOM,
    });
  });

  app.get('/termine.ics', async (c) => {
    const f = feedCtx(c);
    const dates = await publicDates(db, c.get('tenant').id, f.timeZone);
    return c.body(publicDatesIcs(f, dates), 200, { 'Content-Type': ICS });
  });

  // The personal address: signed over the account and its key's version; whatever is wrong, not found.
  app.get('/kalender/:account/:file{[A-Za-z0-9_-]{32}\\.ics}', async (c) => {
    const tenant = c.get('tenant');
    const token = c.req.param('file').slice(0, -'.ics'.length);
    const actor = await calendarOwner(db, secret, tenant.id, c.req.param('account'), token);
    // The language of the page the address was copied from (it carries its code), else the account's.
    const lang = c.get('pathLang') ?? (actor.language && isLang(actor.language) ? actor.language : 'de');
    const f = { ...feedCtx(c), lang, t: translator(lang) };
    const dates = await personalDueDates(db, tenant.id, actor, todayOf(c));
    return c.body(dueDatesIcs(f, dates), 200, {
      'Content-Type': ICS,
      // Personal: never kept by the response cache or a shared cache, never indexed.
      'Cache-Control': 'private, no-store',
      'X-Robots-Tag': 'noindex',
      'Referrer-Policy': 'no-referrer',
    });
  });

  const myCalendar = async (c: Context<AppEnv>) => {
    const actor = actorOf(c);
    const tenant = c.get('tenant');
    const t = c.get('t');
    const [address, dates] = await Promise.all([
      calendarPath(db, secret, tenant.id, actor),
      personalDueDates(db, tenant.id, actor, todayOf(c)),
    ]);
    return c.html(
      <MyCalendarPage
        ctx={pageCtx(c)}
        address={
          address && { ...address, url: `${c.get('origin')}${localePath(c.get('lang'), address.path)}` }
        }
        upcoming={dates.slice(0, PREVIEW).map((d) => ({ day: d.day, text: dueDateText(t, d) }))}
        more={Math.max(0, dates.length - PREVIEW)}
      />,
    );
  };

  app.get('/mein-bereich/kalender', staff, (c) => myCalendar(c));

  app.post('/mein-bereich/kalender/neu', staff, async (c) => {
    const { first } = await renewCalendarAddress(db, c.get('tenant').id, actorOf(c), metaOf(c));
    return c.redirect(`/mein-bereich/kalender?hinweis=${first ? 'calendarCreated' : 'calendarRenewed'}`, 303);
  });

  app.post('/mein-bereich/kalender/loeschen', staff, async (c) => {
    await removeCalendarAddress(db, c.get('tenant').id, actorOf(c), metaOf(c));
    return c.redirect('/mein-bereich/kalender?hinweis=calendarRemoved', 303);
  });

  // A personal address that does not parse is as unknown as a wrong one.
  app.get('/kalender/*', () => {
    throw notFound();
  });

  return app;
}
