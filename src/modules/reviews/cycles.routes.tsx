/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { currentYear } from '../../platform/dates.ts';
import type { AppError } from '../../platform/errors.ts';
import { handleForm, readForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { pageCtx } from '../../ui/page.ts';
import {
  closeCycle,
  cycleReview,
  getCalendar,
  listCyclesForCalendar,
  openCycle,
  planYear,
  setCalendar,
  submitRollup,
} from './cycles.service.ts';
import { canManageCycles, REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { ZCalendarInput, ZPlanYearInput, ZRollupInput, ZRollupUnit } from './reviews.schemas.ts';
import { CalendarPage, CycleReviewPage } from './views/cycles.tsx';

const MEETING_FIELDS = ['title', 'heldOn', 'level', 'orgUnitId', 'cycleId', 'minutes'] as const;

/** The review calendar, each cycle's review and roll-ups, review meetings and the personal task list. */
export function cyclesRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const readers = requirePermission(REVIEW_PERMISSIONS, 'review:read');
  const managers = requirePermission(REVIEW_PERMISSIONS, 'cycle:manage');
  const holders = requirePermission(REVIEW_PERMISSIONS, 'meeting:hold');

  const calendarPage = async (c: Ctx, values?: Record<string, string>, errors?: AppError['fields']) => {
    const tenant = c.get('tenant');
    const [calendar, cycles] = await Promise.all([
      getCalendar(db, tenant.id),
      listCyclesForCalendar(db, tenant.id),
    ]);
    return c.html(
      <CalendarPage
        ctx={pageCtx(c)}
        calendar={calendar}
        cycles={cycles}
        mayManage={canManageCycles(c.get('actor'))}
        values={values}
        errors={errors}
        year={currentYear(c.get('tenant').timeZone) + 1}
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/pruefkalender', readers, (c) => calendarPage(c));

  app.post('/intern/pruefkalender', managers, (c) =>
    handleForm(c, ZCalendarInput, {
      action: (input) => setCalendar(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => '/intern/pruefkalender?hinweis=saved',
      failed: (values, errors) => calendarPage(c, values, errors),
    }),
  );

  app.post('/intern/pruefkalender/planen', managers, (c) =>
    handleForm(c, ZPlanYearInput, {
      action: (input) => planYear(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: () => '/intern/pruefkalender?hinweis=cyclesPlanned',
      failed: (values, errors) => calendarPage(c, values, errors),
    }),
  );

  app.post('/intern/zyklen/:id/oeffnen', managers, async (c) => {
    await openCycle(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(`/intern/zyklen/${c.req.param('id')}?hinweis=cycleOpened`, 303);
  });

  app.post('/intern/zyklen/:id/schliessen', managers, async (c) => {
    await closeCycle(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect('/intern/pruefkalender?hinweis=cycleClosed', 303);
  });

  const cyclePage = async (
    c: Ctx,
    failed?: { orgUnitId: string; values: Record<string, string>; errors: AppError['fields'] },
  ) => {
    const review = await cycleReview(
      db,
      c.get('tenant').id,
      c.get('actor'),
      c.req.param('id') ?? '',
      todayOf(c),
    );
    return c.html(<CycleReviewPage ctx={pageCtx(c)} review={review} failed={failed} />, failed ? 422 : 200);
  };

  app.get('/intern/zyklen/:id', readers, (c) => cyclePage(c));

  app.post('/intern/zyklen/:id/rollup', holders, async (c) => {
    // A page shows one roll-up form per unit; each summary field carries the unit in its name.
    const { orgUnitId } = await readForm(c, ZRollupUnit);
    return handleForm(c, ZRollupInput, {
      names: { summary: orgUnitId ? `summary-${orgUnitId}` : 'summary' },
      action: (input) =>
        submitRollup(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/zyklen/${c.req.param('id')}?hinweis=rollupSaved`,
      failed: (values, errors) => cyclePage(c, { orgUnitId, values, errors }),
    });
  });

  return app;
}
