/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { type FormErrors, handleForm, isConfirmed } from '../../platform/http/forms.ts';
import { actorOf, metaOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import { listReviewCycles } from '../reviews/reviews.service.ts';
import { PROGRESS_REPORT_PERMISSIONS } from './reports.policy.ts';
import { ZCreateProgressReportInput } from './reports.schemas.ts';
import {
  draftProgressReport,
  getPublishedReport,
  getReportForEditing,
  listProgressReports,
  publishProgressReport,
} from './reports.service.ts';
import { InternalReportPage, InternalReportsPage, ReportListPage, ReportPage } from './views/reports.tsx';

/** /berichte (the public archive) and the CDO team's drafting and publishing. */
export function reportsRoutes(deps: Deps) {
  const app = new Hono<AppEnv>();
  const { db } = deps.database;
  const cdo = requirePermission(PROGRESS_REPORT_PERMISSIONS, 'reporting:manage');

  app.get('/berichte', async (c) => {
    const tenant = c.get('tenant');
    const rows = await listProgressReports(db, tenant.id, null);
    const original = c.req.query('original') === '1';
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [{ type: 'progress_report', records: rows }],
      { original },
    );
    return c.html(
      <ReportListPage
        ctx={pageCtx(c)}
        rows={texts.records('progress_report', rows, ['title'])}
        translation={{
          originalHref: '/berichte?original=1',
          translatedHref: original ? '/berichte' : undefined,
        }}
      />,
    );
  });

  app.get('/berichte/:slug{[a-z0-9-]{1,120}}', async (c) => {
    const tenant = c.get('tenant');
    const { report, period, items } = await getPublishedReport(db, tenant.id, c.req.param('slug'));
    // The report, each project's status summary and title in the reader's language where translated.
    const original = c.req.query('original') === '1';
    const texts = await translationLookup(
      db,
      tenant.id,
      c.get('lang'),
      [
        { type: 'progress_report', records: [report] },
        { type: 'progress_report_item', records: items },
        { type: 'project', records: items.map((i) => ({ id: i.projectId })) },
      ],
      { original },
    );
    const path = `/berichte/${report.slug}`;
    return c.html(
      <ReportPage
        ctx={pageCtx(c)}
        report={texts.records('progress_report', [report], ['title', 'summary'])[0]!}
        period={period}
        items={items.map((i) => ({
          ...i,
          shown: {
            title: texts.shown('project', i.projectId, 'title', i.title),
            statusSummary: texts.shown('progress_report_item', i.id, 'summary', i.statusSummary),
          },
        }))}
        translation={{ originalHref: `${path}?original=1`, translatedHref: original ? path : undefined }}
      />,
    );
  });

  const internalList = async (c: Ctx, values: Record<string, string> = {}, errors?: FormErrors) => {
    const tenant = c.get('tenant');
    const [rows, cycles] = await Promise.all([
      listProgressReports(db, tenant.id, actorOf(c)),
      listReviewCycles(db, tenant.id),
    ]);
    return c.html(
      <InternalReportsPage ctx={pageCtx(c)} rows={rows} cycles={cycles} values={values} errors={errors} />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/berichte', cdo, (c) => internalList(c));

  app.post('/intern/berichte', cdo, (c) =>
    handleForm(c, ZCreateProgressReportInput, {
      action: (input) => draftProgressReport(db, c.get('tenant').id, actorOf(c), input, metaOf(c)),
      done: (report) => `/intern/berichte/${report.id}?hinweis=created`,
      failed: (values, errors) => internalList(c, values, errors),
    }),
  );

  app.get('/intern/berichte/:id{[0-9a-f-]{36}}', cdo, async (c) => {
    const { report, period, items } = await getReportForEditing(
      db,
      c.get('tenant').id,
      actorOf(c),
      c.req.param('id'),
    );
    return c.html(<InternalReportPage ctx={pageCtx(c)} report={report} period={period} items={items} />);
  });

  /** Publishing freezes the report and tells followers: first a page that says so, with what it holds. */
  const confirmPublish = async (c: Ctx) => {
    const t = c.get('t');
    const { report, period, items } = await getReportForEditing(
      db,
      c.get('tenant').id,
      actorOf(c),
      c.req.param('id') ?? '',
    );
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('progressReports.publishTitle', { title: report.title })}
        intro={t('progressReports.publishIntro', { period })}
        consequences={[
          t('progressReports.publishProjects', { count: items.length }),
          t('progressReports.publishFrozen'),
          t('progressReports.publishFollowers'),
        ]}
        action={`/intern/berichte/${report.id}/veroeffentlichen`}
        confirmLabel={t('progressReports.publish')}
        back={{ href: `/intern/berichte/${report.id}` }}
      />,
    );
  };

  app.get('/intern/berichte/:id{[0-9a-f-]{36}}/veroeffentlichen', cdo, (c) => confirmPublish(c));

  app.post('/intern/berichte/:id{[0-9a-f-]{36}}/veroeffentlichen', cdo, async (c) => {
    if (!(await isConfirmed(c))) return confirmPublish(c);
    await publishProgressReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(`/intern/berichte/${c.req.param('id')}?hinweis=reportPublished#hinweis`, 303);
  });

  return app;
}
