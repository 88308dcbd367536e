/** @jsxImportSource hono/jsx */

import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { currentDay } from '../../platform/dates.ts';
import {
  clearDeclaredCookie,
  readDeclaredCookie,
  setDeclaredCookie,
  statisticsConsent,
} from '../../platform/http/cookies.ts';
import { checkFormToken, issueFormToken } from '../../platform/http/form-timing.ts';
import {
  type FormErrors,
  type FormValues,
  formBody,
  formValues,
  handleForm,
  readForm,
  safeBack,
  textValues,
} from '../../platform/http/forms.ts';
import { actorOf, clientNetwork, metaOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { DescriptionList } from '../../ui/components.tsx';
import { pageCtx } from '../../ui/page.ts';
import type { TenantSettings } from '../orgs/orgs.service.ts';
import { ZAccessibilityFeedbackInput, ZConsentInput, ZFeedbackAnswerInput } from './legal.schemas.ts';
import {
  answerAccessibilityFeedback,
  LEGAL_PERMISSIONS,
  listAccessibilityFeedback,
  submitAccessibilityFeedback,
} from './legal.service.ts';
import { AccessibilityPage, CookiesPage, EasyReadPage, FeedbackListPage, TextPage } from './views/legal.tsx';

/** A message that is a list of paragraphs, in the request's language. */
function paragraphs(c: Ctx, key: MessageKey, values: Record<string, unknown> = {}): string[] {
  const list: unknown = c.get('t')(key, { ...values, returnObjects: true });
  return Array.isArray(list) ? list.map(String) : [];
}

/** What the municipality declared about itself (imprint, contacts), kept in the tenant's settings. */
const settingsOf = (c: Ctx) => c.get('tenant').settings as Partial<TenantSettings>;

/** The pages every public site must have, filled from the tenant's settings. */
export function legalRoutes(deps: Deps) {
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
  // The accessibility statement (EU model, BITV NRW) and its feedback mechanism: a report must be
  // answered within a month, and the administration is reminded.
  const accessibilityPage = (c: Ctx, values: FormValues = {}, errors?: FormErrors, formToken?: string) => {
    const s = settingsOf(c);
    return c.html(
      <AccessibilityPage
        ctx={pageCtx(c)}
        paragraphs={paragraphs(c, 'legal.accessibility.text', {
          city: c.get('tenant').cityName,
          contact: s.accessibilityContact ?? s.legalNotice?.email ?? '',
        })}
        statement={s.accessibilityStatement}
        formToken={formToken ?? issueFormToken(deps.config.sessionSecret)}
        values={textValues(values)}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };
  app.get('/barrierefreiheit', (c) => accessibilityPage(c));
  app.post('/barrierefreiheit', async (c) => {
    const body = await formBody(c);
    const token = typeof body._t === 'string' ? body._t : undefined;
    const timing = checkFormToken(deps.config.sessionSecret, token, deps.config.formMinFillMs);
    // A form shown again keeps its first render time (as the proposal form), so sending it straight after
    // correcting it is not taken for a bot's pace; an old or forged time is replaced.
    const kept = timing === 'invalid' ? undefined : token;
    if (timing !== 'ok')
      return accessibilityPage(
        c,
        formValues(ZAccessibilityFeedbackInput, body),
        { _form: { key: timing === 'too-fast' ? 'participate.checkAgain' : 'participate.checkAgainStale' } },
        kept,
      );
    return handleForm(c, ZAccessibilityFeedbackInput, {
      action: async (input) => {
        await hitRateLimit(
          deps.database.db,
          `a11y:${c.get('tenant').id}:${clientNetwork(c, deps.config.trustProxy)}`,
          RATE_RULES.accessibilityFeedback,
        );
        return submitAccessibilityFeedback(deps.database.db, c.get('tenant'), input, c.get('lang'));
      },
      // Without an address nobody can be answered: the thanks does not promise it (walk).
      done: (row) =>
        `/barrierefreiheit?hinweis=${row.email ? 'feedbackSent' : 'feedbackSentNoReply'}#hinweis`,
      failed: (values, errors) => accessibilityPage(c, values, errors, kept),
    });
  });

  const answerers = requirePermission(LEGAL_PERMISSIONS, 'accessibility:answer');
  const feedbackList = async (
    c: Ctx,
    form?: { id: string; values: Record<string, string>; errors: FormErrors },
  ) =>
    c.html(
      <FeedbackListPage
        ctx={pageCtx(c)}
        rows={await listAccessibilityFeedback(deps.database.db, c.get('tenant').id, c.get('actor'))}
        today={todayOf(c)}
        form={form}
      />,
      form ? 422 : 200,
    );
  app.get('/intern/barrierefreiheit', answerers, (c) => feedbackList(c));
  app.post('/intern/barrierefreiheit/:id', answerers, (c) =>
    handleForm(c, ZFeedbackAnswerInput, {
      action: (input) =>
        answerAccessibilityFeedback(deps, c.get('tenant'), actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => '/intern/barrierefreiheit?hinweis=saved',
      failed: (values, errors) =>
        feedbackList(c, {
          id: c.req.param('id'),
          values: textValues(values),
          errors,
        }),
    }),
  );

  app.get('/leichte-sprache', (c) => {
    const t = c.get('t');
    const city = c.get('tenant').cityName;
    return c.html(
      <EasyReadPage
        ctx={pageCtx(c)}
        sections={[
          { title: t('legal.easy.title'), lines: paragraphs(c, 'legal.easy.intro', { city }) },
          { title: t('legal.easy.menuTitle'), lines: paragraphs(c, 'legal.easy.menu') },
          { title: t('legal.easy.participateTitle'), lines: paragraphs(c, 'legal.easy.participate') },
          { title: t('legal.easy.accessTitle'), lines: paragraphs(c, 'legal.easy.access') },
        ]}
        video={settingsOf(c).signLanguageVideo}
      />,
    );
  });

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
      <CookiesPage
        ctx={pageCtx(c)}
        paragraphs={paragraphs(c, 'legal.cookies.text')}
        consentGiven={!!statisticsConsent(c)}
      />,
    ),
  );

  // The statistics choice (TDDDG § 25). Allowing sets the statistics cookie, whose presence is the
  // record of the consent; refusing stores nothing (and removes the cookie if it was allowed before).
  app.post('/cookies', async (c) => {
    const { choice, back } = await readForm(c, ZConsentInput);
    const given = !!statisticsConsent(c);
    if (choice === 'statistics' && !given)
      setDeclaredCookie(
        c,
        'rathaus_stats',
        `${currentDay(c.get('tenant').timeZone)}.${randomBytes(8).toString('hex')}`,
        deps.config.secureCookies,
      );
    if (choice === 'necessary' && readDeclaredCookie(c, 'rathaus_stats') !== undefined)
      clearDeclaredCookie(c, 'rathaus_stats');
    const target = safeBack(back, '/cookies');
    const sep = target.includes('?') ? '&' : '?';
    return c.redirect(
      `${target}${sep}hinweis=${choice === 'statistics' ? 'consentGiven' : 'consentRefused'}`,
      303,
    );
  });

  return app;
}
