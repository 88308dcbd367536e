/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { handleForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import { cyclesRoutes } from './cycles.routes.tsx';
import { REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { ZReviewReportInput } from './reviews.schemas.ts';
import { approvalQueue, reviewStatusReport } from './reviews.service.ts';
import { ApprovalQueuePage } from './views/queue.tsx';

/** The office heads' approval queue for status reports. */
export function reviewsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const reviewers = requirePermission(REVIEW_PERMISSIONS, 'report:read-queue');

  app.get('/intern/statusberichte', reviewers, async (c) => {
    const items = await approvalQueue(db, c.get('tenant').id, actorOf(c));
    return c.html(<ApprovalQueuePage ctx={pageCtx(c)} items={items} />);
  });

  app.post('/intern/statusberichte/:id', reviewers, (c) =>
    handleForm(c, ZReviewReportInput, {
      action: (input) =>
        reviewStatusReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: (r) => `/intern/statusberichte?hinweis=${r.state === 'returned' ? 'returned' : 'approved'}`,
      failed: async (values, errors) =>
        c.html(
          <ApprovalQueuePage
            ctx={pageCtx(c)}
            items={await approvalQueue(db, c.get('tenant').id, actorOf(c))}
            failed={{ id: c.req.param('id'), errors, values }}
          />,
          422,
        ),
    }),
  );

  app.route('/', cyclesRoutes(deps));
  return app;
}
