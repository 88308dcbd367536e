/** @jsxImportSource hono/jsx */

import type { Child } from 'hono/jsx';
import { hasAnyRole } from '../../../platform/auth/actor.ts';
import { formatDate } from '../../../platform/i18n/i18n.ts';
import {
  Button,
  Csrf,
  DescriptionList,
  ErrorSummary,
  type Errors,
  FieldIds,
  Pagination,
  Radios,
  StatusBadge,
  TextArea,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { Project } from '../../projects/projects.service.ts';
import type { Health } from '../reviews.health.ts';
import type { StatusReport } from '../reviews.table.ts';

export interface QueueItem {
  report: StatusReport;
  period: string;
  project: Project;
  mayApprove: boolean;
  /** Computed from facts (late milestones, overdue report, spending), shown beside what is reported. */
  health?: Health | undefined;
}

const DIMENSIONS = ['scopeStatus', 'timeStatus', 'budgetStatus', 'resourcesStatus'] as const;

/** Reports on one page of the queue (the CDO team reads every office's: hundreds in a city). */
export const QUEUE_PAGE_SIZE = 20;

/** The queue's address on a page (1: none), for its links and its forms' return. */
export const queuePageHref = (page: number) =>
  page > 1 ? `/intern/statusberichte?seite=${page}` : '/intern/statusberichte';

export function ApprovalQueuePage({
  ctx,
  items,
  total,
  page,
  failed,
}: {
  ctx: PageCtx;
  /** The reports of the page shown (QUEUE_PAGE_SIZE each), of `total` waiting. */
  items: QueueItem[];
  total: number;
  page: number;
  failed?: { id: string; errors: Errors; values: Record<string, string> };
}) {
  const { t, lang } = ctx;
  const first = (page - 1) * QUEUE_PAGE_SIZE;
  return (
    <Layout ctx={ctx} title={t('approval.title')}>
      <h1 class="kern-heading-large">{t('approval.title')}</h1>
      <p class="kern-body">
        {t('approval.intro')}
        {/* Everyone on the staff reads the queue; only office heads decide (canApproveReport). */}
        {hasAnyRole(ctx.actor, ['office_head']) ? null : ` ${t('approval.forInformation')}`}
      </p>
      {total === 0 ? <p class="kern-body">{t('approval.empty')}</p> : null}
      {items.map(({ report: r, period, project, mayApprove, health }, at) => {
        const index = first + at;
        const errs = failed?.id === r.id ? failed.errors : undefined;
        const vals = failed?.id === r.id ? failed.values : {};
        return (
          <article class="kern-card approval-item" aria-labelledby={`r-${r.id}`}>
            <div class="kern-card__container">
              <header class="kern-card__header">
                <h2 class="kern-heading-small" id={`r-${r.id}`}>
                  <a class="kern-link" href={`/intern/projekte/${project.id}`} lang={langAttr(ctx)}>
                    {project.title}
                  </a>{' '}
                  – {period}
                </h2>
              </header>
              <div class="kern-card__body stack">
                <p>
                  <StatusBadge t={t} status={r.overallStatus} />{' '}
                  {t('approval.line', { progress: r.progress, date: formatDate(lang, r.submittedAt) })}
                </p>
                <p class="kern-body kern-preline-text" lang={langAttr(ctx)}>
                  {r.summary}
                </p>
                <DescriptionList
                  items={[
                    ...DIMENSIONS.map(
                      (d) =>
                        [
                          t(`report.dimensions.${d}`),
                          r[d] ? <StatusBadge t={t} status={r[d]} /> : t('approval.notGiven'),
                        ] as [string, Child],
                    ),
                    [
                      t('approval.health'),
                      health ? (
                        <>
                          <StatusBadge t={t} status={health.status} />
                          {health.reasons.length ? (
                            <ul class="kern-list">
                              {health.reasons.map((x) => (
                                <li>{t(x.key, x.values)}</li>
                              ))}
                            </ul>
                          ) : (
                            <span class="meta"> {t('approval.healthFine')}</span>
                          )}
                        </>
                      ) : (
                        t('approval.healthNone')
                      ),
                    ],
                    [
                      t('report.nextSteps'),
                      r.nextSteps ? (
                        <span class="kern-preline-text" lang={langAttr(ctx)}>
                          {r.nextSteps}
                        </span>
                      ) : (
                        t('approval.notGiven')
                      ),
                    ],
                    [
                      t('report.risks'),
                      r.risks ? (
                        <span class="kern-preline-text" lang={langAttr(ctx)}>
                          {r.risks}
                        </span>
                      ) : (
                        t('approval.notGiven')
                      ),
                    ],
                    [
                      t('report.decision'),
                      r.decisionNeeded ? (
                        <span class="kern-badge kern-badge--warning">
                          <span class="kern-label">{t('approval.decisionAsked')}</span>
                        </span>
                      ) : (
                        t('approval.noDecision')
                      ),
                    ],
                  ]}
                />
                {mayApprove ? (
                  <FieldIds scope={`report${index + 1}`}>
                    <form
                      method="post"
                      action={`/intern/statusberichte/${r.id}${page > 1 ? `?seite=${page}` : ''}`}
                      class="stack"
                      novalidate
                    >
                      <Csrf token={ctx.csrf} />
                      <ErrorSummary t={t} errors={errs} />
                      <Radios
                        t={t}
                        name="decision"
                        label={t('approval.decision')}
                        // No choice made for the head: one click must not approve a report unread.
                        value={vals.decision ?? ''}
                        options={[
                          { value: 'approve', label: t('approval.approve') },
                          { value: 'return', label: t('approval.return') },
                        ]}
                        errors={errs}
                        required
                      />
                      <TextArea
                        t={t}
                        name="comment"
                        label={t('approval.comment')}
                        hint={t('approval.commentHint')}
                        conditional
                        value={vals.comment}
                        errors={errs}
                        rows={3}
                      />
                      <div class="form-actions">
                        <Button>{t('approval.save')}</Button>
                      </div>
                    </form>
                  </FieldIds>
                ) : (
                  <p class="kern-body kern-body--small">{t('approval.readOnly')}</p>
                )}
              </div>
            </div>
          </article>
        );
      })}
      <Pagination t={t} page={page} pages={Math.ceil(total / QUEUE_PAGE_SIZE)} href={queuePageHref} />
    </Layout>
  );
}
