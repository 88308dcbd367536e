/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  Notice,
  Select,
  StatusBadge,
  TableScroll,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { CycleProgress, cycleReview, getCalendar, UnitRollup } from '../cycles.service.ts';
import { isApproved, type ReviewCycle } from '../reviews.table.ts';

type Calendar = Awaited<ReturnType<typeof getCalendar>>;
type Review = Awaited<ReturnType<typeof cycleReview>>;
const LEVELS = ['office', 'department', 'cdo'] as const;

/** How far an open cycle is, under its state in the calendar: "3 Berichte ausstehend, 2 warten auf Freigabe". */
function ProgressLine({ ctx, progress }: { ctx: PageCtx; progress: CycleProgress | undefined }) {
  if (!progress) return null;
  const { t } = ctx;
  const parts = [
    ...(progress.owed ? [t('reviewCycle.progressOwed', { count: progress.owed })] : []),
    ...(progress.waiting ? [t('reviewCycle.progressWaiting', { count: progress.waiting })] : []),
    ...(progress.summaries ? [t('reviewCycle.progressSummaries', { count: progress.summaries })] : []),
    ...(progress.renew ? [t('reviewCycle.progressRenew', { count: progress.renew })] : []),
  ];
  return (
    <>
      <br />
      <span class="meta">{parts.length ? parts.join(', ') : t('reviewCycle.progressDone')}</span>
    </>
  );
}

/** The review calendar: the rhythm per level, planning a year, and every cycle with its state. */
export function CalendarPage({
  ctx,
  calendar,
  cycles,
  progress,
  mayManage,
  values,
  errors,
  year,
}: {
  ctx: PageCtx;
  calendar: Calendar;
  cycles: ReviewCycle[];
  /** How far each open cycle is (for the CDO team). */
  progress?: ReadonlyMap<string, CycleProgress> | undefined;
  mayManage: boolean;
  values?: Record<string, string> | undefined;
  errors?: Errors | undefined;
  year: number;
}) {
  const { t, lang } = ctx;
  const v = (level: string, key: 'cadence' | 'dueDays') =>
    values?.[`${level}${key === 'cadence' ? 'Cadence' : 'DueDays'}`] ??
    String(calendar.find((c) => c.level === level)![key]);
  const years = [...new Set(cycles.map((c) => c.period.slice(0, 4)))].sort().reverse();
  return (
    <Layout ctx={ctx} title={t('reviewCycle.calendarTitle')} wide>
      <h1 class="kern-heading-large">{t('reviewCycle.calendarTitle')}</h1>
      <p class="kern-body">{t('reviewCycle.calendarIntro')}</p>
      <ErrorSummary t={t} errors={errors} />
      <TableScroll label={t('reviewCycle.rhythm')}>
        <table class="kern-table">
          <caption>{t('reviewCycle.rhythm')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('reviewCycle.level')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('reviewCycle.cadence')}
              </th>
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t('reviewCycle.dueDays')}
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {calendar.map((c) => (
              <tr class="kern-table__row">
                <th scope="row" class="kern-table__cell">
                  {t(`reviewLevel.${c.level}`)}
                </th>
                <td class="kern-table__cell">{t(`cadence.${c.cadence}`)}</td>
                <td class="kern-table__cell kern-table__cell--numeric">{c.dueDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {mayManage ? (
        <form method="post" action="/intern/pruefkalender" class="stack" novalidate>
          <Csrf token={ctx.csrf} />
          <h2 class="kern-heading-medium">{t('reviewCycle.editRhythm')}</h2>
          <p class="kern-body">{t('reviewCycle.sequenceHint')}</p>
          {LEVELS.map((level) => (
            <fieldset class="kern-fieldset">
              <legend class="kern-label">{t(`reviewLevel.${level}`)}</legend>
              <div class="kern-fieldset__body stack">
                <Select
                  t={t}
                  name={`${level}Cadence`}
                  // Named with their level: the error summary lists three of each.
                  label={t('reviewCycle.cadenceOf', { level: t(`reviewLevel.${level}`) })}
                  required
                  value={v(level, 'cadence')}
                  errors={errors}
                  options={[
                    { value: 'quarterly', label: t('cadence.quarterly') },
                    { value: 'semiannual', label: t('cadence.semiannual') },
                  ]}
                />
                <TextField
                  t={t}
                  name={`${level}DueDays`}
                  label={t('reviewCycle.dueDaysOf', { level: t(`reviewLevel.${level}`) })}
                  inputmode="numeric"
                  required
                  value={v(level, 'dueDays')}
                  errors={errors}
                />
              </div>
            </fieldset>
          ))}
          <Button>{t('reviewCycle.saveRhythm')}</Button>
        </form>
      ) : null}
      {mayManage ? (
        <form method="post" action="/intern/pruefkalender/planen" class="stack" novalidate>
          <Csrf token={ctx.csrf} />
          <h2 class="kern-heading-medium">{t('reviewCycle.planYear')}</h2>
          <TextField
            t={t}
            name="year"
            label={t('reviewCycle.year')}
            hint={t('reviewCycle.planYearHint')}
            inputmode="numeric"
            required
            value={values?.year ?? String(year)}
            errors={errors}
          />
          <Button kind="secondary">{t('reviewCycle.planYearButton')}</Button>
        </form>
      ) : null}
      <h2 class="kern-heading-medium">{t('reviewCycle.cycles')}</h2>
      {cycles.length === 0 ? <p class="kern-body">{t('reviewCycle.noCycles')}</p> : null}
      {years.map((y) => (
        <TableScroll label={t('reviewCycle.cyclesOf', { year: y })}>
          <table class="kern-table kern-table--striped">
            <caption>{t('reviewCycle.cyclesOf', { year: y })}</caption>
            <thead>
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('reviewCycle.period')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('reviewCycle.level')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('reviewCycle.due')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('reviewCycle.state')}
                </th>
                {mayManage ? (
                  <th scope="col" class="kern-table__header">
                    {t('reviewCycle.action')}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {cycles
                .filter((c) => c.period.startsWith(y))
                .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
                .map((c) => (
                  <tr class="kern-table__row">
                    <th scope="row" class="kern-table__cell">
                      <a class="kern-link" href={`/intern/zyklen/${c.id}`}>
                        {c.period}
                      </a>
                    </th>
                    <td class="kern-table__cell">{t(`reviewLevel.${c.level}`)}</td>
                    <td class="kern-table__cell">{formatDate(lang, c.dueOn)}</td>
                    <td class="kern-table__cell">
                      {t(`cycleState.${c.state}`)}
                      <ProgressLine ctx={ctx} progress={progress?.get(c.id)} />
                    </td>
                    {mayManage ? (
                      <td class="kern-table__cell">
                        {c.state === 'closed' ? null : c.state === 'open' ? (
                          // Closing cannot be undone: the link leads to a page that asks first.
                          <a class="kern-link" href={`/intern/zyklen/${c.id}/schliessen`}>
                            {t('reviewCycle.close', { period: c.period, level: t(`reviewLevel.${c.level}`) })}
                          </a>
                        ) : (
                          <div class="table-actions">
                            <form method="post" action={`/intern/zyklen/${c.id}/oeffnen`}>
                              <Csrf token={ctx.csrf} />
                              <Button kind="tertiary">
                                {t('reviewCycle.open', {
                                  period: c.period,
                                  level: t(`reviewLevel.${c.level}`),
                                })}
                              </Button>
                            </form>
                            {/* Planned by mistake: removed before anyone has a task for it. */}
                            <a class="kern-link" href={`/intern/zyklen/${c.id}/entfernen`}>
                              {t('reviewCycle.remove', {
                                period: c.period,
                                level: t(`reviewLevel.${c.level}`),
                              })}
                            </a>
                          </div>
                        )}
                      </td>
                    ) : null}
                  </tr>
                ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
    </Layout>
  );
}

/**
 * A table's title, of a unit where one is named: plain text for the scrolling region's name, with the
 * unit's name marked by its language for the caption.
 */
function tableTitle(
  ctx: PageCtx,
  key: 'reviewCycle.byDepartment' | 'reviewCycle.byOffice' | 'reviewCycle.tasksOf',
  unit?: string,
) {
  const label = ctx.t(key, { unit });
  return { label, caption: unit ? withContent(ctx, key, { unit }) : label };
}

function Counts({
  ctx,
  title,
  rows,
}: {
  ctx: PageCtx;
  title: ReturnType<typeof tableTitle>;
  rows: UnitRollup[];
}) {
  const { t } = ctx;
  const { label, caption } = title;
  const keys = ['on_track', 'at_risk', 'off_track', 'pending', 'open'] as const;
  return (
    <TableScroll label={label}>
      <table class="kern-table kern-table--striped">
        <caption>{caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('reviewCycle.unit')}
            </th>
            {keys.map((k) => (
              <th scope="col" class="kern-table__header kern-table__header--numeric">
                {t(`taskCount.${k}`)}
              </th>
            ))}
            <th scope="col" class="kern-table__header kern-table__header--numeric">
              {t('reviewCycle.decisions')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((r) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell" lang={langAttr(ctx)}>
                {r.unit.name}
              </th>
              {keys.map((k) => (
                <td class="kern-table__cell kern-table__cell--numeric">{r.counts[k]}</td>
              ))}
              <td class="kern-table__cell kern-table__cell--numeric">{r.decisions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function TaskTable({
  ctx,
  title,
  rows,
}: {
  ctx: PageCtx;
  title: ReturnType<typeof tableTitle>;
  rows: Review['overdue'];
}) {
  const { t } = ctx;
  const { label, caption } = title;
  return (
    <TableScroll label={label}>
      <table class="kern-table kern-table--striped">
        <caption>{caption}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('reviewCycle.project')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('reviewCycle.office')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('reviewCycle.reportState')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('reviewCycle.status')}
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {rows.map((r) => (
            <tr class="kern-table__row">
              <th scope="row" class="kern-table__cell">
                <a class="kern-link" href={`/intern/projekte/${r.project.id}`} lang={langAttr(ctx)}>
                  {r.project.title}
                </a>
              </th>
              <td class="kern-table__cell" lang={langAttr(ctx)}>
                {r.office}
              </td>
              <td class="kern-table__cell">
                {t(`taskState.${r.state}`)}
                {r.overdue ? <strong class="overdue"> – {t('reviewCycle.overdue')}</strong> : null}
                {r.decisionNeeded ? <span> – {t('reviewCycle.decisionNeeded')}</span> : null}
              </td>
              <td class="kern-table__cell">
                {r.status && isApproved(r.state) ? <StatusBadge t={t} status={r.status} /> : '–'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * For a department's head where the summary cannot be written on this page: when and where it can (the
 * department-level cycle once it is open; none once it is closed).
 */
function RollupWhen({ ctx, review: r, unit }: { ctx: PageCtx; review: Review; unit: string }) {
  const { t } = ctx;
  const { cycle } = r;
  if (cycle.level === 'cdo') return null;
  if (cycle.level === 'department')
    return (
      <p class="kern-body">
        {withContent(
          ctx,
          cycle.state === 'closed' ? 'reviewCycle.rollupClosed' : 'reviewCycle.rollupWhenOpen',
          {
            unit,
          },
        )}
      </p>
    );
  const at = r.rollupCycle;
  return at ? (
    <p class="kern-body">
      {withContent(ctx, 'reviewCycle.rollupAt', { unit })}{' '}
      <a class="kern-link" href={`/intern/zyklen/${at.id}`}>
        {t('reviewCycle.cycleTitle', { period: at.period, level: t('reviewLevel.department') })}
      </a>
    </p>
  ) : (
    <p class="kern-body">{withContent(ctx, 'reviewCycle.rollupNoCycle', { unit })}</p>
  );
}

/** One cycle as its level reviews it: tasks (office), the office roll-up (department), the portfolio (CDO). */
export function CycleReviewPage({
  ctx,
  review: r,
  failed,
}: {
  ctx: PageCtx;
  review: Review;
  failed?: { orgUnitId: string; values: Record<string, string>; errors: Errors } | undefined;
}) {
  const { t, lang } = ctx;
  const { cycle } = r;
  const title = t('reviewCycle.cycleTitle', { period: cycle.period, level: t(`reviewLevel.${cycle.level}`) });
  const rollupForm = (orgUnitId: string, summary: string | undefined, label: Child) => {
    const mine = failed && failed.orgUnitId === orgUnitId;
    const name = orgUnitId ? `summary-${orgUnitId}` : 'summary';
    // The errors come by the field's name on the page (one summary field per unit), the values by the form's.
    const error = mine ? failed.errors[name] : undefined;
    const errors = error ? { [name]: error } : undefined;
    return (
      <form method="post" action={`/intern/zyklen/${cycle.id}/rollup`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <input type="hidden" name="orgUnitId" value={orgUnitId} />
        <ErrorSummary t={t} errors={errors} />
        <TextArea
          lang={langAttr(ctx)}
          t={t}
          name={name}
          label={label}
          hint={t(orgUnitId ? 'reviewCycle.rollupHint' : 'reviewCycle.cdoRollupHint')}
          required
          value={mine ? failed.values.summary : summary}
          errors={errors}
        />
        <Button>{t(orgUnitId ? 'reviewCycle.submitRollup' : 'reviewCycle.submitCdoRollup')}</Button>
      </form>
    );
  };
  return (
    <Layout ctx={ctx} title={title} wide>
      <h1 class="kern-heading-large">{title}</h1>
      <p class="kern-body">
        {t('reviewCycle.cycleLine', {
          start: formatDate(lang, cycle.startsOn),
          end: formatDate(lang, cycle.endsOn),
          due: formatDate(lang, cycle.dueOn),
          state: t(`cycleState.${cycle.state}`),
        })}
      </p>
      <p class="kern-body">
        <a class="kern-link" href="/intern/pruefkalender">
          {t('reviewCycle.backToCalendar')}
        </a>
      </p>
      <p class="kern-body kern-body--large" role="status">
        {t('reviewCycle.totals', {
          on: r.totals.on_track,
          risk: r.totals.at_risk,
          off: r.totals.off_track,
          pending: r.totals.pending,
          open: r.totals.open,
          overdue: r.overdue.length,
          decisions: r.decisions,
        })}
      </p>
      {cycle.level !== 'office' ? (
        <p class="kern-body">
          {r.officeCycles.length
            ? t('reviewCycle.covers', { periods: r.officeCycles.map((c) => c.period).join(', ') })
            : t('reviewCycle.coversNone')}
        </p>
      ) : null}
      {cycle.level === 'cdo' ? (
        <section aria-labelledby="h-cdo" class="stack">
          <h2 class="kern-heading-medium" id="h-cdo">
            {t('reviewCycle.cdoRollup')}
          </h2>
          {r.cdoRollup ? (
            <p class="kern-body">
              <span lang={langAttr(ctx)}>{r.cdoRollup.summary}</span>{' '}
              <span class="meta">({formatDate(lang, r.cdoRollup.submittedAt)})</span>
            </p>
          ) : (
            <p class="kern-body">{t('reviewCycle.noRollup')}</p>
          )}
          {r.mayWriteCdo ? (
            rollupForm('', r.cdoRollup?.summary, t('reviewCycle.cdoSummary'))
          ) : r.headsCdo ? (
            <p class="kern-body">
              {t(cycle.state === 'closed' ? 'reviewCycle.rollupClosed' : 'reviewCycle.cdoWhenOpen')}
            </p>
          ) : null}
          <Counts ctx={ctx} title={tableTitle(ctx, 'reviewCycle.byDepartment')} rows={r.departments} />
        </section>
      ) : null}
      {r.departments.map((d) => (
        <section aria-labelledby={`h-${d.unit.id}`} class="stack">
          <h2 class="kern-heading-medium" id={`h-${d.unit.id}`} lang={langAttr(ctx)}>
            {d.unit.name}
          </h2>
          {cycle.level !== 'office' ? (
            d.rollup ? (
              <p class="kern-body">
                <strong>{t('reviewCycle.departmentSummary')}:</strong>{' '}
                <span lang={langAttr(ctx)}>{d.rollup.summary}</span>{' '}
                <span class="meta">({formatDate(lang, d.rollup.submittedAt)})</span>
              </p>
            ) : (
              <p class="kern-body">{t('reviewCycle.noRollup')}</p>
            )
          ) : null}
          {d.approvedSince ? (
            <Notice kind="warning" title={t('reviewCycle.approvedSince', { count: d.approvedSince })} />
          ) : null}
          <Counts ctx={ctx} title={tableTitle(ctx, 'reviewCycle.byOffice', d.unit.name)} rows={d.offices} />
          {d.mayWrite && d.counts.pending + d.counts.open > 0 ? (
            <Notice
              kind="warning"
              title={t('reviewCycle.rollupWaiting', { pending: d.counts.pending, open: d.counts.open })}
            />
          ) : null}
          {d.mayWrite ? (
            rollupForm(
              d.unit.id,
              d.rollup?.summary,
              withContent(ctx, 'reviewCycle.summaryFor', { unit: d.unit.name }),
            )
          ) : d.heads ? (
            <RollupWhen ctx={ctx} review={r} unit={d.unit.name} />
          ) : null}
          {cycle.level !== 'cdo' ? (
            <TaskTable ctx={ctx} title={tableTitle(ctx, 'reviewCycle.tasksOf', d.unit.name)} rows={d.tasks} />
          ) : null}
        </section>
      ))}
      {r.departments.length === 0 ? <p class="kern-body">{t('reviewCycle.noTasks')}</p> : null}
    </Layout>
  );
}
