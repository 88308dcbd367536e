/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import type { z } from 'zod';
import { byFieldName, handleForm, isConfirmed } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { formatEuro } from '../../platform/i18n/i18n.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import {
  ZBudgetYearInput,
  ZDependencyInput,
  ZProjectPartnersInput,
  ZProjectUpdateInput,
  ZRiskInput,
} from '../delivery/delivery.schemas.ts';
import {
  addDependency,
  addProjectUpdate,
  addRisk,
  closeRisk,
  getEditableBudgetYear,
  removeBudgetYear,
  removeDependency,
  setBudgetYear,
  setProjectPartners,
} from '../delivery/delivery.service.ts';
import { PROJECT_PERMISSIONS } from '../projects/projects.policy.ts';
import { getEditableProject } from '../projects/projects.service.ts';
import type { DeliveryFailure } from './views/delivery.tsx';

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
  // Success lands on the confirmation at the top of the project page (not on a section far below it).
  const back = (id: string) => `/intern/projekte/${id}?hinweis=saved#hinweis`;

  /**
   * One delivery form on the project page: its fields carry a prefix so their ids stay unique (`names`);
   * bad input re-renders the project page with the form's input and messages.
   */
  const deliveryForm = <S extends z.ZodType>(
    c: Ctx,
    schema: S,
    form: DeliveryFailure['form'],
    names: Record<string, string>,
    change: (input: z.output<S>) => Promise<unknown>,
  ) =>
    // Whoever may not change the project hears so before anything about their input.
    getEditableProject(db, c.get('tenant').id, actorOf(c), c.req.param('id') ?? '').then(() =>
      handleForm(c, schema, {
        names,
        action: change,
        done: () => back(c.req.param('id') ?? ''),
        failed: (values, errors) => projectPage(c, { form, values: byFieldName(values, names), errors }),
      }),
    );

  app.post('/intern/projekte/:id/partner', staff, (c) =>
    deliveryForm(c, ZProjectPartnersInput, 'partners', {}, (input) =>
      setProjectPartners(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
    ),
  );

  app.post('/intern/projekte/:id/budget', staff, (c) =>
    deliveryForm(
      c,
      ZBudgetYearInput,
      'budget',
      { year: 'budgetYear', planned: 'budgetPlanned', spent: 'budgetSpent' },
      (input) => setBudgetYear(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
    ),
  );

  /** A year of the budget goes, after a page that says what it held and what that changes. */
  const confirmBudgetRemoval = async (c: Ctx) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const year = Number(c.req.param('year'));
    const { project, budget, last } = await getEditableBudgetYear(
      db,
      c.get('tenant').id,
      actorOf(c),
      c.req.param('id') ?? '',
      year,
    );
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('delivery.removeBudgetTitle', { year, project: project.title })}
        intro={t('delivery.removeBudgetIntro', {
          planned: formatEuro(lang, budget.planned),
          spent: formatEuro(lang, budget.spent),
        })}
        consequences={[
          t(last ? 'delivery.removeBudgetLast' : 'delivery.removeBudgetSums'),
          t('delivery.removeBudgetAudit'),
        ]}
        action={`/intern/projekte/${project.id}/budget/${year}/entfernen`}
        confirmLabel={t('delivery.removeBudget', { year })}
        back={{ href: `/intern/projekte/${project.id}#budget-title` }}
      />,
    );
  };

  // Reached by its address too (a bookmark, or back from signing in again).
  app.get('/intern/projekte/:id/budget/:year{[0-9]{4}}/entfernen', staff, (c) => confirmBudgetRemoval(c));

  app.post('/intern/projekte/:id/budget/:year{[0-9]{4}}/entfernen', staff, async (c) => {
    if (!(await isConfirmed(c))) return confirmBudgetRemoval(c);
    const id = c.req.param('id');
    await removeBudgetYear(db, c.get('tenant').id, actorOf(c), id, Number(c.req.param('year')), metaOf(c));
    return c.redirect(`/intern/projekte/${id}?hinweis=budgetRemoved#hinweis`, 303);
  });

  app.post('/intern/projekte/:id/risiken', staff, (c) =>
    deliveryForm(
      c,
      ZRiskInput,
      'risk',
      {
        title: 'riskTitle',
        probability: 'riskProbability',
        impact: 'riskImpact',
        mitigation: 'riskMitigation',
      },
      (input) => addRisk(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
    ),
  );

  app.post('/intern/risiken/:id/schliessen', staff, async (c) => {
    const risk = await closeRisk(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(back(risk.projectId), 303);
  });

  app.post('/intern/projekte/:id/abhaengigkeiten', staff, (c) =>
    deliveryForm(c, ZDependencyInput, 'dependency', { note: 'dependencyNote' }, (input) =>
      addDependency(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
    ),
  );

  app.post('/intern/projekte/:id/abhaengigkeiten/:other/entfernen', staff, async (c) => {
    await removeDependency(
      db,
      c.get('tenant').id,
      actorOf(c),
      c.req.param('id'),
      c.req.param('other'),
      metaOf(c),
    );
    return c.redirect(back(c.req.param('id')), 303);
  });

  app.post('/intern/projekte/:id/neuigkeiten', staff, (c) =>
    deliveryForm(
      c,
      ZProjectUpdateInput,
      'update',
      { title: 'updateTitle', body: 'updateBody', visibility: 'updateVisibility' },
      (input) => addProjectUpdate(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
    ),
  );

  return app;
}
