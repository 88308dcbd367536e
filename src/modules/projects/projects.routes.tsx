/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { listIdeas } from '../ideas/ideas.service.ts';
import { isPortfolioManager } from '../orgs/orgs.policy.ts';
import { findAccountName, loadOrgTree } from '../orgs/orgs.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { PROJECT_PERMISSIONS } from './projects.policy.ts';
import { createProject, getEditableProject, leadOptions, updateProject } from './projects.service.ts';
import type { Project } from './projects.table.ts';
import { ProjectEditPage } from './views/edit.tsx';
import { NewProjectPage } from './views/new.tsx';

const EDIT_FIELDS = [
  'title',
  'summary',
  'description',
  'implementationPlan',
  'leadAccountId',
  'phase',
  'stopReason',
  'startsOn',
  'endsOn',
  'visibility',
  'quickWin',
] as const;

/** Starting a project (the CDO team) and editing a project's own facts (whoever may edit it). */
export function projectsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const staff = requirePermission(PROJECT_PERMISSIONS, 'project:read-internal');
  const creators = requirePermission(PROJECT_PERMISSIONS, 'project:create');

  const newProjectPage = async (
    c: Ctx,
    values: Record<string, string>,
    errors?: Record<string, { key: string }>,
  ) => {
    const tenant = c.get('tenant');
    const [strategy, tree, leads, ideas] = await Promise.all([
      cachedStrategy(deps, tenant.id),
      loadOrgTree(db, tenant.id),
      leadOptions(db, tenant.id),
      listIdeas(db, tenant.id),
    ]);
    return c.html(
      <NewProjectPage
        ctx={pageCtx(c)}
        values={values}
        errors={errors}
        fields={fieldOptions(strategy)}
        offices={tree.offices().map((o) => ({ value: o.id, label: o.name }))}
        leads={leads}
        ideas={ideas
          .filter((i) => i.state === 'open')
          .map((i) => ({ value: i.id, label: `${i.number}: ${i.title}` }))}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/projekte/neu', creators, (c) => newProjectPage(c, { ideaId: c.req.query('idee') ?? '' }));

  app.post('/intern/projekte/neu', creators, async (c) => {
    const body = await formBody(c);
    const names = [
      'title',
      'summary',
      'description',
      'fieldOfActionId',
      'ownerOrgUnitId',
      'leadAccountId',
      'ideaId',
      'phase',
      'visibility',
      'startsOn',
      'endsOn',
      'budgetPlanned',
      'quickWin',
    ];
    const values = Object.fromEntries(names.map((n) => [n, field(body, n)]));
    try {
      const project = await createProject(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect(`/intern/projekte/${project.id}?hinweis=created`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return newProjectPage(c, values, err.fields);
    }
  });

  const editPage = async (
    c: Ctx,
    project: Project,
    values?: Record<string, string>,
    errors?: AppError['fields'],
  ) => {
    const leads = await leadOptions(db, c.get('tenant').id);
    // A lead who is not (or no longer) a project lead stays choosable, so saving does not drop them.
    if (project.leadAccountId && !leads.some((l) => l.value === project.leadAccountId))
      leads.push({
        value: project.leadAccountId,
        label: (await findAccountName(db, c.get('tenant').id, project.leadAccountId)) ?? '–',
      });
    const current = values ?? {
      title: project.title,
      summary: project.summary,
      description: project.description,
      implementationPlan: project.implementationPlan,
      leadAccountId: project.leadAccountId ?? '',
      phase: project.phase,
      stopReason: project.stopReason ?? '',
      startsOn: project.startsOn ?? '',
      endsOn: project.endsOn ?? '',
      visibility: project.visibility,
      quickWin: project.quickWin ? 'on' : '',
    };
    return c.html(
      <ProjectEditPage
        ctx={pageCtx(c)}
        project={project}
        values={current}
        errors={errors}
        leads={leads}
        mayChangeVisibility={isPortfolioManager(c.get('actor'))}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/projekte/:id/bearbeiten', staff, async (c) => {
    const project = await getEditableProject(db, c.get('tenant').id, actorOf(c), c.req.param('id'));
    return editPage(c, project);
  });

  app.post('/intern/projekte/:id/bearbeiten', staff, async (c) => {
    const tenantId = c.get('tenant').id;
    const project = await getEditableProject(db, tenantId, actorOf(c), c.req.param('id'));
    const body = await formBody(c);
    const values = Object.fromEntries(EDIT_FIELDS.map((f) => [f, field(body, f)]));
    try {
      await updateProject(db, tenantId, actorOf(c), project.id, values as never, metaOf(c));
      return c.redirect(`/intern/projekte/${project.id}?hinweis=saved`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return editPage(c, project, values, err.fields);
    }
  });

  return app;
}
