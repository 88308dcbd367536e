/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { hasAnyRole, STAFF_ROLES } from '../../platform/auth/actor.ts';
import { clearSessionCookie } from '../../platform/http/app.ts';
import { handleForm } from '../../platform/http/forms.ts';
import { actorOf, requireRoles } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { pageCtx } from '../../ui/page.ts';
import { ROLES } from '../orgs/orgs.service.ts';
import { ZDeleteAccountInput } from './personal.schemas.ts';
import {
  deleteOwnAccount,
  mayDeleteOwnAccount,
  personalDataOf,
  personalOverview,
} from './personal.service.ts';
import { DeleteAccountPage, PersonalPage } from './views/personal.tsx';

/** "Mein Bereich": what I proposed and where it got to, what I support, comment on and follow; my data. */
export function personalRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  // Every signed-in person, whatever their role; signed-out visitors are sent to the sign-in page.
  app.use('/mein-bereich', requireRoles(ROLES));
  app.use('/mein-bereich/*', requireRoles(ROLES));

  app.get('/mein-bereich', async (c) => {
    const actor = actorOf(c);
    const data = await personalOverview(
      deps,
      { db: deps.database.db, tenantId: actor.tenantId, actor, t: c.get('t'), lang: c.get('lang') },
      actor,
    );
    return c.html(
      <PersonalPage
        ctx={pageCtx(c)}
        data={data}
        mayDelete={mayDeleteOwnAccount(actor)}
        passkeys={hasAnyRole(actor, STAFF_ROLES)}
      />,
    );
  });

  app.get('/mein-bereich/daten.json', async (c) => {
    const actor = actorOf(c);
    const data = await personalDataOf(deps, actor, c.get('tenant').cityName);
    c.header('Content-Disposition', 'attachment; filename="meine-daten.json"');
    c.header('Cache-Control', 'no-store');
    return c.body(`${JSON.stringify(data, null, 2)}\n`, 200, {
      'Content-Type': 'application/json; charset=utf-8',
    });
  });

  app.get('/mein-bereich/konto-loeschen', (c) =>
    c.html(<DeleteAccountPage ctx={pageCtx(c)} mayDelete={mayDeleteOwnAccount(actorOf(c))} />),
  );

  app.post('/mein-bereich/konto-loeschen', (c) =>
    handleForm(c, ZDeleteAccountInput, {
      action: async ({ password }) => {
        await deleteOwnAccount(deps, actorOf(c), password);
        clearSessionCookie(c);
      },
      done: () => '/?hinweis=accountDeleted',
      failed: (values, errors, status) =>
        c.html(
          <DeleteAccountPage
            ctx={pageCtx(c)}
            mayDelete={mayDeleteOwnAccount(actorOf(c))}
            understood={values.understood === 'on'}
            errors={errors}
          />,
          status,
        ),
    }),
  );

  return app;
}
