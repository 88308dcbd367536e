/** @jsxImportSource hono/jsx */
import { Hono, type MiddlewareHandler } from 'hono';
import { type FormErrors, type FormValues, handleForm, readForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { ZCouncilSourceInput, ZPaperLinkInput } from './council.schemas.ts';
import {
  COUNCIL_PERMISSIONS,
  councilSource,
  linkPaper,
  type PaperSubject,
  removeCouncilSource,
  saveCouncilSource,
  startCouncilSync,
  unlinkPaper,
} from './council.service.ts';
import { CouncilSettingsPage } from './views/council.tsx';

/** /intern/rat: the CDO team configures the council information system and starts a synchronisation. */
export function councilRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const managers = requirePermission(COUNCIL_PERMISSIONS, 'council:manage');

  const page = async (c: Ctx, values?: FormValues, errors?: FormErrors) => {
    const source = await councilSource(db, c.get('tenant').id);
    const shown = values ?? { systemUrl: source?.systemUrl ?? '', bodyId: source?.bodyId ?? '' };
    return c.html(
      <CouncilSettingsPage
        ctx={pageCtx(c)}
        source={source}
        values={Object.fromEntries(Object.entries(shown).map(([k, v]) => [k, String(v ?? '')]))}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/rat', managers, (c) => page(c));

  app.post('/intern/rat', managers, (c) =>
    handleForm(c, ZCouncilSourceInput, {
      action: (input) => saveCouncilSource(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: async () => `/intern/rat?hinweis=${await startSync(deps, c.get('tenant').id)}`,
      failed: (values, errors) => page(c, values, errors),
    }),
  );

  app.post('/intern/rat/abgleichen', managers, async (c) => {
    return c.redirect(`/intern/rat?hinweis=${await startSync(deps, c.get('tenant').id)}`, 303);
  });

  app.post('/intern/rat/trennen', managers, async (c) => {
    await removeCouncilSource(db, c.get('tenant').id, actorOf(c), metaOf(c));
    return c.redirect('/intern/rat?hinweis=councilDisconnected', 303);
  });

  return app;
}

/** Starts a synchronisation (queued where the queue runs) and names the notice that says how it went. */
async function startSync(deps: Deps, tenantId: string) {
  const started = await startCouncilSync(deps.database.db, tenantId, {
    enqueue: () => deps.jobs.send('council-sync', { tenantId }, { singletonKey: `council-${tenantId}` }),
    allowPrivateHosts: deps.config.oparlAllowPrivateHosts,
  });
  return ({ queued: 'councilSyncQueued', synced: 'councilSynced', failed: 'councilSyncFailed' } as const)[
    started
  ];
}

/**
 * Mounts the posts that link and unlink council papers on a later module's page: `<path>` links the paper
 * named in the form, `<path>/<paper id>/entfernen` unlinks it. The page's own guard and its record (found
 * by `subject`, which throws NOT_FOUND for an unknown one) decide first; then the council's rules.
 */
export function mountPaperLinks(
  app: Hono<AppEnv>,
  deps: Deps,
  opts: {
    path: string;
    guard: MiddlewareHandler<AppEnv>;
    subject: (c: Ctx) => Promise<PaperSubject>;
    back: (c: Ctx) => string;
  },
) {
  const { db } = deps.database;
  app.post(opts.path, opts.guard, async (c) => {
    const subject = await opts.subject(c);
    const { paperId } = await readForm(c, ZPaperLinkInput);
    await linkPaper(db, c.get('tenant').id, actorOf(c), subject, paperId, metaOf(c));
    return c.redirect(`${opts.back(c)}?hinweis=paperLinked#ratsvorlagen-hinweis`, 303);
  });
  app.post(`${opts.path}/:paper{[0-9a-f-]{36}}/entfernen`, opts.guard, async (c) => {
    const subject = await opts.subject(c);
    await unlinkPaper(db, c.get('tenant').id, actorOf(c), subject, c.req.param('paper'), metaOf(c));
    return c.redirect(`${opts.back(c)}?hinweis=paperUnlinked#ratsvorlagen-hinweis`, 303);
  });
}
