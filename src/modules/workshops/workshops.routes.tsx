/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { type FormErrors, handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { ZSubmitProposalInput } from '../proposals/proposals.schemas.ts';
import { listProcesses } from '../proposals/proposals.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { WorkshopListPage, WorkshopPage } from './views/workshops.tsx';
import { WORKSHOP_PERMISSIONS } from './workshops.policy.ts';
import { ZWorkshopInput } from './workshops.schemas.ts';
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

  const workshopList = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) => {
    const tenant = c.get('tenant');
    const [rows, processes] = await Promise.all([listWorkshops(db, tenant.id), listProcesses(db, tenant.id)]);
    return c.html(
      <WorkshopListPage ctx={pageCtx(c)} rows={rows} processes={processes} values={values} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/werkstaetten', workshopTeam, (c) => workshopList(c));

  app.post('/intern/werkstaetten', workshopTeam, (c) =>
    handleForm(c, ZWorkshopInput, {
      action: (input) => createWorkshop(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: (w) => `/intern/werkstaetten/${w.id}?hinweis=workshop-created`,
      failed: (values, errors) => workshopList(c, values, errors),
    }),
  );

  const workshopPage = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) => {
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

  app.post('/intern/werkstaetten/:id/vorschlaege', workshopTeam, (c) =>
    handleForm(c, ZSubmitProposalInput, {
      action: (input) =>
        enterWorkshopProposal(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/werkstaetten/${c.req.param('id')}?hinweis=entered`,
      failed: (values, errors) => workshopPage(c, values, errors),
    }),
  );

  return app;
}
