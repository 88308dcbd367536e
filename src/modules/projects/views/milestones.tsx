/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDate, type Lang, type T } from '../../../platform/i18n/i18n.ts';
import type { Milestone } from '../projects.table.ts';

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
    <table class="kern-table">
      <caption class="kern-sr-only">{t('project.milestones')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('milestone.title')}</th>
          <th scope="col">{t('milestone.due')}</th>
          <th scope="col">{t('milestone.state')}</th>
          {action ? <th scope="col">{t('common.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {milestones.map((m) => (
          <tr>
            <td>{m.title}</td>
            <td>{formatDate(lang, m.dueOn)}</td>
            <td>
              {m.doneOn ? t('milestone.doneOn', { date: formatDate(lang, m.doneOn) }) : t('milestone.open')}
            </td>
            {action ? <td>{action(m)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
