import { TableScroll } from '../../../ui/components.tsx';
/** @jsxImportSource hono/jsx */

import type { Child } from 'hono/jsx';
import { formatDate, type Lang, type T } from '../../../platform/i18n/i18n.ts';
import { langAttribute } from '../../../platform/i18n/shipped.ts';
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
