/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { type FormErrors, handleForm, isConfirmed, readForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { translateRecords, translationLookup } from '../../platform/translation/translation.ts';
import { parseInput } from '../../platform/validation.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import { councilDecisionsOfProject } from '../agendas/agendas.service.ts';
import { budgetToDate, partnerChoices, projectDelivery } from '../delivery/delivery.service.ts';
import { getIdea, proposalIdsOfIdea } from '../ideas/ideas.service.ts';
import { findAccountName } from '../orgs/orgs.service.ts';
import { canCreateProject, PROJECT_PERMISSIONS } from '../projects/projects.policy.ts';
import {
  ZAddMilestoneInput,
  ZMilestoneDoneInput,
  ZProjectFilter,
  ZStrategyLinksInput,
} from '../projects/projects.schemas.ts';
import {
  ACTIVE_PHASES,
  addMilestone,
  deleteMilestone,
  getEditableMilestone,
  getProject,
  getProjectBySlug,
  listMilestones,
  listProjects,
  mayEditProject,
  projectOptions,
  setMilestoneDone,
  setStrategyLinks,
  strategyLinksOfProject,
  updateMilestoneDetails,
} from '../projects/projects.service.ts';
import { findPublicProposals } from '../proposals/proposals.service.ts';
import { reportCycleFor } from '../reviews/reviews.policy.ts';
import { ZSubmitStatusReportInput } from '../reviews/reviews.schemas.ts';
import {
  approvedHistory,
  computeHealth,
  cycleFacts,
  latestApprovedStatuses,
  openCycles,
  reportsOfProject,
  reportTasksOfProjects,
  submitStatusReport,
} from '../reviews/reviews.service.ts';
import { strategyTree } from '../strategy/strategy.service.ts';
import { deliveryRoutes } from './delivery.routes.tsx';
import { importRoutes } from './import.routes.tsx';
import { projectListCsv, projectListXlsx } from './list.export.ts';
import { internalProjectTable, ZInternalListQuery } from './list.service.ts';
import { buildTimeline, loadLookup, projectFilterOptions, projectQueryOf } from './portfolio.service.ts';
import { roadmapRoutes } from './roadmap.routes.tsx';
import { strategyPages } from './strategy.routes.tsx';
import { type DeliveryFailure, DeliveryInternal, DeliveryPublic, Timeline } from './views/delivery.tsx';
import { InternalProjectList, InternalProjectPage } from './views/internal.tsx';
import { MilestoneEditPage } from './views/milestones.tsx';
import { ProjectListPage, ProjectPage } from './views/public.tsx';

const PAGE_SIZE = 24;

/** Public project list and pages, the back-office project list and page with the forms on it. */
export function portfolioRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  // Before /projekte/:slug and /intern/projekte/:id, which would take 'zeitplan' or 'import' for theirs.
  app.route('/', importRoutes(deps));
  app.route('/', roadmapRoutes(deps));

  app.get('/projekte', async (c) => {
    const tenant = c.get('tenant');
    const filter = parseInput(ZProjectFilter, c.req.query());
    const original = c.req.query('original') === '1';
    const lang = c.get('lang');
    const { strategy, tree, lookup } = await loadLookup(deps, tenant.id, original ? 'de' : lang);
    // The list is the same for everyone (public projects only); what differs for a signed-in reader is the
    // frame. Anonymous readers get the whole page from the response cache; for the signed-in, the list's
    // data is kept until the next change in the tenant, so their page costs the session and the frame.
    // A search is not kept: its words are the reader's own.
    const load = async () => {
      const { rows, total } = await listProjects(db, tenant.id, {
        publicOnly: true,
        ...(await projectQueryOf(deps, tenant.id, filter, { strategy, tree })),
        limit: PAGE_SIZE,
        offset: (filter.page - 1) * PAGE_SIZE,
      });
      const [statuses, shown] = await Promise.all([
        latestApprovedStatuses(
          db,
          tenant.id,
          rows.map((r) => r.id),
        ),
        translateRecords(db, tenant.id, 'project', rows, ['title', 'summary'], lang, undefined, { original }),
      ]);
      return { rows: shown, total, statuses };
    };
    const url = c.req.url.slice(c.req.url.indexOf('/', 8));
    const { rows, total, statuses } =
      deps.config.responseCache && !filter.q && c.get('session')
        ? await deps.cache.value(tenant.id, `projekte:${lang}:${url}`, load)
        : await load();
    if (total === 0 && filter.q) c.set('searchMiss', filter.q);
    const options = projectFilterOptions({ strategy, tree });
    return c.html(
      <ProjectListPage
        ctx={pageCtx(c)}
        filter={filter}
        options={options}
        rows={rows}
        original={original}
        total={total}
        pageSize={PAGE_SIZE}
        statuses={statuses}
        lookup={lookup}
      />,
    );
  });

  app.get('/projekte/:slug', async (c) => {
    const tenant = c.get('tenant');
    const project = await getProjectBySlug(db, tenant.id, c.get('actor'), c.req.param('slug'));
    // Staff see internal projects here too; their addresses (made from the title) stay out of the statistics.
    if (project.visibility !== 'public') c.set('uncounted', true);
    const [{ lookup }, milestones, history, idea] = await Promise.all([
      loadLookup(deps, tenant.id, c.req.query('original') === '1' ? 'de' : c.get('lang')),
      listMilestones(db, tenant.id, project.id),
      approvedHistory(db, tenant.id, project.id),
      project.ideaId ? getIdea(db, tenant.id, project.ideaId) : undefined,
    ]);
    const [proposals, delivery, council] = await Promise.all([
      idea ? findPublicProposals(db, tenant.id, await proposalIdsOfIdea(db, tenant.id, idea.id)) : [],
      projectDelivery(db, tenant.id, project, { publicView: true }),
      councilDecisionsOfProject(db, tenant.id, project.id),
    ]);
    const ctx = pageCtx(c);
    // The texts in the reader's language where a translation exists; `?original=1` shows them as written.
    const original = c.req.query('original') === '1';
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [
        { type: 'project', records: [project, ...delivery.dependsOn, ...delivery.neededBy] },
        { type: 'project_update', records: delivery.updates },
        { type: 'idea', records: idea ? [idea] : [] },
      ],
      { original },
    );
    const [shown] = texts.records('project', [project], ['title', 'summary', 'description']);
    const updates = texts.records('project_update', delivery.updates, ['title', 'body']);
    // The projects it depends on and those that need it, by their titles in the reader's language.
    const related = <D extends { id: string; title: string }>(d: D) => {
      const title = texts.shown('project', d.id, 'title', d.title);
      return { ...d, title: title.text, titleLang: title.lang };
    };
    return c.html(
      <ProjectPage
        ctx={ctx}
        shown={{ ...shown!.shown, original }}
        project={project}
        lookup={lookup}
        milestones={milestones}
        history={history}
        proposals={proposals}
        council={council}
        idea={idea && { ...idea, title: texts.shown('idea', idea.id, 'title', idea.title).text }}
        delivery={
          <DeliveryPublic
            ctx={ctx}
            delivery={{
              ...delivery,
              updates,
              dependsOn: delivery.dependsOn.map(related),
              neededBy: delivery.neededBy.map(related),
            }}
            feedHref={`/projekte/${project.slug}/neuigkeiten.atom`}
            translation={{
              originalHref: `/projekte/${project.slug}?original=1#updates-title`,
              translatedHref: original ? `/projekte/${project.slug}#updates-title` : undefined,
            }}
          />
        }
        timeline={<Timeline ctx={ctx} events={buildTimeline(project, milestones, history, updates)} />}
      />,
    );
  });

  const staff = requirePermission(PROJECT_PERMISSIONS, 'project:read-internal');

  app.get('/intern/projekte', staff, async (c) => {
    const query = ZInternalListQuery.parse(c.req.query());
    const table = await internalProjectTable(deps, c.get('tenant').id, query, todayOf(c));
    return c.html(
      <InternalProjectList
        ctx={pageCtx(c)}
        table={table}
        query={query}
        canCreate={canCreateProject(c.get('actor'))}
      />,
    );
  });

  // The same list, filtered and ordered the same way, as a download.
  app.get('/intern/projekte.csv', staff, async (c) => {
    const query = ZInternalListQuery.parse(c.req.query());
    const { rows } = await internalProjectTable(deps, c.get('tenant').id, query, todayOf(c));
    c.header('Content-Disposition', `attachment; filename="projekte-${todayOf(c)}.csv"`);
    c.header('Cache-Control', 'no-store');
    return c.body(projectListCsv(c.get('t'), c.get('lang'), deps.config.baseUrl, rows), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
    });
  });

  app.get('/intern/projekte.xlsx', staff, async (c) => {
    const query = ZInternalListQuery.parse(c.req.query());
    const { rows } = await internalProjectTable(deps, c.get('tenant').id, query, todayOf(c));
    const t = c.get('t');
    const file = await projectListXlsx(t, deps.config.baseUrl, rows, {
      city: c.get('tenant').cityName,
      title: t('internal.projects.title'),
    });
    c.header('Content-Disposition', `attachment; filename="projekte-${todayOf(c)}.xlsx"`);
    c.header('Cache-Control', 'no-store');
    return c.body(new Uint8Array(file), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  });

  const projectPage = async (
    c: Ctx,
    extra: {
      milestoneValues?: Record<string, string>;
      milestoneErrors?: FormErrors;
      reportValues?: Record<string, string>;
      reportErrors?: FormErrors;
      deliveryFailed?: DeliveryFailure;
    } = {},
  ) => {
    const tenant = c.get('tenant');
    const actor = actorOf(c);
    const project = await getProject(db, tenant.id, actor, c.req.param('id') ?? '');
    const cyclesWithTasks = openCycles(db, tenant.id).then(async (cycles) => ({
      cycles,
      tasks: await reportTasksOfProjects(
        db,
        tenant.id,
        cycles.map((x) => x.id),
        [project.id],
      ),
    }));
    const [{ lookup }, milestones, reports, { cycles, tasks }, canEdit, leadName, links, tree] =
      await Promise.all([
        loadLookup(deps, tenant.id),
        listMilestones(db, tenant.id, project.id),
        reportsOfProject(db, tenant.id, project.id),
        cyclesWithTasks,
        mayEditProject(db, tenant.id, actor, project),
        project.leadAccountId ? findAccountName(db, tenant.id, project.leadAccountId) : undefined,
        strategyLinksOfProject(db, tenant.id, project.id),
        strategyTree(db, tenant.id),
      ]);
    const [delivery, toDate, partners, all, history] = await Promise.all([
      projectDelivery(db, tenant.id, project, { publicView: false }),
      budgetToDate(db, tenant.id, project, todayOf(c)),
      partnerChoices(db, tenant.id),
      // Choices for a new dependency, only for whoever may add one.
      canEdit ? projectOptions(deps, tenant.id) : [],
      approvedHistory(db, tenant.id, project.id),
    ]);
    const { deliveryFailed, ...forms } = extra;
    const failed = extra.milestoneErrors || extra.reportErrors || deliveryFailed;
    const ctx = pageCtx(c);
    const depthOf = (id: string | null, d = 0): number =>
      id ? depthOf(tree.goals.find((g) => g.id === id)?.parentId ?? null, d + 1) : d - 1;
    return c.html(
      <InternalProjectPage
        ctx={ctx}
        project={project}
        lookup={lookup}
        leadName={leadName}
        milestones={milestones}
        reports={reports}
        reportCycle={reportCycleFor(
          project,
          cycles,
          tasks.map((x) => x.cycleId),
          reports.map((r) => r.report),
          // The cycle of a refused form, or the one a task's link asks for.
          forms.reportValues?.cycleId ?? c.req.query('zyklus'),
        )}
        strategy={{
          goals: tree.goals
            .filter((g) => g.fieldOfActionId === project.fieldOfActionId)
            .map((g) => ({ id: g.id, title: g.title, depth: depthOf(g.id) })),
          guidelines: tree.guidelines.map((g) => ({ id: g.id, title: g.title })),
          goalIds: links.goalIds,
          guidelineIds: links.guidelineIds,
        }}
        health={
          ACTIVE_PHASES.includes(project.phase)
            ? computeHealth(
                {
                  milestones,
                  cycles: cycleFacts(
                    cycles,
                    reports.map((r) => r.report),
                    tasks,
                  ),
                  ...toDate,
                },
                todayOf(c),
              )
            : undefined
        }
        canEdit={canEdit}
        delivery={
          <DeliveryInternal
            ctx={ctx}
            project={project}
            delivery={delivery}
            canEdit={canEdit}
            partners={partners}
            projects={all}
            failed={deliveryFailed}
          />
        }
        timeline={
          <Timeline ctx={ctx} events={buildTimeline(project, milestones, history, delivery.updates)} />
        }
        {...forms}
      />,
      failed ? 422 : 200,
    );
  };

  app.get('/intern/projekte/:id', staff, (c) => projectPage(c));
  app.route(
    '/',
    deliveryRoutes(deps, (c, failed) => projectPage(c, { deliveryFailed: failed })),
  );

  app.post('/intern/projekte/:id/strategie', staff, async (c) => {
    const tenant = c.get('tenant');
    const [links, tree] = await Promise.all([readForm(c, ZStrategyLinksInput), strategyTree(db, tenant.id)]);
    await setStrategyLinks(
      db,
      tenant.id,
      actorOf(c),
      c.req.param('id'),
      links,
      {
        goalIds: new Set(tree.goals.map((g) => g.id)),
        guidelineIds: new Set(tree.guidelines.map((g) => g.id)),
      },
      metaOf(c),
    );
    return c.redirect(`/intern/projekte/${c.req.param('id')}?hinweis=saved#hinweis`, 303);
  });

  app.post('/intern/projekte/:id/meilensteine', staff, (c) =>
    handleForm(c, ZAddMilestoneInput, {
      action: (input) =>
        addMilestone(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/projekte/${c.req.param('id')}?hinweis=saved#hinweis`,
      failed: (values, errors) => projectPage(c, { milestoneValues: values, milestoneErrors: errors }),
    }),
  );

  /** A milestone's page: correct its title or due day, or delete it when it was a mistake. */
  const milestonePage = async (c: Ctx, values?: Record<string, string>, errors?: FormErrors) => {
    const { milestone, project } = await getEditableMilestone(
      db,
      c.get('tenant').id,
      actorOf(c),
      c.req.param('id') ?? '',
    );
    return c.html(
      <MilestoneEditPage
        ctx={pageCtx(c)}
        project={project}
        milestone={milestone}
        values={values}
        errors={errors}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/meilensteine/:id', staff, (c) => milestonePage(c));

  app.post('/intern/meilensteine/:id/bearbeiten', staff, (c) =>
    handleForm(c, ZAddMilestoneInput, {
      action: (input) =>
        updateMilestoneDetails(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: (m) => `/intern/projekte/${m.projectId}?hinweis=saved#hinweis`,
      failed: (values, errors) => milestonePage(c, values, errors),
    }),
  );

  app.post('/intern/meilensteine/:id/loeschen', staff, async (c) => {
    const tenantId = c.get('tenant').id;
    if (!(await isConfirmed(c))) {
      const { milestone } = await getEditableMilestone(db, tenantId, actorOf(c), c.req.param('id'));
      const t = c.get('t');
      return c.html(
        <ConfirmPage
          ctx={pageCtx(c)}
          title={t('milestone.deleteTitle', { title: milestone.title })}
          intro={t('milestone.deleteIntro')}
          consequences={[t('milestone.deletePages'), t('milestone.deleteHealth'), t('milestone.deleteAudit')]}
          action={`/intern/meilensteine/${milestone.id}/loeschen`}
          confirmLabel={t('milestone.delete')}
          back={{ href: `/intern/meilensteine/${milestone.id}` }}
        />,
      );
    }
    const m = await deleteMilestone(db, tenantId, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(`/intern/projekte/${m.projectId}?hinweis=milestoneDeleted#hinweis`, 303);
  });

  app.post('/intern/meilensteine/:id', staff, async (c) => {
    const { done } = await readForm(c, ZMilestoneDoneInput);
    const m = await setMilestoneDone(db, c.get('tenant').id, actorOf(c), c.req.param('id'), done, metaOf(c));
    return c.redirect(`/intern/projekte/${m.projectId}?hinweis=saved#hinweis`, 303);
  });

  app.post('/intern/projekte/:id/statusberichte', staff, (c) =>
    handleForm(c, ZSubmitStatusReportInput, {
      action: (input) =>
        submitStatusReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/projekte/${c.req.param('id')}?hinweis=reportSubmitted#hinweis`,
      failed: (values, errors) => projectPage(c, { reportValues: values, reportErrors: errors }),
    }),
  );

  app.route('/', strategyPages(deps));

  return app;
}
