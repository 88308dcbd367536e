/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { zPageNumber } from '../../platform/validation.ts';
import { pageCtx } from '../../ui/page.ts';
import { activePortfolio } from '../delivery/delivery.service.ts';
import { cyclesRoutes } from './cycles.routes.tsx';
import { owedInOpenCycles } from './cycles.service.ts';
import { REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { ZReviewReportInput } from './reviews.schemas.ts';
import { approvalQueue, healthOfProjects, reportWithProject, reviewStatusReport } from './reviews.service.ts';
import { ApprovalQueuePage, QUEUE_PAGE_SIZE, queuePageHref } from './views/queue.tsx';

/** The office heads' approval queue for status reports. */
export function reviewsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const reviewers = requirePermission(REVIEW_PERMISSIONS, 'report:read-queue');

  /** The queue with each project's computed health beside what its lead reports. */
  const queueWithHealth = async (c: Ctx) => {
    const tenant = c.get('tenant');
    const today = todayOf(c);
    const items = await approvalQueue(db, tenant.id, actorOf(c));
    // An empty queue (most staff's) needs no facts of the portfolio.
    if (!items.length) return [];
    const [portfolio, owed] = await Promise.all([
      activePortfolio(db, tenant.id, today),
      owedInOpenCycles(db, tenant.id),
    ]);
    const healthOf = healthOfProjects(portfolio, owed, today);
    return items.map((item) => ({ ...item, health: healthOf.get(item.project.id) }));
  };

  /** The queue's page asked for (`seite`), 1 when missing or malformed. */
  const pageOf = (c: Ctx) => zPageNumber().parse(c.req.query('seite'));

  /** "Statusbericht 2026-Q3 für „…“ freigegeben": the confirmation names the report, read from the database. */
  const decided = async (c: Ctx) => {
    const id = c.req.query('bericht');
    const notice = c.req.query('hinweis');
    if (!id || (notice !== 'approved' && notice !== 'returned')) return undefined;
    const found = await reportWithProject(db, c.get('tenant').id, id);
    return found
      ? c.get('t')(`approval.done.${notice}`, { period: found.period, project: found.projectTitle })
      : undefined;
  };

  app.get('/intern/statusberichte', reviewers, async (c) => {
    const [items, noticeText] = await Promise.all([queueWithHealth(c), decided(c)]);
    const ctx = pageCtx(c);
    // After a decision the queue is one shorter: its last page may be gone, and the last one left is shown.
    const asked = pageOf(c);
    const last = Math.max(1, Math.ceil(items.length / QUEUE_PAGE_SIZE));
    const page = noticeText ? Math.min(asked, last) : asked;
    return c.html(
      <ApprovalQueuePage ctx={noticeText ? { ...ctx, noticeText } : ctx} items={items} page={page} />,
    );
  });

  app.post('/intern/statusberichte/:id', reviewers, (c) =>
    handleForm(c, ZReviewReportInput, {
      action: (input) =>
        reviewStatusReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      // Back to the page the decision was made on.
      done: (r) =>
        `${queuePageHref(pageOf(c))}${pageOf(c) > 1 ? '&' : '?'}hinweis=${r.state === 'returned' ? 'returned' : 'approved'}&bericht=${r.id}#hinweis`,
      failed: async (values, errors) => {
        const items = await queueWithHealth(c);
        // The page that holds the report whose form failed.
        const at = items.findIndex((i) => i.report.id === c.req.param('id'));
        return c.html(
          <ApprovalQueuePage
            ctx={pageCtx(c)}
            items={items}
            page={at < 0 ? pageOf(c) : Math.floor(at / QUEUE_PAGE_SIZE) + 1}
            failed={{ id: c.req.param('id'), errors, values }}
          />,
          422,
        );
      },
    }),
  );

  app.route('/', cyclesRoutes(deps));
  return app;
}
