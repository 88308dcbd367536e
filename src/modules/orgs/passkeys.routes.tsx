/** @jsxImportSource hono/jsx */
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import { type Context, Hono } from 'hono';
import { hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { AppError } from '../../platform/errors.ts';
import { setSessionCookie } from '../../platform/http/app.ts';
import { handleForm, isConfirmed, safeBack } from '../../platform/http/forms.ts';
import { actorOf, clientNetwork, metaOf, requireRoles } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import {
  clearFailures,
  hitRateLimit,
  RATE_RULES,
  signInKeys,
  signInNetworkKey,
  undoHit,
} from '../../platform/rate-limit.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import { providerOnly } from './oidc.service.ts';
import { ZPasskeyNameInput } from './orgs.schemas.ts';
import { loadActor } from './orgs.service.ts';
import {
  addPasskey,
  authenticateWithPasskey,
  listPasskeys,
  passkeyAuthenticationOptions,
  passkeyName,
  passkeyRegistrationOptions,
  type RelyingParty,
  removePasskey,
  renamePasskey,
} from './passkeys.service.ts';
import { PasskeysPage } from './views/passkeys.tsx';

/** The site the passkeys belong to: the tenant's host name as the request names it (checked by tenancy). */
function relyingParty(c: Context<AppEnv>): RelyingParty {
  const origin = c.get('origin');
  return { id: new URL(origin).hostname, origin, name: c.get('tenant').name };
}

/** A failure the script shows as it is: a problem document with the translated sentence. */
function problem(c: Context<AppEnv>, err: unknown) {
  if (!(err instanceof AppError)) throw err;
  const t = c.get('t');
  const field = Object.values(err.fields)[0];
  return c.body(
    JSON.stringify({
      type: 'about:blank',
      title: err.code,
      status: err.status,
      detail: field ? t(field.key, field.values) : t('passkeys.failed'),
    }),
    err.status as 400,
    { 'Content-Type': 'application/problem+json' },
  );
}

async function jsonBody(c: Context<AppEnv>): Promise<Record<string, unknown>> {
  const body = (await c.req.json().catch(() => undefined)) as unknown;
  if (!body || typeof body !== 'object') throw new AppError('BAD_REQUEST', 'A JSON object is expected.');
  return body as Record<string, unknown>;
}

/**
 * Passkeys: staff add and remove theirs under /mein-bereich/passkeys; anyone with one signs in at
 * /anmelden without a password. The ceremonies run in the browser's WebAuthn (passkeys.js) and talk JSON
 * to these routes, with the session's CSRF token in a header.
 */
export function passkeyRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const staff = requireRoles(STAFF_ROLES);

  /** Whether the actor may add passkeys: not where they could never sign in with them. */
  const mayAdd = async (actor: ReturnType<typeof actorOf>) =>
    !(deps.oidc && (await providerOnly(db, actor.tenantId, actor)));

  app.get('/mein-bereich/passkeys', staff, async (c) => {
    const actor = actorOf(c);
    return c.html(
      <PasskeysPage
        ctx={pageCtx(c)}
        keys={await listPasskeys(db, actor.tenantId, actor)}
        canAdd={await mayAdd(actor)}
      />,
    );
  });

  app.post('/mein-bereich/passkeys/optionen', staff, async (c) => {
    const actor = actorOf(c);
    try {
      passkeyName((await jsonBody(c)).name);
      if (!(await mayAdd(actor)))
        throw new AppError('FORBIDDEN', 'Staff sign in through the identity provider.', {
          passkey: { key: 'passkeys.providerOnly' },
        });
      const options = await passkeyRegistrationOptions(db, actor.tenantId, actor, relyingParty(c));
      await deps.sessions.setChallenge(c.get('session')!, options.challenge);
      return c.json(options);
    } catch (err) {
      return problem(c, err);
    }
  });

  app.post('/mein-bereich/passkeys', staff, async (c) => {
    const actor = actorOf(c);
    const session = c.get('session')!;
    // Without the browser's WebAuthn the form posts plainly: say what it needs, keep the name typed.
    if (!(c.req.header('content-type') ?? '').startsWith('application/json')) {
      const form = await c.req.parseBody();
      return c.html(
        <PasskeysPage
          ctx={pageCtx(c)}
          keys={await listPasskeys(db, actor.tenantId, actor)}
          name={typeof form.name === 'string' ? form.name : ''}
          errors={{ name: { key: 'passkeys.needsScript' } }}
        />,
        422,
      );
    }
    try {
      const body = await jsonBody(c);
      const name = passkeyName(body.name);
      const challenge = session.webauthnChallenge;
      if (!challenge || !(await deps.sessions.takeChallenge(session, challenge)))
        throw new AppError('VALIDATION_FAILED', 'No passkey ceremony is open in this session.', {
          passkey: { key: 'passkeys.failed' },
        });
      await addPasskey(
        db,
        actor.tenantId,
        actor,
        { name, response: body.response as RegistrationResponseJSON },
        challenge,
        relyingParty(c),
        metaOf(c),
      );
      return c.json({ location: '/mein-bereich/passkeys?hinweis=passkeyAdded' }, 201);
    } catch (err) {
      return problem(c, err);
    }
  });

  // Removing asks first (the button's post shows this page): which passkey, and what stays on the device.
  const confirmRemove = async (c: Context<AppEnv>) => {
    const actor = actorOf(c);
    const t = c.get('t');
    const keys = await listPasskeys(db, actor.tenantId, actor);
    const key = keys.find((k) => k.id === c.req.param('id'));
    if (!key) throw new AppError('NOT_FOUND', 'No such passkey of yours.');
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('passkeys.remove', { name: key.name })}
        heading={t('passkeys.removeHeading')}
        intro={t('passkeys.removeIntro')}
        consequences={
          keys.length === 1
            ? [t((await mayAdd(actor)) ? 'passkeys.removeLast' : 'passkeys.removeLastProvider')]
            : []
        }
        action={`/mein-bereich/passkeys/${key.id}/entfernen`}
        confirmLabel={t('passkeys.remove', { name: key.name })}
        back={{ href: '/mein-bereich/passkeys' }}
      />,
    );
  };

  app.get('/mein-bereich/passkeys/:id/entfernen', staff, (c) => confirmRemove(c));

  // Renaming is a plain form (no script): a wrong name comes back at that passkey's form, as typed.
  app.get('/mein-bereich/passkeys/:id/name', staff, (c) => c.redirect('/mein-bereich/passkeys', 303));
  app.post('/mein-bereich/passkeys/:id/name', staff, (c) => {
    const actor = actorOf(c);
    const id = c.req.param('id');
    return handleForm(c, ZPasskeyNameInput, {
      action: ({ name }) => renamePasskey(db, actor.tenantId, actor, id, name, metaOf(c)),
      done: () => '/mein-bereich/passkeys?hinweis=passkeyRenamed',
      failed: async (values, errors, status) =>
        c.html(
          <PasskeysPage
            ctx={pageCtx(c)}
            keys={await listPasskeys(db, actor.tenantId, actor)}
            canAdd={await mayAdd(actor)}
            renaming={{ id, name: values.name, errors }}
          />,
          status,
        ),
    });
  });

  app.post('/mein-bereich/passkeys/:id/entfernen', staff, async (c) => {
    const actor = actorOf(c);
    if (!(await isConfirmed(c))) return confirmRemove(c);
    await removePasskey(db, actor.tenantId, actor, c.req.param('id'), metaOf(c));
    return c.redirect('/mein-bereich/passkeys?hinweis=passkeyRemoved', 303);
  });

  // Sign-in: the challenge waits in the visitor's session (one is made if there is none yet); the
  // answer carries the CSRF token of that session for the second step.
  app.post('/anmelden/passkey/optionen', async (c) => {
    const tenant = c.get('tenant');
    let session = c.get('session');
    if (!session) {
      const made = await deps.sessions.create(tenant.id, { lang: c.get('lang') });
      setSessionCookie(c, made.token, deps.config.secureCookies);
      session = made.session;
    }
    const options = await passkeyAuthenticationOptions(relyingParty(c));
    await deps.sessions.setChallenge(session, options.challenge);
    return c.json({ options, csrf: session.csrfToken });
  });

  app.post('/anmelden/passkey', async (c) => {
    const tenant = c.get('tenant');
    const session = c.get('session');
    const network = clientNetwork(c, deps.config.trustProxy);
    const byAddress = signInNetworkKey(tenant.id, network);
    try {
      const body = await jsonBody(c);
      const challenge = session?.webauthnChallenge;
      if (!session || !challenge || !(await deps.sessions.takeChallenge(session, challenge)))
        throw new AppError('VALIDATION_FAILED', 'No passkey sign-in is open in this session.', {
          passkey: { key: 'passkeys.failed' },
        });
      // Counted like a password attempt, taken back when it succeeds.
      await hitRateLimit(db, byAddress, RATE_RULES.loginAddress);
      const account = await authenticateWithPasskey(
        db,
        tenant.id,
        body.response as AuthenticationResponseJSON,
        challenge,
        relyingParty(c),
      );
      const actor = await loadActor(db, tenant.id, account.id);
      if (deps.oidc && (await providerOnly(db, tenant.id, actor)))
        throw new AppError('FORBIDDEN', 'Staff sign in through the identity provider.', {
          passkey: { key: 'passkeys.staffUseProvider' },
        });
      await undoHit(db, byAddress, RATE_RULES.loginAddress);
      // The password's pause for this network is lifted too.
      await clearFailures(db, signInKeys(tenant.id, account.email, network).accountHere);
      // A new session, as after a password.
      await deps.sessions.destroy(session!);
      const { token } = await deps.sessions.create(tenant.id, { accountId: account.id, lang: session!.lang });
      setSessionCookie(c, token, deps.config.secureCookies);
      const back = safeBack(typeof body.zurueck === 'string' ? body.zurueck : undefined, '/intern');
      const location =
        !hasAnyRole(actor, STAFF_ROLES) && (back === '/intern' || back.startsWith('/intern/'))
          ? '/?hinweis=loggedIn'
          : back;
      return c.json({ location });
    } catch (err) {
      return problem(c, err);
    }
  });

  return app;
}
