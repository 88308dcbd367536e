/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { barChartSvg } from '../../platform/charts/charts.ts';
import { type FormErrors, type FormValues, handleForm, isConfirmed } from '../../platform/http/forms.ts';
import { actorOf, metaOf, todayOf } from '../../platform/http/guards.ts';
import type { AppEnv, Ctx, Deps } from '../../platform/http/types.ts';
import { formatDate } from '../../platform/i18n/i18n.ts';
import type { Lang } from '../../platform/i18n/langs.ts';
import { CONTENT_LANG } from '../../platform/i18n/shipped.ts';
import { pdfRenderer } from '../../platform/pdf/typst.ts';
import { requirePermission } from '../../platform/permissions.ts';
import { translationLookup } from '../../platform/translation/translation.ts';
import { ConfirmPage } from '../../ui/confirm.tsx';
import { pageCtx } from '../../ui/page.ts';
import {
  CouncilDecisions,
  canManageCouncil,
  mountPaperLinks,
  PaperLinkPanel,
  paperNoticeOf,
  paperPanel,
  papersOfOne,
} from '../council/index.ts';
import { cityLogo } from '../orgs/settings.service.ts';
import { listReviewCycles } from '../reviews/reviews.service.ts';
import { PROGRESS_REPORT_PERMISSIONS } from './reports.policy.ts';
import { ZCreateProgressReportInput, ZUpdateProgressReportInput } from './reports.schemas.ts';
import {
  deleteDraftReport,
  draftProgressReport,
  getPublishedReport,
  getReportForEditing,
  listProgressReports,
  publishProgressReport,
  type ReportContent,
  refreshDraftReport,
  reportContent,
  updateDraftReport,
} from './reports.service.ts';
import { reportPdfJob } from './views/report-pdf.ts';
import { reportXlsx } from './views/report-xlsx.ts';
import {
  InternalReportPage,
  InternalReportsPage,
  ReportListPage,
  ReportPage,
  statusChart,
} from './views/reports.tsx';

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

  type Loaded = Awaited<ReturnType<typeof getPublishedReport>>;
  const contentOf = (c: Ctx, loaded: Loaded, lang: Lang, original: boolean) =>
    reportContent(deps, c.get('tenant').id, loaded, lang, original);

  /** The status counts as a chart, its text alternative naming every number. */
  const chartOf = (c: Ctx, content: ReportContent) =>
    barChartSvg(statusChart(c.get('t'), c.get('lang'), content.counts));

  app.get('/berichte/:slug{[a-z0-9-]{1,120}}', async (c) => {
    const loaded = await getPublishedReport(db, c.get('tenant').id, c.req.param('slug'));
    // The report, each project's status summary and title in the reader's language where translated.
    const original = c.req.query('original') === '1';
    const [content, papers] = await Promise.all([
      contentOf(c, loaded, c.get('lang'), original),
      papersOfOne(db, c.get('tenant').id, { type: 'report', id: loaded.report.id }),
    ]);
    const path = `/berichte/${loaded.report.slug}`;
    const ctx = pageCtx(c);
    return c.html(
      <ReportPage
        ctx={ctx}
        content={content}
        chart={chartOf(c, content)}
        translation={{ originalHref: `${path}?original=1`, translatedHref: original ? path : undefined }}
        council={<CouncilDecisions ctx={ctx} papers={papers} title={c.get('t')('council.presented')} />}
      />,
    );
  });

  /**
   * A report as a tagged PDF (PDF/UA-1) in the reader's language (Arabic right to left). Rendered off the
   * event loop and kept (see platform/pdf); a published report's bytes change only when a translation does.
   */
  const sendPdf = async (c: Ctx, loaded: Loaded, draft: boolean) => {
    const lang = c.get('lang');
    const t = c.get('t');
    const content = await contentOf(c, loaded, lang, false);
    // The portal's address as the reader sees it (https behind the proxy), for each project's link.
    const origin = c.get('origin');
    const tenant = c.get('tenant');
    const logo = tenant.settings.logo ? await cityLogo(deps, tenant.id) : undefined;
    const pdf = await pdfRenderer.render(
      reportPdfJob({
        t,
        lang,
        city: c.get('tenant').cityName,
        portal: lang === CONTENT_LANG ? origin : `${origin}/${lang}`,
        content,
        draft,
        timeZone: tenant.timeZone,
        logo,
      }),
    );
    // No Content-Disposition: the address ends in .pdf, and so the public PDF is kept by the response
    // cache as ready bytes like a page (see app.ts).
    c.header('ETag', pdf.etag);
    if (!draft) c.header('Cache-Control', 'public, max-age=300');
    if ((c.req.header('if-none-match') ?? '').split(/\s*,\s*/).includes(pdf.etag)) return c.body(null, 304);
    return c.body(new Uint8Array(pdf.body), 200, { 'Content-Type': 'application/pdf' });
  };

  /** A report's tables as an Excel workbook, in the reader's language. */
  const sendXlsx = async (c: Ctx, loaded: Loaded) => {
    const content = await contentOf(c, loaded, c.get('lang'), false);
    const lang = c.get('lang');
    const origin = c.get('origin');
    const body = await reportXlsx(c.get('t'), lang, content, {
      city: c.get('tenant').cityName,
      portal: lang === CONTENT_LANG ? origin : `${origin}/${lang}`,
    });
    c.header('Content-Disposition', `attachment; filename="${loaded.report.slug}.xlsx"`);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
  };

  app.get('/berichte/:file{[a-z0-9-]{1,120}\\.xlsx}', async (c) => {
    const slug = c.req.param('file').replace(/\.xlsx$/, '');
    return sendXlsx(c, await getPublishedReport(db, c.get('tenant').id, slug));
  });

  app.get('/intern/berichte/:id{[0-9a-f-]{36}}/tabellen.xlsx', cdo, async (c) =>
    sendXlsx(c, await getReportForEditing(db, c.get('tenant').id, actorOf(c), c.req.param('id'))),
  );

  app.get('/berichte/:file{[a-z0-9-]{1,120}\\.pdf}', async (c) => {
    const slug = c.req.param('file').replace(/\.pdf$/, '');
    return sendPdf(c, await getPublishedReport(db, c.get('tenant').id, slug), false);
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

  const internalPage = async (c: Ctx, values?: FormValues, errors?: FormErrors) => {
    const tenantId = c.get('tenant').id;
    const loaded = await getReportForEditing(db, tenantId, actorOf(c), c.req.param('id')!);
    const [content, council, reports] = await Promise.all([
      contentOf(c, loaded, c.get('lang'), false),
      paperPanel(db, tenantId, { type: 'report', id: loaded.report.id }, c.req.query('vorlage')),
      // Named on a draft only (a published report is frozen).
      loaded.report.state === 'draft' ? listProgressReports(db, tenantId, actorOf(c)) : [],
    ]);
    // A second report for a period is allowed (a correction, a special edition) but said before publishing.
    const samePeriod = reports.filter(
      (r) => r.cycleId === loaded.report.cycleId && r.id !== loaded.report.id,
    );
    const { ctx, notice } = paperNoticeOf(pageCtx(c));
    const path = `/intern/berichte/${loaded.report.id}`;
    return c.html(
      <InternalReportPage
        ctx={ctx}
        content={content}
        chart={chartOf(c, content)}
        samePeriod={samePeriod}
        values={values ?? { title: loaded.report.title, summary: loaded.report.summary }}
        errors={errors}
        council={
          <PaperLinkPanel
            ctx={ctx}
            data={council}
            notice={notice}
            action={`${path}/ratsvorlagen`}
            pagePath={path}
            canManageSource={canManageCouncil(c.get('actor'))}
          />
        }
      />,
      errors ? 422 : 200,
    );
  };

  app.get('/intern/berichte/:id{[0-9a-f-]{36}}', cdo, (c) => internalPage(c));

  // A draft's title and introduction; a published report is frozen (409).
  app.post('/intern/berichte/:id{[0-9a-f-]{36}}', cdo, (c) =>
    handleForm(c, ZUpdateProgressReportInput, {
      action: (input) =>
        updateDraftReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), input, metaOf(c)),
      done: () => `/intern/berichte/${c.req.param('id')}?hinweis=saved`,
      failed: (values, errors) => internalPage(c, values, errors),
    }),
  );

  // Statuses approved since drafting join the draft; the figures become today's.
  app.post('/intern/berichte/:id{[0-9a-f-]{36}}/aktualisieren', cdo, async (c) => {
    await refreshDraftReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(`/intern/berichte/${c.req.param('id')}?hinweis=reportRefreshed`, 303);
  });

  // The council papers a report was presented with: linked before or after publication (the session
  // usually follows it); the report's content stays frozen.
  mountPaperLinks(app, deps, {
    path: '/intern/berichte/:id{[0-9a-f-]{36}}/ratsvorlagen',
    guard: cdo,
    subject: async (c) => ({
      type: 'report',
      id: (await getReportForEditing(db, c.get('tenant').id, actorOf(c), c.req.param('id')!)).report.id,
    }),
    back: (c) => `/intern/berichte/${c.req.param('id')}`,
  });

  /** A draft as the PDF it will be, marked as a draft on every page, for the CDO team to check. */
  app.get('/intern/berichte/:id{[0-9a-f-]{36}}/bericht.pdf', cdo, async (c) => {
    const loaded = await getReportForEditing(db, c.get('tenant').id, actorOf(c), c.req.param('id'));
    return sendPdf(c, loaded, loaded.report.state !== 'published');
  });

  /** Publishing freezes the report and tells followers: first a page that says so, with what it holds. */
  const confirmPublish = async (c: Ctx) => {
    const t = c.get('t');
    const { report, period, endsOn, items } = await getReportForEditing(
      db,
      c.get('tenant').id,
      actorOf(c),
      c.req.param('id') ?? '',
    );
    // Nothing to publish yet: the report's page says why.
    if (!items.length) return c.redirect(`/intern/berichte/${report.id}`, 303);
    // Published before its period ends, the report leaves out what is approved later and its figures
    // stop today: whoever publishes it hears so first.
    const early =
      endsOn && todayOf(c) < endsOn
        ? [t('progressReports.publishEarly', { period, end: formatDate(c.get('lang'), endsOn) })]
        : [];
    return c.html(
      <ConfirmPage
        ctx={pageCtx(c)}
        title={t('progressReports.publishTitle', { title: report.title })}
        intro={t('progressReports.publishIntro', { period })}
        consequences={[
          ...early,
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

  /** A draft made by mistake goes, after a page that says what that means. */
  app.post('/intern/berichte/:id{[0-9a-f-]{36}}/loeschen', cdo, async (c) => {
    const tenantId = c.get('tenant').id;
    if (!(await isConfirmed(c))) {
      const t = c.get('t');
      const { report } = await getReportForEditing(db, tenantId, actorOf(c), c.req.param('id'));
      if (report.state === 'published') return c.redirect(`/intern/berichte/${report.id}`, 303);
      return c.html(
        <ConfirmPage
          ctx={pageCtx(c)}
          title={t('progressReports.deleteTitle', { title: report.title })}
          intro={t('progressReports.deleteIntro')}
          consequences={[
            t('progressReports.deleteNever'),
            t('progressReports.deleteCouncil'),
            t('progressReports.deleteAudit'),
          ]}
          action={`/intern/berichte/${report.id}/loeschen`}
          confirmLabel={t('progressReports.deleteDraft')}
          back={{ href: `/intern/berichte/${report.id}` }}
        />,
      );
    }
    await deleteDraftReport(db, tenantId, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect('/intern/berichte?hinweis=reportDeleted#hinweis', 303);
  });

  app.post('/intern/berichte/:id{[0-9a-f-]{36}}/veroeffentlichen', cdo, async (c) => {
    if (!(await isConfirmed(c))) return confirmPublish(c);
    await publishProgressReport(db, c.get('tenant').id, actorOf(c), c.req.param('id'), metaOf(c));
    return c.redirect(`/intern/berichte/${c.req.param('id')}?hinweis=reportPublished#hinweis`, 303);
  });

  return app;
}
