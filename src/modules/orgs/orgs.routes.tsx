/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/app.ts';
import { handleForm, readForm, safeBack } from '../../platform/http/forms.ts';
import { clientIp } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { clearFailures, hitRateLimit, RATE_RULES, undoHit } from '../../platform/rate-limit.ts';
import { pageCtx } from '../../ui/page.ts';
import { ZBackInput, ZLanguageInput, ZLoginInput } from './orgs.schemas.ts';
import { authenticate, loadActor } from './orgs.service.ts';
import { LoginPage } from './views/login.tsx';

/** Sign-in, sign-out and the language switch. */
export function orgsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/anmelden', (c) =>
    c.html(<LoginPage ctx={pageCtx(c)} back={safeBack(c.req.query('zurueck'), '/intern')} />),
  );

  app.post('/anmelden', async (c) => {
    const { zurueck } = await readForm(c, ZBackInput);
    const back = safeBack(zurueck, '/intern');
    const tenant = c.get('tenant');
    return handleForm(c, ZLoginInput, {
      action: async (input) => {
        // Only failures count, per address and per account; a success resets the account's count, so
        // staff signing in behind one gateway are never locked out by their own successful sign-ins. Each
        // attempt is counted before the password is checked (atomically, so parallel guesses cannot all
        // pass) and taken back when it succeeds.
        const byAddress = `login:${tenant.id}:${clientIp(c, deps.config.trustProxy)}`;
        const byAccount = `login:${tenant.id}:${input.email.toLowerCase()}`;
        await hitRateLimit(db, byAddress, RATE_RULES.loginAddress);
        await hitRateLimit(db, byAccount, RATE_RULES.login);
        const account = await authenticate(db, tenant.id, input);
        await undoHit(db, byAddress, RATE_RULES.loginAddress);
        await clearFailures(db, byAccount);
        // A new session on sign-in, so a session id planted before cannot be used afterwards.
        const old = c.get('session');
        if (old) await deps.sessions.destroy(old.id);
        const { token } = await deps.sessions.create(tenant.id, {
          accountId: account.id,
          lang: old?.lang ?? c.get('lang'),
        });
        setSessionCookie(c, token, deps.config.secureCookies);
        return account;
      },
      // Citizens and partners have no back office: they go to the portal (or wherever they came from
      // on it), never to a "not allowed" page under the staff menu.
      done: async (account) => {
        const actor = await loadActor(db, tenant.id, account.id);
        if (!hasAnyRole(actor, STAFF_ROLES) && (back === '/intern' || back.startsWith('/intern/')))
          return '/?hinweis=loggedIn';
        return back;
      },
      recover: (err) =>
        err.code === 'RATE_LIMITED'
          ? { email: { key: 'login.rateLimited' } }
          : err.code === 'VALIDATION_FAILED' || err.code === 'INVALID_CREDENTIALS'
            ? err.fields
            : undefined,
      failed: (values, errors, status) =>
        c.html(<LoginPage ctx={pageCtx(c)} back={back} email={values.email} errors={errors} />, status),
    });
  });

  app.post('/abmelden', async (c) => {
    const session = c.get('session');
    if (session) await deps.sessions.destroy(session.id);
    clearSessionCookie(c);
    return c.redirect('/?hinweis=loggedOut', 303);
  });

  // The switch stores the choice in the (technically necessary) session, which it starts if needed.
  app.post('/sprache', async (c) => {
    const { lang, back } = await readForm(c, ZLanguageInput);
    const session = c.get('session');
    if (session) await deps.sessions.update(session.id, { lang });
    else {
      const { token } = await deps.sessions.create(c.get('tenant').id, { lang });
      setSessionCookie(c, token, deps.config.secureCookies);
    }
    return c.redirect(safeBack(back, '/'), 303);
  });

  return app;
}
