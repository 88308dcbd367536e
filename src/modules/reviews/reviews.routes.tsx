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
import {
  approvalQueuePage,
  healthOfProjects,
  positionInQueue,
  reportWithProject,
  reviewStatusReport,
} from './reviews.service.ts';
import { ApprovalQueuePage, QUEUE_PAGE_SIZE, queuePageHref } from './views/queue.tsx';

/** The office heads' approval queue for status reports. */
export function reviewsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const reviewers = requirePermission(REVIEW_PERMISSIONS, 'report:read-queue');

  /** A page of the queue with each project's computed health beside what its lead reports. */
  const queueWithHealth = async (c: Ctx, page: number, clamp = false) => {
    const tenant = c.get('tenant');
    const today = todayOf(c);
    const queue = await approvalQueuePage(db, tenant.id, actorOf(c), { page, size: QUEUE_PAGE_SIZE, clamp });
    // An empty queue (most staff's) needs no facts; a page needs its own projects' only.
    if (!queue.items.length) return queue;
    const ids = queue.items.map((i) => i.project.id);
    const [portfolio, owed] = await Promise.all([
      activePortfolio(db, tenant.id, today, ids),
      owedInOpenCycles(db, tenant.id, ids),
    ]);
    const healthOf = healthOfProjects(portfolio, owed, today);
    return {
      ...queue,
      items: queue.items.map((item) => ({ ...item, health: healthOf.get(item.project.id) })),
    };
  };

  /** The queue's page asked for (`seite`), 1 when missing or malformed. */
  const askedPage = (c: Ctx) => zPageNumber().parse(c.req.query('seite'));

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
    const noticeText = await decided(c);
    // After a decision the queue is one shorter: its last page may be gone, and the last one left is shown.
    const queue = await queueWithHealth(c, askedPage(c), noticeText !== undefined);
    const ctx = pageCtx(c);
    return c.html(
      <ApprovalQueuePage
        ctx={noticeText ? { ...ctx, noticeText } : ctx}
        items={queue.items}
        total={queue.total}
        page={queue.page}
      />,
    );
  });

  // A decision's address reloaded (it stays in the address bar after a refused form): the report in the
  // queue, on its page and at its heading; a report decided meanwhile, the queue.
  app.get('/intern/statusberichte/:id', reviewers, async (c) => {
    const id = c.req.param('id');
    const at = await positionInQueue(db, c.get('tenant').id, actorOf(c), id);
    return c.redirect(
      at < 0 ? '/intern/statusberichte' : `${queuePageHref(Math.floor(at / QUEUE_PAGE_SIZE) + 1)}#r-${id}`,
      303,
    );
  });

  app.post('/intern/statusberichte/:id', reviewers, (c) =>
    handleForm(c, ZReviewReportInput, {
      action: (input) =>
        reviewStatusReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      // Back to the page the decision was made on.
      done: (r) =>
        `${queuePageHref(askedPage(c))}${askedPage(c) > 1 ? '&' : '?'}hinweis=${r.state === 'returned' ? 'returned' : 'approved'}&bericht=${r.id}#hinweis`,
      failed: async (values, errors) => {
        // The page that holds the report whose form failed.
        const at = await positionInQueue(db, c.get('tenant').id, actorOf(c), c.req.param('id'));
        const queue = await queueWithHealth(c, at < 0 ? askedPage(c) : Math.floor(at / QUEUE_PAGE_SIZE) + 1);
        return c.html(
          <ApprovalQueuePage
            ctx={pageCtx(c)}
            items={queue.items}
            total={queue.total}
            page={queue.page}
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
