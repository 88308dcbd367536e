/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import type { OidcClient } from '../../platform/auth/oidc.ts';
import { AppError } from '../../platform/errors.ts';
import { clearSessionCookie, setSessionCookie } from '../../platform/http/app.ts';
import { handleForm, readForm, safeBack } from '../../platform/http/forms.ts';
import { clientNetwork } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { isLang, type MessageKey, translator } from '../../platform/i18n/i18n.ts';
import { isStaffLang, localePath, splitLocalePath } from '../../platform/i18n/langs.ts';
import { clearFailures, hitRateLimit, RATE_RULES, signInKeys, undoHit } from '../../platform/rate-limit.ts';
import { pageCtx } from '../../ui/page.ts';
import {
  checkResetLink,
  confirmEmail,
  requestPasswordReset,
  resetPassword,
  sendConfirmationLink,
  signUp,
} from './accounts.service.ts';
import { adminRoutes } from './admin.routes.tsx';
import { signInWithOidc, staffPasswordRefused } from './oidc.service.ts';
import {
  ZBackInput,
  ZForgotInput,
  ZLanguageInput,
  ZLoginInput,
  ZNewPasswordInput,
  ZSignOutInput,
  ZSignUpInput,
} from './orgs.schemas.ts';
import { authenticate, loadActor, setAccountLanguage } from './orgs.service.ts';
import { passkeyRoutes } from './passkeys.routes.tsx';
import { passwordRoutes } from './password.routes.tsx';
import { cityLogo } from './settings.service.ts';
import { ForgotPage, LinkProblemPage, MailSentPage, ResetPage, SignUpPage } from './views/account.tsx';
import { LoginPage } from './views/login.tsx';

/** Where the identity provider sends the person back (register it there with each host of the tenant). */
export const PROVIDER_CALLBACK = '/anmelden/dienstkonto/zurueck';
/** Where the provider's logout sends the person back (registered there as the post-logout address). */
export const LOGGED_OUT = '/?hinweis=loggedOut';

/** Sign-in, sign-out, sign-up with a confirmed address, a forgotten password, and the language switch. */
export function orgsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/anmelden', (c) =>
    c.html(
      <LoginPage
        ctx={pageCtx(c)}
        back={safeBack(c.req.query('zurueck'), '/intern')}
        provider={!!deps.oidc}
      />,
    ),
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
        // The account's pause holds for the network the failures came from; from anywhere, a higher
        // limit bounds guessing spread over many networks. Only attempts the network's own pause let
        // through count toward it, so one network alone cannot pause the account for everyone.
        const keys = signInKeys(tenant.id, input.email, clientNetwork(c, deps.config.trustProxy));
        const { network: byAddress, account: byAccount, accountHere: byAccountHere } = keys;
        await hitRateLimit(db, byAddress, RATE_RULES.loginAddress);
        const left = await hitRateLimit(db, byAccountHere, RATE_RULES.login);
        await hitRateLimit(db, byAccount, RATE_RULES.loginAccount);
        // Where the city switched passwords off for staff, they come through the identity provider.
        if (deps.oidc && (await staffPasswordRefused(db, tenant.id, input.email)))
          throw new AppError('FORBIDDEN', 'Staff sign in through the identity provider.', {
            email: { key: 'login.staffUseProvider' },
          });
        const account = await authenticate(db, tenant.id, input).catch((err: unknown) => {
          // A few attempts before the pause, the person is told how many are left.
          if (err instanceof AppError && err.code === 'INVALID_CREDENTIALS' && left <= 3)
            throw new AppError('INVALID_CREDENTIALS', 'E-mail or password is wrong.', {
              email: left
                ? { key: 'login.invalidLeft', values: { count: left } }
                : { key: 'login.invalidLocked' },
            });
          throw err;
        });
        await undoHit(db, byAddress, RATE_RULES.loginAddress);
        // This network's failures are forgiven; the account's from anywhere are not (a success between
        // guesses must not hand the guesser a fresh hundred), only this attempt is taken back.
        await clearFailures(db, byAccountHere);
        await undoHit(db, byAccount, RATE_RULES.loginAccount);
        // The right password, but the address was never confirmed: the link again, and no session yet.
        if (!account.emailConfirmedAt) {
          await sendConfirmationLink(deps, tenant, account, c.get('lang'), back === '/intern' ? '/' : back);
          throw new AppError('FORBIDDEN', 'The e-mail address is not confirmed yet.', {
            email: { key: 'login.unconfirmed' },
          });
        }
        // A new session on sign-in, so a session id planted before cannot be used afterwards.
        const old = c.get('session');
        if (old) await deps.sessions.destroy(old);
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
          : err.code === 'VALIDATION_FAILED' || err.code === 'INVALID_CREDENTIALS' || err.code === 'FORBIDDEN'
            ? err.fields
            : undefined,
      // Locked for a while: a notice about the pause, not an error at a field that is not wrong.
      failed: (values, errors, status) =>
        c.html(
          errors?.email?.key === 'login.rateLimited' ? (
            <LoginPage ctx={pageCtx(c)} back={back} email={values.email} locked provider={!!deps.oidc} />
          ) : (
            <LoginPage
              ctx={pageCtx(c)}
              back={back}
              email={values.email}
              errors={errors}
              provider={!!deps.oidc}
            />
          ),
          status,
        ),
    });
  });

  app.get('/registrieren', (c) =>
    c.html(<SignUpPage ctx={pageCtx(c)} back={safeBack(c.req.query('zurueck'), '/')} />),
  );

  app.post('/registrieren', async (c) => {
    const tenant = c.get('tenant');
    const back = safeBack((await readForm(c, ZBackInput)).zurueck, '/');
    return handleForm(c, ZSignUpInput, {
      action: async (input) => {
        await hitRateLimit(
          db,
          `signup:${tenant.id}:${clientNetwork(c, deps.config.trustProxy)}`,
          RATE_RULES.signUp,
        );
        await signUp(deps, tenant, input, c.get('lang'), back);
      },
      done: () => '/registrieren/gesendet',
      recover: (err) =>
        err.code === 'RATE_LIMITED'
          ? { email: { key: 'signup.rateLimited' } }
          : err.code === 'VALIDATION_FAILED'
            ? err.fields
            : undefined,
      failed: (values, errors, status) =>
        c.html(
          <SignUpPage
            ctx={pageCtx(c)}
            back={back}
            values={{ displayName: values.displayName, email: values.email, privacy: values.privacy }}
            errors={errors}
          />,
          status,
        ),
    });
  });

  app.get('/registrieren/gesendet', (c) => c.html(<MailSentPage ctx={pageCtx(c)} kind="signup" />));

  /** A link that does not work (any more) gets a page that says why and what to do, never a bare error. */
  const linkProblem = (c: Ctx, err: unknown) => {
    if (!(err instanceof AppError) || (err.code !== 'NOT_FOUND' && err.code !== 'INVALID_STATE')) throw err;
    return c.html(
      <LinkProblemPage ctx={pageCtx(c)} expired={err.detail === 'This link has expired.'} />,
      err.code === 'NOT_FOUND' ? 404 : 410,
    );
  };

  app.get('/registrieren/bestaetigen/:token', async (c) => {
    try {
      await confirmEmail(db, deps.config.sessionSecret, c.get('tenant').id, c.req.param('token'));
    } catch (err) {
      return linkProblem(c, err);
    }
    const back = safeBack(c.req.query('zurueck'), '/');
    return c.redirect(
      `/anmelden?hinweis=emailConfirmed${back === '/' ? '' : `&zurueck=${encodeURIComponent(back)}`}`,
      303,
    );
  });

  app.get('/passwort-vergessen', (c) => c.html(<ForgotPage ctx={pageCtx(c)} />));

  app.post('/passwort-vergessen', (c) => {
    const tenant = c.get('tenant');
    return handleForm(c, ZForgotInput, {
      action: async ({ email }) => {
        const ip = clientNetwork(c, deps.config.trustProxy);
        await hitRateLimit(db, `reset:${tenant.id}:${ip}`, RATE_RULES.passwordReset);
        await hitRateLimit(db, `reset:${tenant.id}:${email.toLowerCase()}`, RATE_RULES.passwordReset);
        await requestPasswordReset(deps, tenant, email, c.get('lang'));
      },
      done: () => '/passwort-vergessen/gesendet',
      recover: (err) =>
        err.code === 'RATE_LIMITED'
          ? { email: { key: 'password.rateLimited' } }
          : err.code === 'VALIDATION_FAILED'
            ? err.fields
            : undefined,
      failed: (values, errors, status) =>
        c.html(<ForgotPage ctx={pageCtx(c)} email={values.email} errors={errors} />, status),
    });
  });

  app.get('/passwort-vergessen/gesendet', (c) => c.html(<MailSentPage ctx={pageCtx(c)} kind="reset" />));

  app.get('/passwort-neu/:token', async (c) => {
    const token = c.req.param('token');
    try {
      await checkResetLink(db, deps.config.sessionSecret, c.get('tenant').id, token);
    } catch (err) {
      return linkProblem(c, err);
    }
    return c.html(<ResetPage ctx={pageCtx(c)} token={token} />);
  });

  app.post('/passwort-neu/:token', async (c) => {
    const token = c.req.param('token');
    const tenantId = c.get('tenant').id;
    try {
      await checkResetLink(db, deps.config.sessionSecret, tenantId, token);
    } catch (err) {
      return linkProblem(c, err);
    }
    return handleForm(c, ZNewPasswordInput, {
      action: async ({ password }) => {
        await resetPassword(deps, tenantId, token, password);
        // Whoever was signed in in this browser is signed out with the old password.
        const session = c.get('session');
        if (session) await deps.sessions.destroy(session);
        clearSessionCookie(c);
      },
      done: () => '/anmelden?hinweis=passwordChanged',
      failed: (_values, errors, status) =>
        c.html(<ResetPage ctx={pageCtx(c)} token={token} errors={errors} />, status),
    });
  });

  // Staff sign-in through the city's identity provider (OpenID Connect, code flow with PKCE): the pending
  // request (state, nonce, verifier) waits in a session of its own until the provider sends the person back.
  app.get('/anmelden/dienstkonto', async (c) => {
    if (!deps.oidc) throw new AppError('NOT_FOUND', 'No identity provider is configured.');
    const tenant = c.get('tenant');
    const back = safeBack(c.req.query('zurueck'), '/intern');
    const { url, pending } = await deps.oidc.start(`${c.get('origin')}${PROVIDER_CALLBACK}`);
    const old = c.get('session');
    if (old) await deps.sessions.destroy(old);
    const { token } = await deps.sessions.create(tenant.id, {
      lang: c.get('lang'),
      oidc: { pending: { ...pending, back } },
    });
    setSessionCookie(c, token, deps.config.secureCookies);
    return c.redirect(url, 302);
  });

  app.get(PROVIDER_CALLBACK, async (c) => {
    const tenant = c.get('tenant');
    const session = c.get('session');
    const pending = session?.oidc?.pending;
    // The provider sends everyone back to one address: a refusal speaks the language sign-in began in.
    if (session?.lang && isLang(session.lang)) {
      c.set('lang', session.lang);
      c.set('t', translator(session.lang));
    }
    const refuse = (key: MessageKey, status: 400 | 403) =>
      c.html(
        <LoginPage
          ctx={pageCtx(c)}
          back={pending?.back ?? '/intern'}
          errors={{ provider: { key } }}
          provider={!!deps.oidc}
        />,
        status,
      );
    // The provider's answer again (back button, reload) once signed in: nothing to finish, and nothing
    // failed; the person goes on to the back office.
    const actor = c.get('actor');
    if (!pending && actor)
      return c.redirect(hasAnyRole(actor, STAFF_ROLES) ? '/intern' : '/mein-bereich', 303);
    if (!deps.oidc || !session || !pending) return refuse('login.providerFailed', 400);
    // The provider refused or the person cancelled: the pending sign-in is spent, not kept for a later
    // answer. Only the provider's own answer (with the pending state) spends it: a link with any other
    // state cannot cut short a sign-in under way.
    if (c.req.query('error')) {
      if (c.req.query('state') === pending.state) await deps.sessions.setOidc(session, null);
      return refuse('login.providerFailed', 400);
    }
    let signIn: Awaited<ReturnType<OidcClient['finish']>>;
    try {
      const callback = new URL(`${c.get('origin')}${PROVIDER_CALLBACK}${new URL(c.req.url).search}`);
      signIn = await deps.oidc.finish(callback, pending);
    } catch (err) {
      deps.logger.warn(
        { err, requestId: c.get('requestId') },
        'sign-in through the identity provider refused',
      );
      // Spent only by the provider's answer to it (the pending state), not by a forged link.
      if (c.req.query('state') === pending.state) await deps.sessions.setOidc(session, null);
      return refuse('login.providerFailed', 400);
    }
    let account: Awaited<ReturnType<typeof signInWithOidc>>;
    try {
      account = await signInWithOidc(db, tenant, signIn.claims);
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN' && err.fields.provider)
        return refuse(err.fields.provider.key, 403);
      throw err;
    }
    // A new session for the signed-in person; the pending one is spent.
    await deps.sessions.destroy(session);
    const { token } = await deps.sessions.create(tenant.id, {
      accountId: account.id,
      lang: session.lang,
      oidc: { refreshToken: signIn.refreshToken, idToken: signIn.idToken, checkedAt: Date.now() },
    });
    setSessionCookie(c, token, deps.config.secureCookies);
    // Back to where sign-in began, in its language (the back office speaks the account's anyway).
    const lang = session.lang && isLang(session.lang) ? session.lang : 'de';
    return c.redirect(
      pending.back.startsWith('/intern') ? pending.back : localePath(lang, pending.back),
      303,
    );
  });

  app.post('/abmelden', async (c) => {
    const session = c.get('session');
    if (session) await deps.sessions.destroy(session);
    clearSessionCookie(c);
    // The start page in the language of the page the button was on (else the session's).
    const lang =
      (await readForm(c, ZSignOutInput)).lang ??
      (session?.lang && isLang(session.lang) ? session.lang : c.get('lang'));
    // Signed in through the identity provider: signed out there too (RP-initiated logout), then back to the
    // one return address registered there, the language riding along as `state` (see below).
    if (session?.oidc?.idToken && deps.oidc) {
      const url = await deps.oidc
        .logoutUrl(session.oidc.idToken, `${c.get('origin')}${LOGGED_OUT}`, {
          lang,
          state: lang === 'de' ? undefined : lang,
        })
        .catch(() => undefined);
      if (url) return c.redirect(url, 303);
    }
    return c.redirect(`${localePath(lang, '/')}?hinweis=loggedOut`, 303);
  });

  // Back from the provider's logout: on to the start page in the language that went out with it.
  app.get('/', async (c, next) => {
    const state = c.req.query('state');
    if (c.req.query('hinweis') !== 'loggedOut' || !state || !isLang(state) || state === c.get('lang'))
      return next();
    return c.redirect(`${localePath(state, '/')}?hinweis=loggedOut`, 303);
  });

  // The back office's language is the account's: the switch in its header stores it there (mails follow
  // it too). Public pages name their language in the address and switch by plain links; a post here from
  // an old page lands on the page's address in the chosen language, with nothing stored.
  app.post('/sprache', async (c) => {
    const { lang, back } = await readForm(c, ZLanguageInput);
    const actor = c.get('actor');
    const target = splitLocalePath(safeBack(back, '/')).path;
    if (actor && isStaffLang(lang)) await setAccountLanguage(deps.database.db, actor, lang);
    const internal = target === '/intern' || target.startsWith('/intern/');
    // Absolute, so the redirect is not moved into the language of the page the form was on.
    return c.redirect(`${c.get('origin')}${internal ? target : localePath(lang, target)}`, 303);
  });

  // The city's logo: its name holds the hash of its bytes, so it never changes under its address.
  app.get('/logo/:file{[0-9a-f]{20}\\.(png|jpg|svg)}', async (c) => {
    const logo = await cityLogo(deps, c.get('tenant').id);
    if (!logo || logo.file !== c.req.param('file')) throw new AppError('NOT_FOUND', 'No such logo.');
    return c.body(new Uint8Array(logo.content), 200, {
      'Content-Type': logo.mediaType,
      'Cache-Control': 'public, max-age=31536000, immutable',
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  app.route('/', adminRoutes(deps));
  app.route('/', passkeyRoutes(deps));
  app.route('/', passwordRoutes(deps));

  return app;
}
