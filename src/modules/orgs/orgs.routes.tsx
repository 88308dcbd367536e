/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/app.ts';
import { formBody, safeBack } from '../../platform/http/forms.ts';
import { clientIp } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { isLang } from '../../platform/i18n/i18n.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { parseInput } from '../../platform/validation.ts';
import { pageCtx } from '../../ui/page.ts';
import { ZLoginInput } from './orgs.schemas.ts';
import { authenticate } from './orgs.service.ts';
import { LoginPage } from './views/login.tsx';

/** Sign-in, sign-out and the language switch. */
export function orgsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/anmelden', (c) =>
    c.html(<LoginPage ctx={pageCtx(c)} back={safeBack(c.req.query('zurueck'), '/intern')} />),
  );

  app.post('/anmelden', async (c) => {
    const body = await formBody(c);
    const back = safeBack(body.zurueck, '/intern');
    const tenant = c.get('tenant');
    try {
      const input = parseInput(ZLoginInput, body);
      await hitRateLimit(db, `login:${tenant.id}:${clientIp(c, deps.config.trustProxy)}`, RATE_RULES.login);
      await hitRateLimit(db, `login:${tenant.id}:${input.email.toLowerCase()}`, RATE_RULES.login);
      const account = await authenticate(db, tenant.id, input);
      // A new session on sign-in, so a session id planted before cannot be used afterwards.
      const old = c.get('session');
      if (old) await deps.sessions.destroy(old.id);
      const { token } = await deps.sessions.create(tenant.id, {
        accountId: account.id,
        lang: old?.lang ?? c.get('lang'),
      });
      setSessionCookie(c, token, deps.config.secureCookies);
      return c.redirect(back, 303);
    } catch (err) {
      if (
        !(err instanceof AppError) ||
        !['VALIDATION_FAILED', 'INVALID_CREDENTIALS', 'RATE_LIMITED'].includes(err.code)
      )
        throw err;
      const errors = err.code === 'RATE_LIMITED' ? { email: { key: 'login.rateLimited' } } : err.fields;
      return c.html(
        <LoginPage ctx={pageCtx(c)} back={back} email={String(body.email ?? '')} errors={errors} />,
        err.status as 422,
      );
    }
  });

  app.post('/abmelden', async (c) => {
    const session = c.get('session');
    if (session) await deps.sessions.destroy(session.id);
    clearSessionCookie(c);
    return c.redirect('/?hinweis=loggedOut', 303);
  });

  // The switch stores the choice in the (technically necessary) session, which it starts if needed.
  app.post('/sprache', async (c) => {
    const body = await formBody(c);
    const lang = isLang(body.lang) ? body.lang : 'de';
    const session = c.get('session');
    if (session) await deps.sessions.update(session.id, { lang });
    else {
      const { token } = await deps.sessions.create(c.get('tenant').id, { lang });
      setSessionCookie(c, token, deps.config.secureCookies);
    }
    return c.redirect(safeBack(body.back, '/'), 303);
  });

  return app;
}
