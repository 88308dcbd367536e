/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { type FormErrors, handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { listIdeas } from '../ideas/ideas.service.ts';
import { isPortfolioManager } from '../orgs/orgs.policy.ts';
import { findAccountName, loadOrgTree } from '../orgs/orgs.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { PROJECT_PERMISSIONS } from './projects.policy.ts';
import { ZCreateProjectInput, ZUpdateProjectInput } from './projects.schemas.ts';
import { createProject, getEditableProject, leadOptions, updateProject } from './projects.service.ts';
import type { Project } from './projects.table.ts';
import { ProjectEditPage } from './views/edit.tsx';
import { NewProjectPage } from './views/new.tsx';

/** Starting a project (the CDO team) and editing a project's own facts (whoever may edit it). */
export function projectsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const staff = requirePermission(PROJECT_PERMISSIONS, 'project:read-internal');
  const creators = requirePermission(PROJECT_PERMISSIONS, 'project:create');

  const newProjectPage = async (c: Ctx, values: Record<string, string>, errors?: FormErrors) => {
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

  app.post('/intern/projekte/neu', creators, (c) =>
    handleForm(c, ZCreateProjectInput, {
      action: (input) => createProject(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: (project) => `/intern/projekte/${project.id}?hinweis=created`,
      failed: (values, errors) => newProjectPage(c, values, errors),
    }),
  );

  const editPage = async (c: Ctx, project: Project, values?: Record<string, string>, errors?: FormErrors) => {
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
    return handleForm(c, ZUpdateProjectInput, {
      action: (input) => updateProject(db, tenantId, actorOf(c), project.id, input, metaOf(c)),
      done: () => `/intern/projekte/${project.id}?hinweis=saved`,
      failed: (values, errors) => editPage(c, project, values, errors),
    });
  });

  return app;
}
