/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, formBody } from '../../platform/http/forms.ts';
import { clientIp, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { hitRateLimit, RATE_RULES } from '../../platform/rate-limit.ts';
import { pageCtx } from '../../ui/page.ts';
import {
  addComment,
  commentThreads,
  hasSupported,
  reportContent,
  supportCounts,
  supportProposal,
  withdrawSupport,
} from '../comments/comments.service.ts';
import { formerIdeasOfProposal, ideasOfProposal } from '../ideas/ideas.service.ts';
import { projectsOfIdeas } from '../projects/projects.service.ts';
import { attachmentsOf } from '../proposals/attachments.service.ts';
import { ZProposalListQuery } from '../proposals/proposals.schemas.ts';
import { getProposal, listProcesses, searchPublishedProposals } from '../proposals/proposals.service.ts';
import { reportsCoveringProjects } from '../reports/reports.service.ts';
import { latestApprovedStatuses } from '../reviews/reviews.service.ts';
import { followProposal } from '../subscriptions/subscriptions.service.ts';
import { workshopOfProposal } from '../workshops/workshops.service.ts';
import { ProposalListPage } from './views/list.tsx';
import { type PageForm, ProposalPage } from './views/proposal.tsx';

const PAGE_SIZE = 20;

/**
 * The published proposals with their supports, and a proposal's page and its journey ("What happened to my proposal?"): submitted ▸ published ▸ idea ▸
 * project ▸ latest approved status ▸ progress report, with supports, comments, following and reporting.
 * It sits above every module it shows, so each of them stays free of the later stages.
 */
export function journeysRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  app.get('/mitmachen/vorschlaege', async (c) => {
    const tenant = c.get('tenant');
    const query = ZProposalListQuery.catch({ q: '', page: 1 }).parse(c.req.query());
    const processes = await listProcesses(db, tenant.id);
    const process = processes.find((p) => p.slug === query.process);
    const { rows, total } = await searchPublishedProposals(db, tenant.id, {
      q: query.q,
      page: query.page,
      pageSize: PAGE_SIZE,
      processId: process?.id,
    });
    const counts = await supportCounts(
      db,
      tenant.id,
      rows.map((r) => r.id),
    );
    return c.html(
      <ProposalListPage
        ctx={pageCtx(c)}
        q={query.q}
        process={process?.slug ?? ''}
        processes={processes}
        rows={rows.map((r) => ({ ...r, supports: counts.get(r.id) ?? 0 }))}
        total={total}
        page={query.page}
        pageSize={PAGE_SIZE}
      />,
    );
  });

  /** The proposal page; a form on it that failed comes back with what was typed and the messages. */
  const proposalPage = async (c: Ctx, id: string, form?: PageForm) => {
    const tenant = c.get('tenant');
    const actor = c.get('actor');
    const p = await getProposal(db, tenant.id, actor, id);
    const [processes, ideas, formerIdeas, attachments, counts, supported, comments, workshop] =
      await Promise.all([
        p.processId ? listProcesses(db, tenant.id) : Promise.resolve([]),
        ideasOfProposal(db, tenant.id, p.id),
        formerIdeasOfProposal(db, tenant.id, p.id),
        attachmentsOf(db, tenant.id, p.id),
        supportCounts(db, tenant.id, [p.id]),
        hasSupported(db, tenant.id, actor, p.id),
        commentThreads(db, tenant.id, p.id),
        workshopOfProposal(db, tenant.id, p.id),
      ]);
    const process = processes.find((x) => x.id === p.processId);
    const projects = (
      await projectsOfIdeas(
        db,
        tenant.id,
        ideas.map((i) => i.id),
      )
    ).filter((pr) => pr.visibility === 'public' || actor);
    const [statuses, reports] = await Promise.all([
      latestApprovedStatuses(
        db,
        tenant.id,
        projects.map((pr) => pr.id),
      ),
      reportsCoveringProjects(
        db,
        tenant.id,
        projects.map((pr) => pr.id),
      ),
    ]);
    return c.html(
      <ProposalPage
        ctx={pageCtx(c)}
        data={{
          proposal: {
            ...p,
            processTitle: process?.title ?? null,
            attribution: process?.attribution ?? null,
            workshop: workshop ? { title: workshop.title, heldOn: workshop.heldOn } : null,
          },
          ideas,
          formerIdeas,
          projects: projects.map((pr) => ({
            slug: pr.slug,
            title: pr.title,
            createdAt: pr.createdAt,
            status: statuses.get(pr.id),
            report: reports.get(pr.id),
          })),
          attachments,
          supports: counts.get(p.id) ?? 0,
          supported,
          comments,
          form,
        }}
      />,
      form ? 422 : 200,
    );
  };

  /** Runs a form of the proposal page: success ▸ back to the page with a notice; bad input ▸ the page with errors. */
  const pageForm = async (
    c: Ctx,
    name: PageForm['name'],
    values: Record<string, string>,
    run: () => Promise<string>,
    fieldName: (field: string) => string = (f) => f,
  ) => {
    const id = c.req.param('id') ?? '';
    try {
      const notice = await run();
      return c.redirect(`/mitmachen/vorschlaege/${id}?hinweis=${notice}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || !['VALIDATION_FAILED', 'RATE_LIMITED'].includes(err.code)) throw err;
      const errors =
        err.code === 'RATE_LIMITED'
          ? { _form: { key: 'participate.rateLimited' } }
          : Object.fromEntries(Object.entries(err.fields ?? {}).map(([k, v]) => [fieldName(k), v]));
      return proposalPage(c, id, { name, values, errors });
    }
  };

  app.get('/mitmachen/vorschlaege/:id', (c) => proposalPage(c, c.req.param('id')));

  app.post('/mitmachen/vorschlaege/:id/folgen', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const values = {
      email: field(body, 'email'),
      frequency: field(body, 'frequency'),
      consent: field(body, 'consent'),
    };
    return pageForm(c, 'follow', values, async () => {
      await hitRateLimit(db, `follow:${tenant.id}:${clientIp(c, deps.config.trustProxy)}`, RATE_RULES.follow);
      const sub = await followProposal(
        deps,
        tenant,
        c.get('actor'),
        c.req.param('id'),
        values as never,
        c.get('lang'),
      );
      return sub.confirmedAt ? 'followed' : 'follow-requested';
    });
  });

  app.post('/mitmachen/vorschlaege/:id/unterstuetzen', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    if (field(body, 'action') === 'withdraw') {
      await withdrawSupport(db, tenant.id, c.get('actor'), c.req.param('id'));
      return c.redirect(`/mitmachen/vorschlaege/${c.req.param('id')}?hinweis=withdrawn`, 303);
    }
    await supportProposal(db, tenant.id, c.get('actor'), c.req.param('id'), {
      notify: field(body, 'notify') === 'on',
      frequency: 'immediate',
      lang: c.get('lang'),
    });
    return c.redirect(`/mitmachen/vorschlaege/${c.req.param('id')}?hinweis=supported`, 303);
  });

  app.post('/mitmachen/vorschlaege/:id/kommentare', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const parentId = field(body, 'parentId');
    const values = { body: field(body, parentId ? `reply-${parentId}` : 'body'), parentId };
    return pageForm(
      c,
      'comment',
      values,
      async () => {
        if (c.get('actor'))
          await hitRateLimit(db, `comment:${tenant.id}:${c.get('actor')!.accountId}`, RATE_RULES.comment);
        await addComment(db, tenant.id, c.get('actor'), c.req.param('id'), values, metaOf(c));
        return 'comment-submitted';
      },
      (f) => (f === 'body' && parentId ? `reply-${parentId}` : f),
    );
  });

  app.post('/mitmachen/vorschlaege/:id/melden', async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const entityId = field(body, 'entityId');
    const values = {
      entityType: field(body, 'entityType'),
      entityId,
      reason: field(body, `reason-${entityId}`),
    };
    return pageForm(
      c,
      'report',
      values,
      async () => {
        await hitRateLimit(
          db,
          `report:${tenant.id}:${clientIp(c, deps.config.trustProxy)}`,
          RATE_RULES.report,
        );
        await reportContent(db, tenant.id, c.get('actor'), values as never, metaOf(c));
        return 'reported';
      },
      (f) => (f === 'reason' ? `reason-${entityId}` : f),
    );
  });

  return app;
}
