/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { pageOf } from '../../../platform/collections.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Checkboxes,
  Csrf,
  DescriptionList,
  ErrorSummary,
  type Errors,
  FilterSelect,
  Pagination,
  Radios,
  StatusBadge,
  TableScroll,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import { unitLabel } from '../../orgs/orgs.service.ts';
import { type Milestone, PROJECT_PHASES, type Project } from '../../projects/projects.service.ts';
import {
  type Health,
  isApproved,
  type ReviewCycle,
  STATUSES,
  type StatusReport,
} from '../../reviews/reviews.service.ts';
import {
  INTERNAL_PAGE_SIZE,
  type InternalListQuery,
  type InternalProjectRow,
  PROJECT_SORTS,
} from '../list.service.ts';
import { MilestoneTable } from './milestones.tsx';
import type { Lookup } from './public.tsx';

/** Every project for the back office: filtered and ordered, with reported status and computed health; exports. */
export function InternalProjectList({
  ctx,
  table,
  query,
  canCreate,
}: {
  ctx: PageCtx;
  table: {
    rows: InternalProjectRow[];
    total: number;
    departments: { id: string; code: string | null; name: string }[];
    offices: { id: string; code: string | null; name: string }[];
    pillars: { id: string; name: string; fields: { id: string; name: string }[] }[];
  };
  query: InternalListQuery;
  canCreate: boolean;
}) {
  const { t } = ctx;
  const { rows } = table;
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v && k !== 'seite' && !(k === 'sort' && v === 'title')) qs.set(k, String(v));
  const suffix = qs.size ? `?${qs}` : '';
  const { items: shown, pages } = pageOf(rows, query.seite, INTERNAL_PAGE_SIZE);
  const pageHref = (page: number) => {
    const at = new URLSearchParams(qs);
    if (page > 1) at.set('seite', String(page));
    return at.size ? `/intern/projekte?${at}` : '/intern/projekte';
  };
  const statusOptions = (withNone: boolean) =>
    (withNone
      ? (['off_track', 'at_risk', 'on_track', 'none'] as const)
      : (['off_track', 'at_risk', 'on_track'] as const)
    ).map((s) => ({
      value: s,
      label: t(`status.${s}`),
    }));
  return (
    <Layout ctx={ctx} title={t('internal.projects.title')} wide>
      <h1 class="kern-heading-large">{t('internal.projects.title')}</h1>
      <p class="kern-body">
        <a class="kern-link" href="/intern/projekte/zeitplan">
          {t('roadmap.link')}
        </a>
      </p>
      {canCreate ? (
        <p>
          <a class="kern-btn kern-btn--primary" href="/intern/projekte/neu">
            <span class="kern-label">{t('internal.projects.new')}</span>
          </a>{' '}
          <a class="kern-btn kern-btn--secondary" href="/intern/projekte/import">
            <span class="kern-label">{t('import.start')}</span>
          </a>
        </p>
      ) : null}
      <form
        method="get"
        action="/intern/projekte"
        class="filters"
        role="search"
        aria-label={t('internal.projects.filterTitle')}
      >
        <div class="kern-form-input">
          <label class="kern-label" for="f-q">
            {t('internal.projects.search')}
          </label>
          <input class="kern-form-input__input" id="f-q" name="q" type="search" value={query.q} />
        </div>
        <FilterSelect
          id="pillar"
          label={t('projects.pillar')}
          value={query.pillar ?? ''}
          all={t('internal.projects.allPillars')}
          options={contentOptions(
            ctx,
            table.pillars.map((x) => ({ value: x.id, label: x.name })),
          )}
        />
        <FilterSelect
          id="field"
          label={t('projects.field')}
          value={query.field ?? ''}
          all={t('internal.projects.allFields')}
          options={contentOptions(
            ctx,
            table.pillars.flatMap((x) => x.fields.map((f) => ({ value: f.id, label: f.name }))),
          )}
        />
        <FilterSelect
          id="department"
          label={t('internal.projects.department')}
          value={query.department ?? ''}
          all={t('internal.projects.allDepartments')}
          options={contentOptions(
            ctx,
            table.departments.map((d) => ({ value: d.id, label: unitLabel(d) })),
          )}
        />
        <FilterSelect
          id="office"
          label={t('internal.projects.office')}
          value={query.office ?? ''}
          all={t('internal.projects.allOffices')}
          options={contentOptions(
            ctx,
            table.offices.map((o) => ({ value: o.id, label: unitLabel(o) })),
          )}
        />
        <FilterSelect
          id="phase"
          label={t('internal.projects.phase')}
          value={query.phase ?? ''}
          all={t('internal.projects.allPhases')}
          options={[
            { value: 'active', label: t('internal.projects.activePhases') },
            ...PROJECT_PHASES.map((ph) => ({ value: ph, label: t(`phase.${ph}`) })),
          ]}
        />
        <FilterSelect
          id="status"
          label={t('internal.projects.status')}
          value={query.status ?? ''}
          all={t('internal.projects.anyStatus')}
          options={statusOptions(true)}
        />
        <FilterSelect
          id="health"
          label={t('internal.projects.health')}
          value={query.health ?? ''}
          all={t('internal.projects.anyHealth')}
          options={statusOptions(false)}
        />
        <div class="kern-form-input">
          <label class="kern-label" for="f-sort">
            {t('internal.projects.sort')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="f-sort" name="sort">
              {PROJECT_SORTS.map((s) => (
                <option value={s} selected={s === query.sort}>
                  {t(`internal.projects.sorts.${s}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('internal.projects.apply')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {t('internal.projects.shown', { shown: rows.length, total: table.total })}
        {qs.size ? (
          <>
            {' '}
            <a class="kern-link" href="/intern/projekte">
              {t('internal.projects.reset')}
            </a>
          </>
        ) : null}
      </p>
      <ul class="kern-list kern-list--horizontal">
        <li>
          <a class="kern-link" href={`/intern/projekte.csv${suffix}`} download>
            {t('internal.projects.exportCsv')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={`/intern/projekte.xlsx${suffix}`} download>
            {t('internal.projects.exportXlsx')}
          </a>
        </li>
      </ul>
      {/* Nothing found says so; a page past the end shows only where the list ends (Pagination). */}
      {!rows.length ? (
        <p class="kern-body">{t(qs.size ? 'internal.projects.noMatch' : 'internal.projects.noneYet')}</p>
      ) : shown.length ? (
        <TableScroll label={t('internal.projects.count', { count: shown.length })}>
          <table class="kern-table kern-table--striped">
            <caption>{t('internal.projects.count', { count: shown.length })}</caption>
            <thead>
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('project.title')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('internal.projects.col.department')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('project.owner')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('projects.phase')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('project.visibility')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('internal.projects.status')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('internal.projects.health')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {shown.map((r) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={`/intern/projekte/${r.id}`} lang={langAttr(ctx)}>
                      {r.title}
                    </a>
                  </td>
                  <td class="kern-table__cell" lang={langAttr(ctx)}>
                    {r.department}
                  </td>
                  <td class="kern-table__cell" lang={langAttr(ctx)}>
                    {r.office}
                  </td>
                  <td class="kern-table__cell">{t(`phase.${r.phase}`)}</td>
                  <td class="kern-table__cell">{t(`visibility.${r.visibility}`)}</td>
                  <td class="kern-table__cell">
                    <StatusBadge
                      t={t}
                      status={r.status === 'none' ? null : r.status}
                      ended={r.phase === 'stopped' ? t('phase.stopped') : undefined}
                    />
                  </td>
                  <td class="kern-table__cell">
                    {r.health ? (
                      <>
                        <StatusBadge t={t} status={r.health.status} />
                        {r.health.reasons.length ? (
                          <span class="meta">
                            {' '}
                            {r.health.reasons.map((x) => t(x.key, x.values)).join('; ')}
                          </span>
                        ) : null}
                      </>
                    ) : (
                      <span class="meta">{t('internal.projects.healthNone')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ) : null}
      <Pagination t={t} page={query.seite} pages={pages} href={pageHref} />
    </Layout>
  );
}

export function InternalProjectPage(p: {
  ctx: PageCtx;
  project: Project;
  lookup: Lookup;
  leadName: string | undefined;
  milestones: Milestone[];
  reports: { report: StatusReport; period: string }[];
  /**
   * The open cycle the report form is for, whether the project owes a report there (completed or stopped
   * before it opened: no), and the other open cycles it still owes one in (reportCycleFor).
   */
  reportCycle: { cycle: ReviewCycle | undefined; expected: boolean; alsoOwed: ReviewCycle[] };
  /** Computed from facts (late milestones, overdue report, spending), shown beside the reported status. */
  /** None for a completed or stopped project: its health is not computed (as in the list and the cockpit). */
  health: Health | undefined;
  /** Goals of the project's field of action and the charter guidelines, with the ones linked. */
  strategy: {
    goals: { id: string; title: string; depth: number }[];
    guidelines: { id: string; title: string }[];
    goalIds: string[];
    guidelineIds: string[];
  };
  canEdit: boolean;
  /** Partners, budget per year, risks, dependencies and updates (views/delivery.tsx), and the timeline. */
  delivery?: Child;
  timeline?: Child;
  milestoneValues?: Record<string, string>;
  milestoneErrors?: Errors | undefined;
  reportValues?: Record<string, string>;
  reportErrors?: Errors | undefined;
}) {
  const { ctx, project: pr } = p;
  const { t, lang } = ctx;
  const mv = p.milestoneValues ?? {};
  const current = p.reportCycle.cycle;
  const currentReport = current ? p.reports.find((r) => r.report.cycleId === current.id)?.report : undefined;
  const canReport =
    p.canEdit &&
    current &&
    (currentReport
      ? currentReport.state === 'returned' || currentReport.state === 'submitted'
      : p.reportCycle.expected);
  const rv =
    p.reportValues ??
    (currentReport
      ? {
          overallStatus: currentReport.overallStatus,
          progress: String(currentReport.progress),
          summary: currentReport.summary,
          scopeStatus: currentReport.scopeStatus ?? '',
          timeStatus: currentReport.timeStatus ?? '',
          budgetStatus: currentReport.budgetStatus ?? '',
          resourcesStatus: currentReport.resourcesStatus ?? '',
          nextSteps: currentReport.nextSteps,
          risks: currentReport.risks,
          decisionNeeded: currentReport.decisionNeeded ? 'on' : '',
        }
      : {});
  const health = p.health;
  const latestManual = p.reports.find((r) => isApproved(r.report.state))?.report.overallStatus;
  const rank = { on_track: 0, at_risk: 1, off_track: 2 } as const;
  const disagrees = !!health && latestManual !== undefined && rank[health.status] > rank[latestManual];
  return (
    <Layout ctx={ctx} title={pr.title}>
      <p class="kern-preline">{t('internal.projects.title')}</p>
      <h1 class="kern-heading-large" lang={langAttr(ctx)}>
        {pr.title}
      </h1>
      <DescriptionList
        items={[
          [t('project.owner'), <span lang={langAttr(ctx)}>{p.lookup.officeName(pr.ownerOrgUnitId)}</span>],
          [t('project.lead'), p.leadName ?? t('project.noLead')],
          [t('projects.phase'), t(`phase.${pr.phase}`)],
          ...(pr.phase === 'stopped' && pr.stopReason
            ? ([[t('delivery.stopReason'), <span lang={langAttr(ctx)}>{pr.stopReason}</span>]] as [
                string,
                Child,
              ][])
            : []),
          [t('project.visibility'), t(`visibility.${pr.visibility}`)],
          [
            t('project.publicPage'),
            pr.visibility === 'public' ? (
              <a class="kern-link" href={`/projekte/${pr.slug}`}>{`/projekte/${pr.slug}`}</a>
            ) : (
              t('project.noPublicPage')
            ),
          ],
        ]}
      />
      {p.canEdit ? (
        <p class="kern-body">
          <a class="kern-link" href={`/intern/projekte/${pr.id}/bearbeiten`}>
            {t('delivery.edit')}
          </a>
        </p>
      ) : null}
      {pr.implementationPlan ? (
        <section aria-labelledby="plan-title">
          <h2 class="kern-heading-medium" id="plan-title">
            {t('delivery.implementationPlan')}
          </h2>
          <p class="kern-body prewrap" lang={langAttr(ctx)}>
            {pr.implementationPlan}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="strategy-title">
        <h2 class="kern-heading-medium" id="strategy-title">
          {t('project.strategyLinks')}
        </h2>
        {p.canEdit ? (
          <form method="post" action={`/intern/projekte/${pr.id}/strategie`} class="stack">
            <Csrf token={ctx.csrf} />
            {p.strategy.goals.length ? (
              <Checkboxes
                t={t}
                name="goalIds"
                label={t('project.goals')}
                values={p.strategy.goalIds}
                options={contentOptions(
                  ctx,
                  p.strategy.goals.map((g) => ({
                    value: g.id,
                    label: `${'– '.repeat(g.depth)}${g.title}`,
                  })),
                )}
              />
            ) : (
              <p class="kern-body">{t('strategy.noGoals')}</p>
            )}
            <Checkboxes
              t={t}
              name="guidelineIds"
              label={t('strategy.charter')}
              values={p.strategy.guidelineIds}
              options={contentOptions(
                ctx,
                p.strategy.guidelines.map((g) => ({ value: g.id, label: g.title })),
              )}
            />
            <div class="form-actions">
              <Button kind="secondary">{t('project.saveLinks')}</Button>
            </div>
          </form>
        ) : (
          <ul class="kern-list">
            {[
              ...p.strategy.goals.filter((g) => p.strategy.goalIds.includes(g.id)).map((g) => g.title),
              ...p.strategy.guidelines
                .filter((g) => p.strategy.guidelineIds.includes(g.id))
                .map((g) => g.title),
            ].map((x) => (
              <li lang={langAttr(ctx)}>{x}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="ms-title" class="stack">
        <h2 class="kern-heading-medium" id="ms-title">
          {t('project.milestones')}
        </h2>
        <MilestoneTable
          t={t}
          lang={lang}
          milestones={p.milestones}
          action={
            p.canEdit
              ? (m) => (
                  <div class="table-actions">
                    <form method="post" action={`/intern/meilensteine/${m.id}`} class="inline-form">
                      <Csrf token={ctx.csrf} />
                      <input type="hidden" name="done" value={m.doneOn ? 'false' : 'true'} />
                      <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                        <span class="kern-label">
                          {withContent(ctx, m.doneOn ? 'milestone.reopen' : 'milestone.markDone', {
                            title: m.title,
                          })}
                        </span>
                      </button>
                    </form>
                    <a class="kern-link" href={`/intern/meilensteine/${m.id}`}>
                      {withContent(ctx, 'milestone.edit', { title: m.title })}
                    </a>
                  </div>
                )
              : undefined
          }
        />
        {p.canEdit ? (
          <form
            method="post"
            action={`/intern/projekte/${pr.id}/meilensteine`}
            class="stack"
            novalidate
            aria-labelledby="ms-new"
          >
            <h3 class="kern-heading-small" id="ms-new">
              {t('milestone.add')}
            </h3>
            <Csrf token={ctx.csrf} />
            <ErrorSummary t={t} errors={p.milestoneErrors} />
            <TextField
              lang={langAttr(ctx)}
              t={t}
              name="title"
              label={t('milestone.title')}
              value={mv.title}
              errors={p.milestoneErrors}
              required
            />
            <TextField
              t={t}
              name="dueOn"
              type="date"
              label={t('milestone.due')}
              value={mv.dueOn}
              errors={p.milestoneErrors}
              required
            />
            <div class="form-actions">
              <Button kind="secondary">{t('milestone.addButton')}</Button>
            </div>
          </form>
        ) : null}
      </section>
      {p.delivery}
      <section aria-labelledby="rep-title" class="stack">
        <h2 class="kern-heading-medium" id="rep-title">
          {t('report.title')}
        </h2>
        {current ? (
          <p class="kern-body">
            {t('report.openCycle', { period: current.period, due: formatDate(lang, current.dueOn) })}
            {currentReport ? ` ${t(`reportState.${currentReport.state}`)}` : ''}
            {!currentReport && !p.reportCycle.expected ? ` ${t('report.notExpected')}` : ''}
          </p>
        ) : (
          <p class="kern-body">{t('report.noOpenCycle')}</p>
        )}
        {p.canEdit && p.reportCycle.alsoOwed.length ? (
          // Several office cycles open: the other reports owed, each a link to its form.
          <div class="stack">
            <p class="kern-body">{t('report.alsoOwed', { count: p.reportCycle.alsoOwed.length })}</p>
            <ul class="kern-list">
              {p.reportCycle.alsoOwed.map((c) => (
                <li>
                  <a class="kern-link" href={`/intern/projekte/${pr.id}?zyklus=${c.id}#rep-title`}>
                    {t('report.owedFor', { period: c.period, due: formatDate(lang, c.dueOn) })}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {health ? (
          <div class={`kern-alert kern-alert--${disagrees ? 'warning' : 'info'}`} role="note">
            <div class="kern-alert__header">
              <span class={`kern-icon kern-icon--${disagrees ? 'warning' : 'info'}`} aria-hidden="true" />
              <span class="kern-title">
                {t('health.computed')}: <StatusBadge t={t} status={health.status} />
              </span>
            </div>
            <div class="kern-alert__body">
              {health.reasons.length ? (
                <ul class="kern-list">
                  {health.reasons.map((r) => (
                    <li>{t(r.key, r.values)}</li>
                  ))}
                </ul>
              ) : (
                <p class="kern-body">{t('health.noIssues')}</p>
              )}
              {disagrees ? (
                <p class="kern-body">{t('health.disagrees', { reported: t(`status.${latestManual}`) })}</p>
              ) : null}
            </div>
          </div>
        ) : (
          <p class="kern-body">
            {t('health.computed')}: {t('internal.projects.healthNone')}
          </p>
        )}
        {currentReport?.state === 'returned' && currentReport.reviewComment ? (
          <p class="kern-body">{t('report.returnedWith', { comment: currentReport.reviewComment })}</p>
        ) : null}
        {canReport && current ? (
          <form
            method="post"
            action={`/intern/projekte/${pr.id}/statusberichte`}
            class="stack"
            novalidate
            aria-labelledby="rep-form"
          >
            <h3 class="kern-heading-small" id="rep-form">
              {t(
                currentReport?.state === 'submitted'
                  ? 'report.changeFor'
                  : currentReport?.state === 'returned'
                    ? 'report.reviseFor'
                    : 'report.submitFor',
                { period: current.period },
              )}
            </h3>
            {currentReport?.state === 'submitted' ? <p class="kern-body">{t('report.changeHint')}</p> : null}
            <Csrf token={ctx.csrf} />
            <input type="hidden" name="cycleId" value={current.id} />
            <ErrorSummary t={t} errors={p.reportErrors} />
            <Radios
              t={t}
              name="overallStatus"
              label={t('report.status')}
              value={rv.overallStatus}
              options={STATUSES.map((s) => ({
                value: s,
                label: t(`status.${s}`),
              }))}
              errors={p.reportErrors}
              required
            />
            <TextField
              t={t}
              name="progress"
              label={t('report.progressLabel')}
              hint={t('report.progressHint')}
              value={rv.progress}
              errors={p.reportErrors}
              inputmode="numeric"
              required
            />
            <TextArea
              t={t}
              lang={langAttr(ctx)}
              name="summary"
              label={t('report.summary')}
              hint={t('report.summaryHint')}
              value={rv.summary}
              errors={p.reportErrors}
              rows={5}
              required
            />
            {(['scopeStatus', 'timeStatus', 'budgetStatus', 'resourcesStatus'] as const).map((d) => (
              <Radios
                t={t}
                name={d}
                label={t(`report.dimensions.${d}`)}
                value={rv[d]}
                options={STATUSES.map((s) => ({
                  value: s,
                  label: t(`status.${s}`),
                }))}
                errors={p.reportErrors}
              />
            ))}
            <TextArea
              t={t}
              lang={langAttr(ctx)}
              name="nextSteps"
              label={t('report.nextSteps')}
              hint={t('report.nextStepsHint')}
              value={rv.nextSteps}
              errors={p.reportErrors}
              rows={3}
            />
            <TextArea
              t={t}
              lang={langAttr(ctx)}
              name="risks"
              label={t('report.risks')}
              hint={t('report.risksHint')}
              value={rv.risks}
              errors={p.reportErrors}
              rows={3}
            />
            <Checkboxes
              t={t}
              name="decisionNeeded"
              label={t('report.decision')}
              values={rv.decisionNeeded === 'on' ? ['on'] : []}
              options={[{ value: 'on', label: t('report.decisionNeeded') }]}
            />
            <div class="form-actions">
              <Button>{t(currentReport ? 'report.resubmit' : 'report.submit')}</Button>
            </div>
          </form>
        ) : null}
        {p.reports.length ? (
          <TableScroll label={t('report.all')}>
            <table class="kern-table">
              <caption>{t('report.all')}</caption>
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('report.period')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('report.status')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('report.progress')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('report.state')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {p.reports.map(({ report: r, period }) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">{period}</td>
                    <td class="kern-table__cell">
                      <StatusBadge t={t} status={r.overallStatus} />
                    </td>
                    <td class="kern-table__cell">{r.progress} %</td>
                    <td class="kern-table__cell">{t(`reportState.${r.state}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : null}
      </section>
      {p.timeline}
    </Layout>
  );
}
