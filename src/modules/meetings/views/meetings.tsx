/** @jsxImportSource hono/jsx */

import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  FieldIds,
  type Option,
  Select,
  TableScroll,
  TextArea,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx } from '../../../ui/page.ts';
import type { meetingDetail, openActionItems } from '../meetings.service.ts';
import type { ReviewMeeting } from '../meetings.table.ts';

export interface MeetingFormProps {
  units: Option[];
  cycles: Option[];
  levels: Option[];
  values: Record<string, string>;
  errors?: Errors | undefined;
}

/** Review meetings, newest first, and (for heads and the CDO team) the form to record one. */
export function MeetingsPage({
  ctx,
  meetings,
  unitName,
  form,
}: {
  ctx: PageCtx;
  meetings: ReviewMeeting[];
  unitName: (id: string | null) => string;
  form?: MeetingFormProps | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('meeting.title')}>
      <h1 class="kern-heading-large">{t('meeting.title')}</h1>
      <p class="kern-body">{t('meeting.intro')}</p>
      <p class="kern-body">
        <a class="kern-link" href="/intern/aufgaben">
          {t('tasks.title')}
        </a>
      </p>
      {meetings.length ? (
        <ul class="kern-list">
          {meetings.map((m) => (
            <li>
              <a class="kern-link" href={`/intern/besprechungen/${m.id}`} lang={langAttr(ctx)}>
                {m.title}
              </a>{' '}
              <span class="meta">
                ({formatDate(lang, m.heldOn)}; {t(`reviewLevel.${m.level}`)}
                {m.orgUnitId ? [': ', <span lang={langAttr(ctx)}>{unitName(m.orgUnitId)}</span>] : ''})
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="kern-body">{t('meeting.none')}</p>
      )}
      {form ? (
        <form method="post" action="/intern/besprechungen" class="stack" novalidate>
          <Csrf token={ctx.csrf} />
          <h2 class="kern-heading-medium">{t('meeting.new')}</h2>
          <ErrorSummary t={t} errors={form.errors} />
          <TextField
            lang={langAttr(ctx)}
            t={t}
            name="title"
            label={t('meeting.fieldTitle')}
            required
            value={form.values.title}
            errors={form.errors}
          />
          <TextField
            t={t}
            name="heldOn"
            type="date"
            label={t('meeting.heldOn')}
            required
            value={form.values.heldOn}
            errors={form.errors}
          />
          <Select
            t={t}
            name="level"
            label={t('reviewCycle.level')}
            required
            value={form.values.level}
            options={form.levels}
            errors={form.errors}
          />
          <Select
            t={t}
            name="orgUnitId"
            label={t('meeting.unit')}
            hint={t('meeting.unitHint')}
            value={form.values.orgUnitId}
            options={contentOptions(ctx, form.units)}
            empty={t('meeting.noUnit')}
            errors={form.errors}
          />
          <Select
            t={t}
            name="cycleId"
            label={t('meeting.cycle')}
            value={form.values.cycleId}
            options={form.cycles}
            empty={t('meeting.noCycle')}
            errors={form.errors}
          />
          <TextArea
            lang={langAttr(ctx)}
            t={t}
            name="minutes"
            label={t('meeting.minutes')}
            value={form.values.minutes}
            errors={form.errors}
          />
          <Button>{t('meeting.create')}</Button>
        </form>
      ) : null}
    </Layout>
  );
}

type Detail = Awaited<ReturnType<typeof meetingDetail>>;

/** One meeting: minutes, decisions and action items; heads add to them, owners tick items off. */
export function MeetingPage({
  ctx,
  detail: d,
  projects,
  failed,
}: {
  ctx: PageCtx;
  detail: Detail;
  projects: Option[];
  failed?: { form: 'decision' | 'item'; values: Record<string, string>; errors: Errors } | undefined;
}) {
  const { t, lang } = ctx;
  const m = d.meeting;
  const dv = failed?.form === 'decision' ? failed : undefined;
  const iv = failed?.form === 'item' ? failed : undefined;
  return (
    <Layout ctx={ctx} title={m.title}>
      <h1 class="kern-heading-large" lang={langAttr(ctx)}>
        {m.title}
      </h1>
      <p class="kern-body">
        {formatDate(lang, m.heldOn)}; {t(`reviewLevel.${m.level}`)}
        {d.unit ? [': ', <span lang={langAttr(ctx)}>{d.unit}</span>] : ''}
      </p>
      <p class="kern-body">
        <a class="kern-link" href="/intern/besprechungen">
          {t('meeting.back')}
        </a>
      </p>
      {m.minutes ? (
        <section aria-labelledby="h-minutes">
          <h2 class="kern-heading-medium" id="h-minutes">
            {t('meeting.minutes')}
          </h2>
          <p class="kern-body prewrap" lang={langAttr(ctx)}>
            {m.minutes}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="h-decisions" class="stack">
        <h2 class="kern-heading-medium" id="h-decisions">
          {t('meeting.decisions')} ({d.decisions.length})
        </h2>
        {d.decisions.length ? (
          <ol class="kern-list">
            {d.decisions.map((x) => (
              <li>
                <span lang={langAttr(ctx)}>{x.text}</span>
                {x.projectId ? (
                  <span class="meta">
                    {' '}
                    (
                    <a class="kern-link" href={`/intern/projekte/${x.projectId}`} lang={langAttr(ctx)}>
                      {d.projects.get(x.projectId)}
                    </a>
                    )
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p class="kern-body">{t('meeting.noDecisions')}</p>
        )}
        {d.mayManage ? (
          <FieldIds scope="decision">
            {' '}
            <form method="post" action={`/intern/besprechungen/${m.id}/beschluesse`} class="stack" novalidate>
              <Csrf token={ctx.csrf} />
              <ErrorSummary t={t} errors={dv?.errors} />
              <TextArea
                lang={langAttr(ctx)}
                t={t}
                name="text"
                label={t('meeting.decisionText')}
                required
                rows={3}
                value={dv?.values.text}
                errors={dv?.errors}
              />
              <Select
                t={t}
                name="projectId"
                label={t('meeting.project')}
                value={dv?.values.projectId}
                options={contentOptions(ctx, projects)}
                empty={t('meeting.noProject')}
                errors={dv?.errors}
              />
              <Button kind="secondary">{t('meeting.addDecision')}</Button>
            </form>
          </FieldIds>
        ) : null}
      </section>
      <section aria-labelledby="h-items" class="stack">
        <h2 class="kern-heading-medium" id="h-items">
          {t('meeting.items')} ({d.items.length})
        </h2>
        {d.items.length ? (
          <TableScroll label={t('meeting.itemsCaption')}>
            <table class="kern-table kern-table--striped">
              <caption>{t('meeting.itemsCaption')}</caption>
              <thead>
                <tr class="kern-table__row">
                  <th scope="col" class="kern-table__header">
                    {t('meeting.itemTitle')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('meeting.owner')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('meeting.due')}
                  </th>
                  <th scope="col" class="kern-table__header">
                    {t('meeting.itemState')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {d.items.map(({ item, overdue, mayUpdate }) => (
                  <tr class="kern-table__row">
                    <th scope="row" class="kern-table__cell" lang={langAttr(ctx)}>
                      {item.title}
                      {item.projectId ? <span class="meta"> ({d.projects.get(item.projectId)})</span> : null}
                    </th>
                    <td class="kern-table__cell">
                      {d.owners.find((o) => o.id === item.ownerAccountId)?.displayName ?? '–'}
                    </td>
                    <td class="kern-table__cell">{formatDate(lang, item.dueOn)}</td>
                    <td class="kern-table__cell">
                      {item.doneAt ? (
                        t('meeting.doneOn', { date: formatDate(lang, item.doneAt) })
                      ) : overdue ? (
                        <strong class="overdue">{t('meeting.overdue')}</strong>
                      ) : (
                        t('meeting.open')
                      )}
                      {mayUpdate ? (
                        <form method="post" action={`/intern/aufgaben/${item.id}`}>
                          <Csrf token={ctx.csrf} />
                          <input type="hidden" name="done" value={item.doneAt ? 'false' : 'true'} />
                          <input type="hidden" name="back" value={`/intern/besprechungen/${m.id}`} />
                          <Button kind="tertiary">
                            {withContent(ctx, item.doneAt ? 'meeting.reopen' : 'meeting.markDone', {
                              title: item.title,
                            })}
                          </Button>
                        </form>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p class="kern-body">{t('meeting.noItems')}</p>
        )}
        {d.mayManage ? (
          <FieldIds scope="item">
            {' '}
            <form method="post" action={`/intern/besprechungen/${m.id}/aufgaben`} class="stack" novalidate>
              <Csrf token={ctx.csrf} />
              <ErrorSummary t={t} errors={iv?.errors} />
              <TextField
                lang={langAttr(ctx)}
                t={t}
                name="title"
                label={t('meeting.itemTitle')}
                required
                value={iv?.values.title}
                errors={iv?.errors}
              />
              <Select
                t={t}
                name="ownerAccountId"
                label={t('meeting.owner')}
                required
                value={iv?.values.ownerAccountId}
                options={d.owners.map((o) => ({ value: o.id, label: o.displayName }))}
                empty={t('meeting.chooseOwner')}
                errors={iv?.errors}
              />
              <TextField
                t={t}
                name="dueOn"
                type="date"
                label={t('meeting.due')}
                required
                value={iv?.values.dueOn}
                errors={iv?.errors}
              />
              <Select
                t={t}
                name="projectId"
                label={t('meeting.project')}
                value={iv?.values.projectId}
                options={contentOptions(ctx, projects)}
                empty={t('meeting.noProject')}
                errors={iv?.errors}
              />
              <Button kind="secondary">{t('meeting.addItem')}</Button>
            </form>
          </FieldIds>
        ) : null}
      </section>
    </Layout>
  );
}

type OpenItem = Awaited<ReturnType<typeof openActionItems>>[number];

/** What is on the actor's desk: status reports their projects owe, and open action items. */
export function TasksPage({
  ctx,
  reports,
  items,
  approvals,
}: {
  ctx: PageCtx;
  reports: {
    projectId: string;
    /** The cycle the report is owed in: its link opens the project's form for that cycle. */
    cycleId: string;
    title: string;
    period: string;
    dueOn: string;
    overdue: boolean;
    returned: boolean;
  }[];
  items: OpenItem[];
  /** For an office head: how many reports wait for their decision. */
  approvals?: number | undefined;
}) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('tasks.title')}>
      <h1 class="kern-heading-large">{t('tasks.title')}</h1>
      <p class="kern-body">{t(approvals === undefined ? 'tasks.intro' : 'tasks.introApprovals')}</p>
      <section aria-labelledby="h-reports">
        <h2 class="kern-heading-medium" id="h-reports">
          {t('tasks.reports')} ({reports.length})
        </h2>
        {reports.length ? (
          <ul class="kern-list">
            {reports.map((r) => (
              <li>
                <a
                  class="kern-link"
                  href={`/intern/projekte/${r.projectId}?zyklus=${r.cycleId}#rep-title`}
                  lang={langAttr(ctx)}
                >
                  {r.title}
                </a>{' '}
                <span class="meta">
                  ({t('tasks.reportLine', { period: r.period, due: formatDate(lang, r.dueOn) })}
                  {r.returned ? `; ${t('tasks.returned')}` : ''})
                </span>
                {r.overdue ? <strong class="overdue"> {t('reviewCycle.overdue')}</strong> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('tasks.noReports')}</p>
        )}
      </section>
      {approvals !== undefined ? (
        <section aria-labelledby="h-approvals">
          <h2 class="kern-heading-medium" id="h-approvals">
            {t('tasks.approvals')} ({approvals})
          </h2>
          <p class="kern-body">
            {approvals ? (
              <a class="kern-link" href="/intern/statusberichte">
                {t('tasks.approvalsWaiting', { count: approvals })}
              </a>
            ) : (
              t('tasks.noApprovals')
            )}
          </p>
        </section>
      ) : null}
      <section aria-labelledby="h-items">
        <h2 class="kern-heading-medium" id="h-items">
          {t('meeting.items')} ({items.length})
        </h2>
        {items.length ? (
          <ul class="kern-list">
            {items.map(({ item, meeting, overdue }) => (
              <li>
                <span lang={langAttr(ctx)}>{item.title}</span>{' '}
                <span class="meta">
                  (
                  <a class="kern-link" href={`/intern/besprechungen/${meeting.id}`} lang={langAttr(ctx)}>
                    {meeting.title}
                  </a>
                  ; {t('meeting.dueOn', { date: formatDate(lang, item.dueOn) })})
                </span>
                {overdue ? <strong class="overdue"> {t('meeting.overdue')}</strong> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('tasks.noItems')}</p>
        )}
      </section>
    </Layout>
  );
}
