/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { AppEnv, Ctx } from '../../platform/http/types.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { DescriptionList } from '../../ui/components.tsx';
import { pageCtx } from '../../ui/page.ts';
import type { TenantSettings } from '../orgs/orgs.service.ts';
import { TextPage } from './views/legal.tsx';

/** A message that is a list of paragraphs, in the request's language. */
function paragraphs(c: Ctx, key: MessageKey, values: Record<string, unknown> = {}): string[] {
  const list: unknown = c.get('t')(key, { ...values, returnObjects: true });
  return Array.isArray(list) ? list.map(String) : [];
}

/** What the municipality declared about itself (imprint, contacts), kept in the tenant's settings. */
const settingsOf = (c: Ctx) => c.get('tenant').settings as Partial<TenantSettings>;

/** The pages every public site must have, filled from the tenant's settings. */
export function legalRoutes() {
  const app = new Hono<AppEnv>();

  app.get('/impressum', (c) => {
    const ctx = pageCtx(c);
    const ln = settingsOf(c).legalNotice;
    return c.html(
      <TextPage
        ctx={ctx}
        titleKey="legal.imprint.title"
        paragraphs={paragraphs(c, 'legal.imprint.text', { city: ctx.cityName })}
      >
        {ln ? (
          <DescriptionList
            items={[
              [ctx.t('legal.imprint.organisation'), ln.organisation],
              [ctx.t('legal.imprint.address'), ln.address],
              [ctx.t('legal.imprint.representative'), ln.representative ?? ''],
              [ctx.t('legal.imprint.email'), ln.email],
              [ctx.t('legal.imprint.phone'), ln.phone ?? ''],
            ]}
          />
        ) : (
          <p class="kern-body">{ctx.t('legal.imprint.missing')}</p>
        )}
      </TextPage>,
    );
  });

  /** A declaration naming the municipality and whom to contact about it (falling back to the imprint's address). */
  const declaration =
    (
      titleKey: MessageKey,
      textKey: MessageKey,
      contactOf: (s: Partial<TenantSettings>) => string | undefined,
    ) =>
    (c: Ctx) => {
      const s = settingsOf(c);
      return c.html(
        <TextPage
          ctx={pageCtx(c)}
          titleKey={titleKey}
          paragraphs={paragraphs(c, textKey, {
            city: c.get('tenant').cityName,
            contact: contactOf(s) ?? s.legalNotice?.email ?? '',
          })}
        />,
      );
    };

  app.get(
    '/datenschutz',
    declaration('legal.privacy.title', 'legal.privacy.text', (s) => s.privacyContact),
  );
  app.get(
    '/barrierefreiheit',
    declaration('legal.accessibility.title', 'legal.accessibility.text', (s) => s.accessibilityContact),
  );

  app.get('/transparenz/algorithmen', (c) =>
    c.html(
      <TextPage
        ctx={pageCtx(c)}
        titleKey="legal.algorithms.title"
        paragraphs={paragraphs(c, 'legal.algorithms.text')}
      />,
    ),
  );

  app.get('/cookies', (c) =>
    c.html(
      <TextPage
        ctx={pageCtx(c)}
        titleKey="legal.cookies.title"
        paragraphs={paragraphs(c, 'legal.cookies.text')}
      />,
    ),
  );

  return app;
}
