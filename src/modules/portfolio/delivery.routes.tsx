/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, fields, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import {
  addDependency,
  addProjectUpdate,
  addRisk,
  closeRisk,
  removeDependency,
  setBudgetYear,
  setProjectPartners,
} from '../delivery/delivery.service.ts';
import { PROJECT_PERMISSIONS } from '../projects/projects.policy.ts';
import type { DeliveryFailure } from './views/delivery.tsx';

/** Form fields on the project page carry a prefix so their ids stay unique; errors map back to them. */
function renamed(errors: AppError['fields'], names: Record<string, string>): AppError['fields'] {
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [names[k] ?? k, v]));
}

/**
 * The project's delivery in the back office: editing its facts (phase with stop reason, plan, lead,
 * dates), partners, budget per year, risks, dependencies and updates. Every change is a record-level rule
 * (canEditProject) checked in the service.
 */
export function deliveryRoutes(
  deps: Deps,
  projectPage: (c: Ctx, failed: DeliveryFailure) => Promise<Response>,
) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const staff = requirePermission(PROJECT_PERMISSIONS, 'project:read-internal');
  const back = (id: string, anchor: string) => `/intern/projekte/${id}?hinweis=saved#${anchor}`;

  /** Runs a change; a validation error re-renders the project page with the form's input and messages. */
  const attempt = async (
    c: Ctx,
    form: DeliveryFailure['form'],
    values: DeliveryFailure['values'],
    names: Record<string, string>,
    change: () => Promise<unknown>,
    anchor: string,
  ) => {
    try {
      await change();
      return c.redirect(back(c.req.param('id') ?? '', anchor), 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return projectPage(c, { form, values, errors: renamed(err.fields, names) });
    }
  };

  app.post('/intern/projekte/:id/partner', staff, async (c) => {
    const body = await formBody(c);
    const values = {
      partnerIds: fields(body, 'partnerIds'),
      newName: field(body, 'newName'),
      newKind: field(body, 'newKind'),
      newDigitalHub: field(body, 'newDigitalHub'),
    };
    return attempt(
      c,
      'partners',
      values,
      {},
      () => setProjectPartners(db, c.get('tenant').id, actorOf(c), c.req.param('id'), values, metaOf(c)),
      'partners-title',
    );
  });

  app.post('/intern/projekte/:id/budget', staff, async (c) => {
    const body = await formBody(c);
    const values = {
      budgetYear: field(body, 'budgetYear'),
      budgetPlanned: field(body, 'budgetPlanned'),
      budgetSpent: field(body, 'budgetSpent'),
    };
    const input = { year: values.budgetYear, planned: values.budgetPlanned, spent: values.budgetSpent };
    return attempt(
      c,
      'budget',
      values,
      { year: 'budgetYear', planned: 'budgetPlanned', spent: 'budgetSpent' },
      () => setBudgetYear(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      'budget-title',
    );
  });

  app.post('/intern/projekte/:id/risiken', staff, async (c) => {
    const body = await formBody(c);
    const values = {
      riskTitle: field(body, 'riskTitle'),
      riskProbability: field(body, 'riskProbability'),
      riskImpact: field(body, 'riskImpact'),
      riskMitigation: field(body, 'riskMitigation'),
    };
    const input = {
      title: values.riskTitle,
      probability: values.riskProbability,
      impact: values.riskImpact,
      mitigation: values.riskMitigation,
    };
    return attempt(
      c,
      'risk',
      values,
      {
        title: 'riskTitle',
        probability: 'riskProbability',
        impact: 'riskImpact',
        mitigation: 'riskMitigation',
      },
      () => addRisk(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      'risks-title',
    );
  });

  app.post('/intern/risiken/:id/schliessen', staff, async (c) => {
    const risk = await closeRisk(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(back(risk.projectId, 'risks-title'), 303);
  });

  app.post('/intern/projekte/:id/abhaengigkeiten', staff, async (c) => {
    const body = await formBody(c);
    const values = { dependsOnId: field(body, 'dependsOnId'), dependencyNote: field(body, 'dependencyNote') };
    const input = { dependsOnId: values.dependsOnId, note: values.dependencyNote };
    return attempt(
      c,
      'dependency',
      values,
      { note: 'dependencyNote' },
      () => addDependency(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      'deps-title',
    );
  });

  app.post('/intern/projekte/:id/abhaengigkeiten/:other/entfernen', staff, async (c) => {
    await removeDependency(
      db,
      c.get('tenant').id,
      actorOf(c),
      c.req.param('id'),
      c.req.param('other'),
      metaOf(c),
    );
    return c.redirect(back(c.req.param('id'), 'deps-title'), 303);
  });

  app.post('/intern/projekte/:id/neuigkeiten', staff, async (c) => {
    const body = await formBody(c);
    const values = {
      updateTitle: field(body, 'updateTitle'),
      updateBody: field(body, 'updateBody'),
      updateVisibility: field(body, 'updateVisibility'),
    };
    const input = { title: values.updateTitle, body: values.updateBody, visibility: values.updateVisibility };
    return attempt(
      c,
      'update',
      values,
      { title: 'updateTitle', body: 'updateBody', visibility: 'updateVisibility' },
      () =>
        addProjectUpdate(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input as never, metaOf(c)),
      'updates-title',
    );
  });

  return app;
}
