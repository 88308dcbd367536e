/** @jsxImportSource hono/jsx */
import { formatDate } from '../../../platform/i18n/i18n.ts';
import { langAttribute } from '../../../platform/i18n/shipped.ts';
import { TableScroll } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, shortened } from '../../../ui/page.ts';
import type { ForMe } from '../for-me.service.ts';

/** "What changes for me": a member of staff's view of the digital administration around their office. */
export function ForMePage({ ctx, data }: { ctx: PageCtx; data: ForMe }) {
  const { t, lang } = ctx;
  const cl = langAttr(ctx);
  const { projects, processes, services, trainings, news } = data;
  const hasOffice = data.offices.length > 0;
  return (
    <Layout ctx={ctx} title={t('internal.forMe.title')}>
      <h1 class="kern-heading-large">{t('internal.forMe.title')}</h1>
      <p class="kern-body">
        {data.offices.length ? (
          <>
            {t('internal.forMe.offices')} <span lang={cl}>{data.offices.join(', ')}</span>
          </>
        ) : (
          t('internal.forMe.noOffice')
        )}
      </p>
      <nav aria-label={t('internal.forMe.contents')}>
        <ul class="kern-list kern-list--horizontal">
          {hasOffice ? (
            <>
              <li>
                <a class="kern-link" href="#fm-projects">
                  {t('internal.forMe.projects')}
                </a>
              </li>
              <li>
                <a class="kern-link" href="#fm-processes">
                  {t('internal.forMe.processes')}
                </a>
              </li>
              <li>
                <a class="kern-link" href="#fm-services">
                  {t('internal.forMe.services')}
                </a>
              </li>
            </>
          ) : null}
          <li>
            <a class="kern-link" href="#fm-trainings">
              {t('internal.forMe.trainings')}
            </a>
          </li>
          <li>
            <a class="kern-link" href="#fm-news">
              {t('internal.forMe.news')}
            </a>
          </li>
        </ul>
      </nav>

      {/* Without an office, nothing of an office's to show (walk: "your office runs no project"). */}
      {hasOffice ? (
        <>
          <section aria-labelledby="fm-projects">
            <h2 class="kern-heading-medium" id="fm-projects" tabindex={-1}>
              {t('internal.forMe.projects')}
            </h2>
            {projects.length ? (
              <TableScroll label={t('internal.forMe.projectsCaption', { count: projects.length })}>
                <table class="kern-table">
                  <caption class="kern-sr-only">
                    {t('internal.forMe.projectsCaption', { count: projects.length })}
                  </caption>
                  <thead class="kern-table__head">
                    <tr class="kern-table__row">
                      <th class="kern-table__header" scope="col">
                        {t('internal.forMe.project')}
                      </th>
                      <th class="kern-table__header" scope="col">
                        {t('processes.office')}
                      </th>
                      <th class="kern-table__header" scope="col">
                        {t('projects.phase')}
                      </th>
                      <th class="kern-table__header" scope="col">
                        {t('internal.forMe.until')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="kern-table__body">
                    {projects.map((p) => (
                      <tr class="kern-table__row">
                        <td class="kern-table__cell">
                          <a class="kern-link" href={`/intern/projekte/${p.id}`} lang={cl}>
                            {p.title}
                          </a>
                          {p.visibility === 'internal' ? ` (${t('visibility.internal')})` : ''}
                        </td>
                        <td class="kern-table__cell" lang={cl}>
                          {p.office}
                        </td>
                        <td class="kern-table__cell">{t(`phase.${p.phase}`)}</td>
                        <td class="kern-table__cell">{p.endsOn ? formatDate(lang, p.endsOn) : '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : (
              <p class="kern-body">{t('internal.forMe.noProjects')}</p>
            )}
          </section>

          <section aria-labelledby="fm-processes">
            <h2 class="kern-heading-medium" id="fm-processes" tabindex={-1}>
              {t('internal.forMe.processes')}
            </h2>
            <p class="kern-body">{t('internal.forMe.processesIntro')}</p>
            {processes.length ? (
              <TableScroll label={t('internal.forMe.processesCaption', { count: processes.length })}>
                <table class="kern-table">
                  <caption class="kern-sr-only">
                    {t('internal.forMe.processesCaption', { count: processes.length })}
                  </caption>
                  <thead class="kern-table__head">
                    <tr class="kern-table__row">
                      <th class="kern-table__header" scope="col">
                        {t('processes.name')}
                      </th>
                      <th class="kern-table__header" scope="col">
                        {t('processes.state')}
                      </th>
                      <th class="kern-table__header" scope="col">
                        {t('processes.redesignedShort')}
                      </th>
                      <th class="kern-table__header" scope="col">
                        {t('processes.project')}
                      </th>
                    </tr>
                  </thead>
                  <tbody class="kern-table__body">
                    {processes.map((p) => (
                      <tr class="kern-table__row">
                        <td class="kern-table__cell">
                          <span lang={cl}>{p.name}</span>
                        </td>
                        <td class="kern-table__cell">{t(`processes.states.${p.digitalState}`)}</td>
                        <td class="kern-table__cell">{p.redesigned ? t('common.yes') : '—'}</td>
                        <td class="kern-table__cell">
                          {p.projectId ? (
                            <a class="kern-link" href={`/intern/projekte/${p.projectId}`} lang={cl}>
                              {p.projectTitle}
                            </a>
                          ) : (
                            t('processes.noProject')
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            ) : (
              <p class="kern-body">{t('internal.forMe.noProcesses')}</p>
            )}
          </section>

          <section aria-labelledby="fm-services">
            <h2 class="kern-heading-medium" id="fm-services" tabindex={-1}>
              {t('internal.forMe.services')}
            </h2>
            {services.length ? (
              <ul class="kern-list">
                {services.map((s) => (
                  <li>
                    <span lang={cl}>{s.name}</span>
                    {' – '}
                    {t('internal.forMe.level', { level: s.level })}:{' '}
                    <span lang={langAttribute(ctx.lang, s.levelLang)}>{s.levelName}</span>
                  </li>
                ))}
              </ul>
            ) : (
              <p class="kern-body">{t('internal.forMe.noServices')}</p>
            )}
          </section>
        </>
      ) : null}

      <section aria-labelledby="fm-trainings">
        <h2 class="kern-heading-medium" id="fm-trainings" tabindex={-1}>
          {t('internal.forMe.trainings')}
        </h2>
        <h3 class="kern-heading-small">{t('internal.forMe.taken', { count: trainings.taken.length })}</h3>
        {trainings.taken.length ? (
          <ul class="kern-list">
            {trainings.taken.map((x) => (
              <li>
                {formatDate(lang, x.heldOn)}: <span lang={cl}>{x.title}</span> (
                {t(`trainings.kinds.${x.kind}`)})
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('internal.forMe.noneTaken')}</p>
        )}
        {trainings.booked.length ? (
          <>
            <h3 class="kern-heading-small">{t('internal.forMe.booked')}</h3>
            <ul class="kern-list">
              {trainings.booked.map((x) => (
                <li>
                  {formatDate(lang, x.heldOn)}: <span lang={cl}>{x.title}</span> (
                  {t(`trainings.kinds.${x.kind}`)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 class="kern-heading-small">{t('internal.forMe.offered')}</h3>
        {trainings.offered.length ? (
          <ul class="kern-list">
            {trainings.offered.map((x) => (
              <li>
                {formatDate(lang, x.heldOn)}: <span lang={cl}>{x.title}</span> (
                {t(`trainings.kinds.${x.kind}`)}
                {x.provider ? (
                  <>
                    , <span lang={cl}>{x.provider}</span>
                  </>
                ) : null}
                )
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('internal.forMe.noneOffered')}</p>
        )}
        <p class="kern-body">
          <a class="kern-link" href="/intern/schulungen">
            {t('internal.forMe.allTrainings')}
          </a>
        </p>
      </section>

      <section aria-labelledby="fm-news">
        <h2 class="kern-heading-medium" id="fm-news" tabindex={-1}>
          {t('internal.forMe.news')}
        </h2>
        {news.length ? (
          <ul class="entry-list">
            {news.map((n) => (
              <li class="entry">
                <h3 class="kern-heading-small">
                  <a class="kern-link" href={`/intern/projekte/${n.projectId}`} lang={cl}>
                    {n.title}
                  </a>
                </h3>
                <p class="meta">
                  {formatDate(lang, n.publishedAt)} · <span lang={cl}>{n.projectTitle}</span>
                  {n.visibility === 'internal' ? ` · ${t('visibility.internal')}` : ''}
                </p>
                <p class="kern-body" lang={cl}>
                  {shortened(n.body, 220)}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('internal.forMe.noNews')}</p>
        )}
      </section>

      <section aria-labelledby="fm-questions">
        <h2 class="kern-heading-medium" id="fm-questions">
          {t('internal.forMe.questions')}
        </h2>
        <p class="kern-body">
          {t('internal.forMe.questionsText')}{' '}
          <a class="kern-link" href="/intern/fragen">
            {t('internal.forMe.questionsLink')}
          </a>
        </p>
      </section>
    </Layout>
  );
}
