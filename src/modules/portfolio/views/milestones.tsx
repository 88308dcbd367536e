/** @jsxImportSource hono/jsx */

import type { Child } from 'hono/jsx';
import { formatDate, type Lang, type T } from '../../../platform/i18n/i18n.ts';
import { langAttribute } from '../../../platform/i18n/shipped.ts';
import {
  Button,
  Csrf,
  ErrorSummary,
  type Errors,
  TableScroll,
  TextField,
  withContent,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { Milestone } from '../../projects/projects.service.ts';

/** The milestones of a project; the back office adds a column of actions. */
export function MilestoneTable({
  t,
  lang,
  milestones,
  action,
}: {
  t: T;
  lang: Lang;
  milestones: Milestone[];
  action?: (m: Milestone) => Child;
}) {
  if (!milestones.length) return <p class="kern-body">{t('project.noMilestones')}</p>;
  return (
    <TableScroll label={t('project.milestones')}>
      <table class="kern-table">
        <caption class="kern-sr-only">{t('project.milestones')}</caption>
        <thead>
          <tr class="kern-table__row">
            <th scope="col" class="kern-table__header">
              {t('milestone.title')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('milestone.due')}
            </th>
            <th scope="col" class="kern-table__header">
              {t('milestone.state')}
            </th>
            {action ? (
              <th scope="col" class="kern-table__header">
                {t('common.actions')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {milestones.map((m) => (
            <tr class="kern-table__row">
              <td class="kern-table__cell" lang={langAttribute(lang)}>
                {m.title}
              </td>
              <td class="kern-table__cell">{formatDate(lang, m.dueOn)}</td>
              <td class="kern-table__cell">
                {m.doneOn ? t('milestone.doneOn', { date: formatDate(lang, m.doneOn) }) : t('milestone.open')}
              </td>
              {action ? <td class="kern-table__cell">{action(m)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/**
 * Changing one milestone: its title and due day, and below, removing it when it was entered by mistake
 * (a confirmation page follows).
 */
export function MilestoneEditPage({
  ctx,
  project,
  milestone,
  values,
  errors,
}: {
  ctx: PageCtx;
  project: { id: string; title: string };
  milestone: Milestone;
  values?: Record<string, string> | undefined;
  errors?: Errors | undefined;
}) {
  const { t } = ctx;
  const v = values ?? { title: milestone.title, dueOn: milestone.dueOn };
  const back = `/intern/projekte/${project.id}`;
  return (
    <Layout ctx={ctx} title={t('milestone.editTitle', { title: milestone.title })}>
      <p class="kern-preline" lang={langAttr(ctx)}>
        {project.title}
      </p>
      <h1 class="kern-heading-large">
        {withContent(ctx, 'milestone.editTitle', { title: milestone.title })}
      </h1>
      <form method="post" action={`/intern/meilensteine/${milestone.id}/bearbeiten`} class="stack" novalidate>
        <Csrf token={ctx.csrf} />
        <ErrorSummary t={t} errors={errors} />
        <TextField
          lang={langAttr(ctx)}
          t={t}
          name="title"
          label={t('milestone.title')}
          value={v.title}
          errors={errors}
          required
        />
        <TextField
          t={t}
          name="dueOn"
          type="date"
          label={t('milestone.due')}
          value={v.dueOn}
          errors={errors}
          required
        />
        <div class="form-actions">
          <Button>{t('milestone.save')}</Button>
          <a class="kern-link" href={back}>
            {t('milestone.backToProject')}
          </a>
        </div>
      </form>
      <section aria-labelledby="ms-delete" class="stack">
        <h2 class="kern-heading-medium" id="ms-delete">
          {t('milestone.delete')}
        </h2>
        <p class="kern-body">{t('milestone.deleteHint')}</p>
        <form method="post" action={`/intern/meilensteine/${milestone.id}/loeschen`}>
          <Csrf token={ctx.csrf} />
          <Button kind="secondary">{t('milestone.delete')}</Button>
        </form>
      </section>
    </Layout>
  );
}
