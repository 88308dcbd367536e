/** @jsxImportSource hono/jsx */

import { Hono } from 'hono';
import { currentYear } from '../../platform/dates.ts';
import type { AppError } from '../../platform/errors.ts';
import { handleForm, isConfirmed, readForm } from '../../platform/http/forms.ts';
import { actorOf, metaOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { formatDate, formatList } from '../../platform/i18n/i18n.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import {
  closeCycle,
  cycleReview,
  earlierStillOpen,
  getCalendar,
  leftWithoutSummary,
  listCyclesForCalendar,
  openCycle,
  openCycleProgress,
  planYear,
  removePlannedCycle,
  setCalendar,
  submitRollup,
  unfinishedBelow,
} from './cycles.service.ts';
import { canManageCycles, REVIEW_PERMISSIONS } from './reviews.policy.ts';
import { ZCalendarInput, ZPlanYearInput, ZRollupInput, ZRollupUnit } from './reviews.schemas.ts';
import { findReviewCycle } from './reviews.service.ts';
import { REVIEW_LEVELS } from './reviews.table.ts';
import { CalendarPage, CycleReviewPage } from './views/cycles.tsx';

/** Where a question about a cycle no longer in the calendar leads. */
const GONE = '/intern/pruefkalender?hinweis=cycleGone#hinweis';

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
    const mayManage = canManageCycles(c.get('actor'));
    // The CDO team sees how far each open cycle is (the cycle pages show the others their own department).
    const progress = mayManage ? await openCycleProgress(db, tenant.id, cycles) : undefined;
    const ctx = pageCtx(c);
    const t = c.get('t');
    // "Zyklus 2026-Q4 (Ämter) ist abgeschlossen.", "Die Zyklen des Jahres 2028 sind geplant.": the
    // confirmation names the cycle or the year.
    const notice = c.req.query('hinweis');
    const closed = notice === 'cycleClosed' && cycles.find((x) => x.id === c.req.query('zyklus'));
    const year = /^\d{4}$/.exec(c.req.query('jahr') ?? '')?.[0];
    // A year planned before and completed (a cycle removed, planned again): how many were added, when fewer
    // than the year now has (walk: it said "planned" as if all were new).
    const added = (y: string) => {
      const n = Number(c.req.query('neu'));
      return Number.isInteger(n) && n > 0 && n < cycles.filter((x) => x.period.startsWith(y)).length ? n : 0;
    };
    const period = /^\d{4}-(Q[1-4]|H[12])$/.exec(c.req.query('zeitraum') ?? '')?.[0];
    const level = REVIEW_LEVELS.find((l) => l === c.req.query('ebene'));
    const removed = period && level ? { period, level: t(`reviewLevel.${level}`) } : undefined;
    const noticeText = closed
      ? t('reviewCycle.closedNotice', { period: closed.period, level: t(`reviewLevel.${closed.level}`) })
      : year && notice === 'cyclesPlanned' && added(year)
        ? t('reviewCycle.cyclesAddedNotice', { year, count: added(year) })
        : year && (notice === 'cyclesPlanned' || notice === 'cyclesUnchanged')
          ? t(`reviewCycle.${notice}Notice`, { year })
          : notice === 'cycleRemoved' && removed
            ? t('reviewCycle.removedNotice', removed)
            : undefined;
    return c.html(
      <CalendarPage
        ctx={noticeText ? { ...ctx, noticeText } : ctx}
        calendar={calendar}
        cycles={cycles}
        progress={progress}
        mayManage={mayManage}
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
      action: async (input) => ({
        year: input.year,
        created: await planYear(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      }),
      // A year planned before gains nothing (its cycles are kept): the notice says so, not "planned" again.
      done: ({ year, created }) =>
        created.length
          ? `/intern/pruefkalender?hinweis=cyclesPlanned&jahr=${year}&neu=${created.length}`
          : `/intern/pruefkalender?hinweis=cyclesUnchanged&jahr=${year}`,
      failed: (values, errors) => calendarPage(c, values, errors),
    }),
  );

  /**
   * The planned cycle a question is about, and its name; one opened meanwhile (or closed) is a redirect to
   * its page, which says how it stands.
   */
  const plannedCycle = async (c: Ctx, notice: 'cycleNotPlanned' | 'cycleNotRemovable') => {
    const cycle = await findReviewCycle(db, c.get('tenant').id, c.req.param('id') ?? '');
    // Removed meanwhile (in another tab, or the way back after removing it): the calendar says so.
    if (!cycle) return c.redirect(GONE, 303);
    if (cycle.state !== 'planned') return c.redirect(`/intern/zyklen/${cycle.id}?hinweis=${notice}`, 303);
    const t = c.get('t');
    return { cycle, name: { period: cycle.period, level: t(`reviewLevel.${cycle.level}`) } };
  };

  /** Opening gives every running project a task (overdue at once for a past period): a page asks first. */
  const confirmOpen = async (c: Ctx) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const planned = await plannedCycle(c, 'cycleNotPlanned');
    if (planned instanceof Response) return planned;
    const { cycle, name } = planned;
    const [below, earlier] = await Promise.all([
      unfinishedBelow(db, c.get('tenant').id, cycle),
      earlierStillOpen(db, c.get('tenant').id, cycle),
    ]);
    const roles = { office: 'openTasks', department: 'openRollups', cdo: 'openRollupsCdo' } as const;
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('reviewCycle.openTitle', name)}
        intro={t('reviewCycle.openIntro', {
          start: formatDate(lang, cycle.startsOn),
          end: formatDate(lang, cycle.endsOn),
          due: formatDate(lang, cycle.dueOn),
        })}
        consequences={[
          t(`reviewCycle.${roles[cycle.level]}`),
          ...(cycle.dueOn < todayOf(c)
            ? [t(cycle.level === 'office' ? 'reviewCycle.openLate' : 'reviewCycle.openLateRollups')]
            : []),
          // What the summaries would rest on and is not there yet: a lower cycle not opened or not complete.
          ...below.flatMap((b) => {
            const lower = { period: b.period, level: t(`reviewLevel.${b.level}`), count: b.missing };
            if (b.state === 'planned') return [t('reviewCycle.openBelowPlanned', lower)];
            return [
              ...(b.missing
                ? [
                    t(
                      b.level === 'office' ? 'reviewCycle.openBelowReports' : 'reviewCycle.openBelowRollups',
                      lower,
                    ),
                  ]
                : []),
              ...(b.waiting ? [t('reviewCycle.openBelowWaiting', { ...lower, count: b.waiting })] : []),
              ...(b.approvedSince
                ? [t('reviewCycle.openBelowSince', { ...lower, count: b.approvedSince })]
                : []),
            ];
          }),
          // An earlier office cycle still missing reports runs on beside this one.
          ...earlier.map((e) =>
            t('reviewCycle.openEarlier', {
              period: e.period,
              level: t(`reviewLevel.${e.level}`),
              count: e.missing,
            }),
          ),
          ...(earlier.length ? [t('reviewCycle.openSideBySide')] : []),
          t('reviewCycle.openFinal'),
        ]}
        action={`/intern/zyklen/${cycle.id}/oeffnen`}
        confirmLabel={t('reviewCycle.open', name)}
        back={{ href: '/intern/pruefkalender' }}
      />,
    );
  };

  app.get('/intern/zyklen/:id/oeffnen', managers, (c) => confirmOpen(c));

  /** A cycle planned by mistake goes before it is opened, after a page that asks. */
  const confirmRemove = async (c: Ctx) => {
    const t = c.get('t');
    const planned = await plannedCycle(c, 'cycleNotRemovable');
    if (planned instanceof Response) return planned;
    const { cycle, name } = planned;
    // What it would have summed up (walk: removing a department cycle said nothing of the office cycle's
    // reports waiting below it).
    const uncovered = await leftWithoutSummary(db, c.get('tenant').id, cycle);
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('reviewCycle.removeTitle', name)}
        // Not "cannot be undone": the year is planned again at will.
        heading={t('reviewCycle.removeHeading')}
        intro={t('reviewCycle.removeIntro')}
        consequences={[
          ...(uncovered.length
            ? [
                t('reviewCycle.removeUncovered', {
                  periods: formatList(
                    c.get('lang'),
                    uncovered.map((u) => `${u.period} (${t(`reviewLevel.${u.level}`)})`),
                  ),
                }),
              ]
            : []),
          t('reviewCycle.removeAgain'),
          t('reviewCycle.removeAudit'),
        ]}
        action={`/intern/zyklen/${cycle.id}/entfernen`}
        confirmLabel={t('reviewCycle.remove', name)}
        back={{ href: '/intern/pruefkalender' }}
      />,
    );
  };

  app.get('/intern/zyklen/:id/entfernen', managers, (c) => confirmRemove(c));

  app.post('/intern/zyklen/:id/entfernen', managers, async (c) => {
    if (!(await isConfirmed(c))) return confirmRemove(c);
    // Confirmed twice (two tabs): the first removed it.
    const cycle = await findReviewCycle(db, c.get('tenant').id, c.req.param('id') ?? '');
    if (!cycle) return c.redirect(GONE, 303);
    await removePlannedCycle(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    // The notice names the cycle removed; it is gone, so the address carries its name.
    const named = new URLSearchParams({
      hinweis: 'cycleRemoved',
      zeitraum: cycle.period,
      ebene: cycle.level,
    });
    return c.redirect(`/intern/pruefkalender?${named}#hinweis`, 303);
  });

  app.post('/intern/zyklen/:id/oeffnen', managers, async (c) => {
    if (!(await isConfirmed(c))) return confirmOpen(c);
    const { cycle } = await openCycle(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    const notice = cycle.level === 'office' ? 'cycleOpened' : 'cycleOpenedRollup';
    return c.redirect(`/intern/zyklen/${cycle.id}?hinweis=${notice}`, 303);
  });

  /** Closing cannot be undone: first a page that says what is still missing and what closing means. */
  const confirmClose = async (c: Ctx) => {
    const t = c.get('t');
    const r = await cycleReview(db, c.get('tenant').id, c.get('actor'), c.req.param('id') ?? '', todayOf(c));
    const name = { period: r.cycle.period, level: t(`reviewLevel.${r.cycle.level}`) };
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('reviewCycle.closeTitle', name)}
        intro={t('reviewCycle.closeIntro', name)}
        consequences={[
          ...(r.totals.open ? [t('reviewCycle.closeMissing', { count: r.totals.open })] : []),
          ...(r.totals.pending ? [t('reviewCycle.closePending', { count: r.totals.pending })] : []),
          t('reviewCycle.closeFrozen'),
        ]}
        action={`/intern/zyklen/${r.cycle.id}/schliessen`}
        confirmLabel={t('reviewCycle.close', name)}
        back={{ href: '/intern/pruefkalender' }}
      />,
    );
  };

  app.get('/intern/zyklen/:id/schliessen', managers, (c) => confirmClose(c));

  app.post('/intern/zyklen/:id/schliessen', managers, async (c) => {
    if (!(await isConfirmed(c))) return confirmClose(c);
    const { cycle } = await closeCycle(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(`/intern/pruefkalender?hinweis=cycleClosed&zyklus=${cycle.id}#hinweis`, 303);
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
