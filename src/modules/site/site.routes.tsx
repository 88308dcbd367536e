/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { STAFF_ROLES } from '../../platform/auth/actor.ts';
import { statisticsConsent } from '../../platform/http/cookies.ts';
import { actorOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { type Permissions, requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { readCockpitBase } from '../cockpit/cockpit.service.ts';
import { canManageIdeas } from '../ideas/ideas.policy.ts';
import { listProjects } from '../projects/projects.service.ts';
import { searchPublishedProposals } from '../proposals/proposals.service.ts';
import { cachedStrategy } from '../strategy/strategy.service.ts';
import { canManageWorkshops } from '../workshops/workshops.policy.ts';
import { forMe } from './for-me.service.ts';
import { staffHome } from './home.service.ts';
import { sitemapXml } from './sitemap.ts';
import { ForMePage } from './views/for-me.tsx';
import { InternalHome } from './views/home.tsx';
import { HomePage } from './views/pages.tsx';

export const SITE_PERMISSIONS = {
  /** Enter the back office (/intern): every staff role. */
  'backoffice:enter': STAFF_ROLES,
} as const satisfies Permissions;

/** Start page and the back-office start page. */
export function siteRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/sitemap.xml', async (c) =>
    c.body(await sitemapXml(deps, c.get('tenant').id, c.get('origin')), 200, {
      'Content-Type': 'application/xml; charset=utf-8',
    }),
  );

  app.get('/robots.txt', (c) =>
    c.text(`User-agent: *\nDisallow: /intern\nDisallow: /api/\nSitemap: ${c.get('origin')}/sitemap.xml\n`),
  );

  app.get('/', async (c) => {
    const tenant = c.get('tenant');
    // `?original=1`: the city's own words, as written.
    const original = c.req.query('original') === '1';
    const strategy = await cachedStrategy(deps, tenant.id, original ? 'de' : c.get('lang'));
    const pillars = await Promise.all(
      strategy.map(async (p) => ({
        key: p.key,
        name: p.name,
        nameLang: p.nameLang,
        description: p.description,
        descriptionLang: p.descriptionLang,
        shown: p.shown,
        projects: (
          await listProjects(db, tenant.id, {
            publicOnly: true,
            fieldIds: p.fields.map((f) => f.id),
            limit: 0,
            offset: 0,
          })
        ).total,
      })),
    );
    const { total } = await searchPublishedProposals(db, tenant.id, { q: '', page: 1, pageSize: 0 });
    return c.html(
      <HomePage
        ctx={pageCtx(c)}
        pillars={pillars}
        original={original}
        proposals={total}
        askConsent={!statisticsConsent(c)}
      />,
    );
  });

  app.get('/intern', requirePermission(SITE_PERMISSIONS, 'backoffice:enter'), async (c) => {
    const ctx = pageCtx(c);
    const { t } = ctx;
    const actor = actorOf(c);
    const tenantId = c.get('tenant').id;
    const today = todayOf(c);
    // The CDO's figures come from the cockpit's reading, shared with its readers.
    const home = await staffHome(db, tenantId, actor, today, () => readCockpitBase(deps, tenantId, today));
    // The other areas, below each role's first tasks.
    const cards: { href: string; title: string; text: string }[] = [
      { href: '/intern/projekte', title: t('nav.internal.projects'), text: t('internal.home.projects') },
    ];
    // Only the CDO team condenses proposals into ideas; the others read them (walk: the card promised
    // condensing to people the page offers no way to).
    cards.push({
      href: '/intern/ideen',
      title: t('nav.internal.ideas'),
      text: t(canManageIdeas(actor) ? 'internal.home.ideas' : 'internal.home.ideasRead'),
    });
    if (canManageWorkshops(actor))
      cards.push({
        href: '/intern/werkstaetten',
        title: t('nav.internal.workshops'),
        text: t('internal.home.workshops'),
      });
    return c.html(<InternalHome ctx={ctx} home={home} cards={cards} />);
  });

  // "What changes for me": every member of staff, about the offices they work in.
  app.get('/intern/fuer-mich', requirePermission(SITE_PERMISSIONS, 'backoffice:enter'), async (c) => {
    const data = await forMe(db, c.get('tenant').id, actorOf(c), todayOf(c), c.get('lang'));
    return c.html(<ForMePage ctx={pageCtx(c)} data={data} />);
  });

  return app;
}
