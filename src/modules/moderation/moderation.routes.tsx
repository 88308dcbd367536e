/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { AppError } from '../../platform/errors.ts';
import { field, fields, formBody } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import {
  commentQueue,
  dismissReports,
  moderateComments,
  participationCounts,
  reportedItems,
  tellCommenters,
} from '../comments/comments.service.ts';
import { PROPOSAL_PERMISSIONS } from '../proposals/proposals.policy.ts';
import { ZModerationQuery } from '../proposals/proposals.schemas.ts';
import {
  listProcesses,
  MODERATION_PAGE_SIZE,
  moderateProposals,
  moderationQueue,
  proposalStateCounts,
} from '../proposals/proposals.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { listWorkshops, proposalIdsOfWorkshop } from '../workshops/workshops.service.ts';
import { CommentModerationPage, ModerationPage, ReportsPage } from './views/moderation.tsx';

/** The moderation queue: proposals (filters, bulk actions), comments and reported contributions. */
export function moderationRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;

  const moderators = requirePermission(PROPOSAL_PERMISSIONS, 'proposal:moderate');

  const moderationCounts = async (tenantId: string, proposalCounts?: Partial<Record<string, number>>) => {
    const [counts, more] = await Promise.all([
      proposalCounts ? Promise.resolve(proposalCounts) : proposalStateCounts(db, tenantId),
      participationCounts(db, tenantId),
    ]);
    return {
      submitted: counts.submitted ?? 0,
      hidden: counts.hidden ?? 0,
      comments: more.commentsSubmitted,
      reported: more.reported,
    };
  };

  const moderationPage = async (
    c: Ctx,
    form?: { errors: AppError['fields']; selected: string[]; reason: string; duplicateOf: string },
  ) => {
    const tenant = c.get('tenant');
    const query = ZModerationQuery.catch({ state: 'submitted', page: 1 } as never).parse(c.req.query());
    const [strategy, processes, workshops] = await Promise.all([
      cachedStrategy(deps, tenant.id),
      listProcesses(db, tenant.id),
      listWorkshops(db, tenant.id),
    ]);
    const filter = {
      q: query.q ?? '',
      authorKind: query.authorKind ?? '',
      language: query.language ?? '',
      field: query.field ?? '',
      process: query.process ?? '',
      workshop: query.workshop ?? '',
    };
    const state = form ? 'submitted' : query.state;
    const workshop = workshops.find((w) => w.id === filter.workshop);
    const { rows, total, counts, languages } = await moderationQueue(
      db,
      tenant.id,
      actorOf(c),
      state,
      query.page,
      {
        q: filter.q,
        authorKind: filter.authorKind,
        language: filter.language,
        fieldOfActionId: /^([0-9a-f-]{36}|none)$/i.test(filter.field) ? filter.field : undefined,
        processId: processes.find((p) => p.slug === filter.process)?.id,
        idIn: workshop ? await proposalIdsOfWorkshop(db, tenant.id, workshop.id) : undefined,
      },
    );
    return c.html(
      <ModerationPage
        ctx={pageCtx(c)}
        state={state}
        rows={rows}
        total={total}
        page={query.page}
        pageSize={MODERATION_PAGE_SIZE}
        counts={await moderationCounts(tenant.id, counts)}
        filter={filter}
        options={{
          languages,
          fields: fieldOptions(strategy),
          processes: processes.map((p) => ({ value: p.slug, label: p.title })),
          workshops: workshops.map((w) => ({ value: w.id, label: w.title })),
        }}
        errors={form?.errors}
        selected={form?.selected}
        reason={form?.reason}
        duplicateOf={form?.duplicateOf}
      />,
      form ? 422 : 200,
    );
  };

  app.get('/intern/moderation', moderators, (c) => moderationPage(c));

  app.post('/intern/moderation', moderators, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const ids = fields(body, 'ids');
    const requested = field(body, 'action');
    const action = requested === 'hide' || requested === 'duplicate' ? requested : 'publish';
    const reason = field(body, 'reason').trim() || undefined;
    const duplicateOf = field(body, 'duplicateOf').trim() || undefined;
    try {
      await moderateProposals(db, tenant.id, actorOf(c), ids, action, reason, metaOf(c), duplicateOf);
      return c.redirect(`/intern/moderation?hinweis=${action === 'publish' ? 'published' : 'hidden'}`, 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return moderationPage(c, {
        errors: err.fields,
        selected: ids,
        reason: reason ?? '',
        duplicateOf: duplicateOf ?? '',
      });
    }
  });

  const commentsPage = async (
    c: Ctx,
    form?: { errors: AppError['fields']; selected: string[]; reason: string },
  ) => {
    const tenant = c.get('tenant');
    const state = !form && c.req.query('state') === 'hidden' ? 'hidden' : 'submitted';
    const rows = await commentQueue(db, tenant.id, actorOf(c), state);
    return c.html(
      <CommentModerationPage
        ctx={pageCtx(c)}
        state={state}
        rows={rows}
        counts={await moderationCounts(tenant.id)}
        errors={form?.errors}
        selected={form?.selected}
        reason={form?.reason}
      />,
      form ? 422 : 200,
    );
  };

  app.get('/intern/moderation/kommentare', moderators, (c) => commentsPage(c));

  app.post('/intern/moderation/kommentare', moderators, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const ids = fields(body, 'ids');
    const action = field(body, 'action') === 'hide' ? 'hide' : 'publish';
    const reason = field(body, 'reason').trim() || undefined;
    try {
      const result = await moderateComments(db, tenant.id, actorOf(c), ids, action, reason, metaOf(c));
      tellCommenters(deps, tenant, action, result);
      return c.redirect('/intern/moderation/kommentare?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      return commentsPage(c, { errors: err.fields, selected: ids, reason: reason ?? '' });
    }
  });

  const reportsPage = async (c: Ctx, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const rows = await reportedItems(db, tenant.id, actorOf(c));
    return c.html(
      <ReportsPage ctx={pageCtx(c)} rows={rows} counts={await moderationCounts(tenant.id)} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/moderation/meldungen', moderators, (c) => reportsPage(c));

  app.post('/intern/moderation/meldungen', moderators, async (c) => {
    const tenant = c.get('tenant');
    const body = await formBody(c);
    const entityId = field(body, 'entityId');
    const reason = field(body, `reason-${entityId}`).trim() || undefined;
    try {
      if (field(body, 'action') === 'dismiss')
        await dismissReports(db, tenant.id, actorOf(c), [entityId], metaOf(c));
      else if (field(body, 'entityType') === 'comment')
        tellCommenters(
          deps,
          tenant,
          'hide',
          await moderateComments(db, tenant.id, actorOf(c), [entityId], 'hide', reason, metaOf(c)),
        );
      else await moderateProposals(db, tenant.id, actorOf(c), [entityId], 'hide', reason, metaOf(c));
      return c.redirect('/intern/moderation/meldungen?hinweis=saved', 303);
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
      const errors = Object.fromEntries(
        Object.entries(err.fields ?? {}).map(([k, v]) => [k === 'reason' ? `reason-${entityId}` : k, v]),
      );
      return reportsPage(c, errors);
    }
  });

  return app;
}
