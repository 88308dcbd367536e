/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { listProcesses } from '../proposals/proposals.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { WorkshopListPage, WorkshopPage } from './views/workshops.tsx';
import { WORKSHOP_PERMISSIONS } from './workshops.policy.ts';
import {
  createWorkshop,
  enterWorkshopProposal,
  findWorkshop,
  listWorkshops,
  proposalsOfWorkshop,
} from './workshops.service.ts';

/** Workshops and the proposals staff enter for their participants. */
export function workshopsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  const workshopTeam = requirePermission(WORKSHOP_PERMISSIONS, 'workshop:manage');
  const WORKSHOP_FIELDS = ['title', 'heldOn', 'place', 'organiser', 'participants', 'processId'] as const;

  const workshopList = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const [rows, processes] = await Promise.all([listWorkshops(db, tenant.id), listProcesses(db, tenant.id)]);
    return c.html(
      <WorkshopListPage ctx={pageCtx(c)} rows={rows} processes={processes} values={values} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/werkstaetten', workshopTeam, (c) => workshopList(c));

  app.post('/intern/werkstaetten', workshopTeam, async (c) => {
    const body = await formBody(c);
    const values = Object.fromEntries(WORKSHOP_FIELDS.map((f) => [f, field(body, f)]));
    try {
      const w = await createWorkshop(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect(`/intern/werkstaetten/${w.id}?hinweis=workshop-created`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return workshopList(c, values, err.fields);
    }
  });

  const workshopPage = async (c: Ctx, values: Record<string, string> = {}, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const workshop = await findWorkshop(db, tenant.id, c.req.param('id') ?? '');
    if (!workshop) throw new AppError('NOT_FOUND', 'No such workshop.');
    const [proposals, strategy] = await Promise.all([
      proposalsOfWorkshop(db, tenant.id, workshop.id),
      cachedStrategy(deps, tenant.id),
    ]);
    return c.html(
      <WorkshopPage
        ctx={pageCtx(c)}
        workshop={workshop}
        proposals={proposals}
        fields={fieldOptions(strategy)}
        values={values}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/werkstaetten/:id', workshopTeam, (c) => workshopPage(c));

  app.post('/intern/werkstaetten/:id/vorschlaege', workshopTeam, async (c) => {
    const body = await formBody(c);
    const values = Object.fromEntries(
      ['title', 'body', 'authorKind', 'organisationName', 'place', 'fieldOfActionId'].map((f) => [
        f,
        field(body, f),
      ]),
    );
    try {
      await enterWorkshopProposal(
        db,
        c.get('tenant').id,
        actorOf(c),
        c.req.param('id'),
        values as never,
        metaOf(c),
      );
      return c.redirect(`/intern/werkstaetten/${c.req.param('id')}?hinweis=entered`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return workshopPage(c, values, err.fields);
    }
  });

  return app;
}
