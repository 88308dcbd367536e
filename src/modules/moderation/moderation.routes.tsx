/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { type FormErrors, handleForm, readForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import type { MessageKey } from '../../platform/i18n/i18n.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { ZReportTarget } from '../comments/comments.schemas.ts';
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
  AUTHOR_KINDS,
  duplicateHintsForQueue,
  listProcesses,
  MODERATION_PAGE_SIZE,
  moderateProposals,
  moderationQueue,
  proposalStateCounts,
} from '../proposals/proposals.service.ts';
import { cachedStrategy, fieldOptions } from '../strategy/strategy.service.ts';
import { listWorkshops, proposalIdsOfWorkshop } from '../workshops/workshops.service.ts';
import { ZCommentDecision, ZProposalDecision, ZReportDecision } from './moderation.schemas.ts';
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

  /**
   * Where a decision leads: the queue it was made on (its tab, filter and page, as the form's address
   * carries them) with the notice of what changed.
   */
  const backToQueue = (c: Ctx, path: string, notice: Record<string, string>) => {
    const from = new URL(c.req.url).searchParams;
    const back = new URLSearchParams();
    for (const key of Object.keys(ZModerationQuery.shape)) {
      const value = from.get(key);
      if (value) back.set(key, value);
    }
    for (const [key, value] of Object.entries(notice)) back.set(key, value);
    return `${path}?${back}#hinweis`;
  };

  /**
   * The page's frame with the notice of the decision it returns from (backToQueue's `hinweis`, `anzahl`):
   * "3 Vorschläge sind veröffentlicht.", "Der Kommentar ist ausgeblendet." — it counts what changed.
   */
  const withDecisionNotice = <D extends string>(
    c: Ctx,
    decisions: readonly D[],
    message: (done: D) => MessageKey,
  ) => {
    const ctx = pageCtx(c);
    const done = decisions.find((d) => d === c.req.query('hinweis'));
    const changed = Number(c.req.query('anzahl'));
    return done && Number.isInteger(changed) && changed > 0
      ? { ...ctx, noticeText: c.get('t')(message(done), { count: changed }) }
      : ctx;
  };

  const moderationPage = async (
    c: Ctx,
    form?: { errors: FormErrors; selected: string[]; reason: string; duplicateOf: string },
  ) => {
    const tenant = c.get('tenant');
    const query = ZModerationQuery.catch({ state: 'submitted', page: 1 }).parse(c.req.query());
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
    // A form posts to the page's own address, so a refused decision shows the tab it came from.
    const state = query.state;
    const workshop = workshops.find((w) => w.id === filter.workshop);
    const { rows, total, counts, languages } = await moderationQueue(
      db,
      tenant.id,
      actorOf(c),
      state,
      query.page,
      {
        q: filter.q,
        authorKind: AUTHOR_KINDS.find((k) => k === filter.authorKind),
        language: filter.language,
        fieldOfActionId: /^([0-9a-f-]{36}|none)$/i.test(filter.field) ? filter.field : undefined,
        processId: processes.find((p) => p.slug === filter.process)?.id,
        idIn: workshop ? await proposalIdsOfWorkshop(db, tenant.id, workshop.id) : undefined,
      },
    );
    const lookup =
      state === 'submitted' ? await duplicateHintsForQueue(db, tenant.id, actorOf(c), rows) : undefined;
    return c.html(
      <ModerationPage
        ctx={withDecisionNotice(
          c,
          ['published', 'hidden', 'duplicate'] as const,
          (d) => `moderation.done.${d}`,
        )}
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
        hints={lookup?.hints}
        hintsPending={lookup?.pending}
      />,
      form ? 422 : 200,
    );
  };

  app.get('/intern/moderation', moderators, (c) => moderationPage(c));

  app.post('/intern/moderation', moderators, (c) =>
    handleForm(c, ZProposalDecision, {
      action: (d) => {
        // A hint's own button: that proposal, as a duplicate of that original.
        const decision = d.pick
          ? { ids: [d.pick.id], action: 'duplicate' as const, duplicateOf: d.pick.duplicateOf }
          : d;
        return moderateProposals(
          db,
          c.get('tenant').id,
          actorOf(c),
          decision.ids,
          decision.action,
          d.reason,
          metaOf(c),
          decision.duplicateOf,
        );
      },
      done: (changed) =>
        backToQueue(c, '/intern/moderation', {
          hinweis:
            changed[0]?.proposal.state === 'published'
              ? 'published'
              : changed[0]?.original
                ? 'duplicate'
                : 'hidden',
          anzahl: String(changed.length),
        }),
      failed: (values, errors) =>
        moderationPage(c, {
          errors,
          selected: values.ids,
          reason: values.reason,
          duplicateOf: values.duplicateOf,
        }),
    }),
  );

  const commentsPage = async (c: Ctx, form?: { errors: FormErrors; selected: string[]; reason: string }) => {
    const tenant = c.get('tenant');
    const state = c.req.query('state') === 'hidden' ? 'hidden' : 'submitted';
    const rows = await commentQueue(db, tenant.id, actorOf(c), state);
    return c.html(
      <CommentModerationPage
        ctx={withDecisionNotice(c, ['published', 'hidden'] as const, (d) => `moderation.doneComments.${d}`)}
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

  app.post('/intern/moderation/kommentare', moderators, (c) => {
    const tenant = c.get('tenant');
    return handleForm(c, ZCommentDecision, {
      action: async (d) => {
        const result = await moderateComments(
          db,
          tenant.id,
          actorOf(c),
          d.ids,
          d.action,
          d.reason,
          metaOf(c),
        );
        tellCommenters(deps, tenant, d.action, result);
        return { action: d.action, count: new Set(d.ids).size };
      },
      done: (r) =>
        backToQueue(c, '/intern/moderation/kommentare', {
          hinweis: r.action === 'publish' ? 'published' : 'hidden',
          anzahl: String(r.count),
        }),
      failed: (values, errors) => commentsPage(c, { errors, selected: values.ids, reason: values.reason }),
    });
  });

  const reportsPage = async (c: Ctx, errors?: FormErrors) => {
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
    // Each reported item has its own reason field.
    const { entityId } = await readForm(c, ZReportTarget);
    return handleForm(c, ZReportDecision, {
      names: { reason: `reason-${entityId}` },
      action: async (d) => {
        if (d.action === 'dismiss') await dismissReports(db, tenant.id, actorOf(c), [d.entityId], metaOf(c));
        else if (d.entityType === 'comment')
          tellCommenters(
            deps,
            tenant,
            'hide',
            await moderateComments(db, tenant.id, actorOf(c), [d.entityId], 'hide', d.reason, metaOf(c)),
          );
        else await moderateProposals(db, tenant.id, actorOf(c), [d.entityId], 'hide', d.reason, metaOf(c));
      },
      done: () => '/intern/moderation/meldungen?hinweis=saved',
      failed: (_values, errors) => reportsPage(c, errors),
    });
  });

  return app;
}
