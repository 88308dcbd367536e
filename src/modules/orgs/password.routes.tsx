/** @jsxImportSource hono/jsx */
import { type Context, Hono } from 'hono';
import { setSessionCookie } from '../../platform/http/app.ts';
import { handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf, requireRoles } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { pageCtx } from '../../ui/page.ts';
import { changePassword, hasPassword } from './accounts.service.ts';
import { providerOnly } from './oidc.service.ts';
import { ZChangePasswordInput } from './orgs.schemas.ts';
import { ROLES } from './orgs.service.ts';
import { ChangePasswordPage } from './views/account.tsx';

/** /mein-bereich/passwort: a signed-in person changes their password (the current one first). */
export function passwordRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const signedIn = requireRoles(ROLES);

  /** What the page offers: the form, or where to change it for an account without a password here. */
  const modeOf = async (c: Context<AppEnv>) => {
    const actor = actorOf(c);
    if (deps.oidc && (await providerOnly(db, actor.tenantId, actor))) return 'providerOnly' as const;
    return (await hasPassword(db, actor.tenantId, actor.accountId))
      ? ('form' as const)
      : ('noPassword' as const);
  };

  app.get('/mein-bereich/passwort', signedIn, async (c) =>
    c.html(<ChangePasswordPage ctx={pageCtx(c)} mode={await modeOf(c)} />),
  );

  app.post('/mein-bereich/passwort', signedIn, async (c) => {
    const mode = await modeOf(c);
    if (mode !== 'form') return c.html(<ChangePasswordPage ctx={pageCtx(c)} mode={mode} />, 403);
    const actor = actorOf(c);
    return handleForm(c, ZChangePasswordInput, {
      action: async (input) => {
        await changePassword(deps, c.get('tenant'), actor.accountId, input, metaOf(c));
        // Every session of the account ended with the old password; this browser stays signed in.
        const { token } = await deps.sessions.create(actor.tenantId, {
          accountId: actor.accountId,
          lang: c.get('session')?.lang ?? c.get('lang'),
        });
        setSessionCookie(c, token, deps.config.secureCookies);
      },
      done: () => '/mein-bereich?hinweis=passwordUpdated',
      recover: (err) =>
        err.code === 'RATE_LIMITED'
          ? { _form: { key: 'passwordChange.rateLimited' } }
          : err.code === 'VALIDATION_FAILED'
            ? err.fields
            : undefined,
      failed: (_values, errors, status) =>
        c.html(<ChangePasswordPage ctx={pageCtx(c)} mode="form" errors={errors} />, status),
    });
  });

  return app;
}
