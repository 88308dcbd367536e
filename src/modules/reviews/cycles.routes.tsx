/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { currentYear } from '../../platform/dates.ts';
import { AppError } from '../../platform/errors.ts';
import { field, formBody } from '../../platform/http/forms.ts';
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
import { CalendarPage, CycleReviewPage } from './views/cycles.tsx';

const CALENDAR_FIELDS = [
  'officeCadence',
  'officeDueDays',
  'departmentCadence',
  'departmentDueDays',
  'cdoCadence',
  'cdoDueDays',
] as const;
const MEETING_FIELDS = ['title', 'heldOn', 'level', 'orgUnitId', 'cycleId', 'minutes'] as const;

function validationOnly(err: unknown): asserts err is AppError {
  if (!(err instanceof AppError) || err.code !== 'VALIDATION_FAILED') throw err;
}

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

  app.post('/intern/pruefkalender', managers, async (c) => {
    const body = await formBody(c);
    const values = Object.fromEntries(CALENDAR_FIELDS.map((f) => [f, field(body, f)]));
    try {
      await setCalendar(db, c.get('tenant').id, actorOf(c), values as never, metaOf(c));
      return c.redirect('/intern/pruefkalender?hinweis=saved', 303);
    } catch (err) {
      validationOnly(err);
      return calendarPage(c, values, err.fields);
    }
  });

  app.post('/intern/pruefkalender/planen', managers, async (c) => {
    const body = await formBody(c);
    const values = { year: field(body, 'year') };
    try {
      await planYear(db, c.get('tenant').id, actorOf(c), values, metaOf(c));
      return c.redirect('/intern/pruefkalender?hinweis=cyclesPlanned', 303);
    } catch (err) {
      validationOnly(err);
      return calendarPage(c, values, err.fields);
    }
  });

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
    const body = await formBody(c);
    const orgUnitId = field(body, 'orgUnitId');
    const values = { orgUnitId, summary: field(body, orgUnitId ? `summary-${orgUnitId}` : 'summary') };
    try {
      await submitRollup(db, c.get('tenant').id, actorOf(c), c.req.param('id'), values, metaOf(c));
      return c.redirect(`/intern/zyklen/${c.req.param('id')}?hinweis=rollupSaved`, 303);
    } catch (err) {
      validationOnly(err);
      return cyclePage(c, { orgUnitId, values, errors: err.fields });
    }
  });

  // Review meetings with decisions and action items.
  return app;
}
