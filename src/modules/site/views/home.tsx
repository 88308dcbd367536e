/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import { withContent } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx } from '../../../ui/page.ts';
import type { StaffHome } from '../home.service.ts';

const day = (d: string) => new Date(`${d}T12:00:00Z`);

/** One part of the start page: a heading, what is waiting (or that nothing is), the way to all of it. */
function Part({
  id,
  title,
  more,
  children,
}: {
  id: string;
  title: string;
  more?: { href: string; label: string };
  children: Child;
}) {
  return (
    <section aria-labelledby={id} class="home-part">
      <h2 class="kern-heading-medium" id={id}>
        {title}
      </h2>
      {children}
      {more ? (
        <p class="kern-body">
          <a class="kern-link" href={more.href}>
            {more.label}
          </a>
        </p>
      ) : null}
    </section>
  );
}

function Due({ ctx, dueOn, overdue }: { ctx: PageCtx; dueOn: string; overdue: boolean }) {
  const { t, lang } = ctx;
  return overdue ? (
    <span class="kern-badge kern-badge--danger">
      <span class="kern-label">
        {t('internal.home.overdueSince', { date: formatDate(lang, day(dueOn)) })}
      </span>
    </span>
  ) : (
    <span class="meta">{t('internal.home.dueOn', { date: formatDate(lang, day(dueOn)) })}</span>
  );
}

/** Open action items from meetings, with the overdue ones, leading to the task list. */
function ItemsLine({ ctx, open, overdue }: { ctx: PageCtx; open: number; overdue: number }) {
  const { t } = ctx;
  return (
    <p class="kern-body">
      <a class="kern-link" href="/intern/aufgaben">
        {t('internal.home.openItems', { count: open })}
      </a>
      {overdue ? (
        <>
          {' '}
          <span class="kern-badge kern-badge--danger">
            <span class="kern-label">{t('internal.home.overdueCount', { count: overdue })}</span>
          </span>
        </>
      ) : null}
    </p>
  );
}

/** The back office's start page: each role's first tasks, then the other areas the person may open. */
export function InternalHome({
  ctx,
  home,
  cards,
}: {
  ctx: PageCtx;
  home: StaffHome;
  cards: { href: string; title: string; text: string }[];
}) {
  const { t, lang } = ctx;
  const { lead, office, department, cdo, moderation, admin } = home;
  return (
    <Layout ctx={ctx} title={t('internal.home.title')}>
      <h1 class="kern-heading-large">{t('internal.home.title')}</h1>
      <p class="kern-body">{t('internal.home.intro', { name: ctx.actor?.displayName ?? '' })}</p>
      {lead ? (
        <Part
          id="home-lead"
          title={t('internal.home.lead')}
          more={{ href: '/intern/aufgaben', label: t('internal.home.allTasks') }}
        >
          <h3 class="kern-heading-small">{t('internal.home.reportsOwed', { count: lead.reports.length })}</h3>
          {lead.reports.length ? (
            <ul class="entry-list">
              {lead.reports.map((r) => (
                <li class="entry entry--row">
                  <a class="kern-link" href={`/intern/projekte/${r.projectId}?zyklus=${r.cycleId}#rep-title`}>
                    {withContent(ctx, 'internal.home.reportFor', { project: r.title }, { period: r.period }, [
                      'period',
                    ])}
                  </a>
                  {r.returned ? <span class="meta">{t('internal.home.returned')}</span> : null}
                  <Due ctx={ctx} dueOn={r.dueOn} overdue={r.overdue} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('internal.home.noReportsOwed')}</p>
          )}
          <h3 class="kern-heading-small">
            {t('internal.home.milestones', { count: lead.milestones.length, days: lead.days })}
          </h3>
          {lead.milestones.length ? (
            <ul class="entry-list">
              {lead.milestones.map((m) => (
                <li class="entry entry--row">
                  <span>
                    <a class="kern-link" href={`/intern/projekte/${m.projectId}`} lang={langAttr(ctx)}>
                      {m.projectTitle}
                    </a>
                    : <span lang={langAttr(ctx)}>{m.title}</span>
                  </span>
                  <Due ctx={ctx} dueOn={m.dueOn} overdue={m.overdue} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('internal.home.noMilestones', { days: lead.days })}</p>
          )}
          {lead.openItems ? <ItemsLine ctx={ctx} open={lead.openItems} overdue={lead.overdueItems} /> : null}
        </Part>
      ) : null}
      {office ? (
        <Part
          id="home-office"
          title={t('internal.home.approvals', { count: office.waiting.length })}
          more={{ href: '/intern/statusberichte', label: t('internal.home.toApprovals') }}
        >
          {office.waiting.length ? (
            <ul class="entry-list">
              {office.waiting.map((w) => (
                <li class="entry entry--row">
                  <a class="kern-link" href={`/intern/statusberichte#r-${w.id}`}>
                    {withContent(
                      ctx,
                      'internal.home.reportFor',
                      { project: w.projectTitle },
                      { period: w.period },
                      ['period'],
                    )}
                  </a>
                  {w.decisionNeeded ? (
                    <span class="kern-badge kern-badge--warning">
                      <span class="kern-label">{t('internal.home.decisionNeeded')}</span>
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('internal.home.noApprovals')}</p>
          )}
        </Part>
      ) : null}
      {department ? (
        <Part
          id="home-department"
          title={t('internal.home.department')}
          more={{ href: '/intern/besprechungen', label: t('internal.home.toMeetings') }}
        >
          {department.rollups.length ? (
            <ul class="entry-list">
              {department.rollups.map((r) => (
                <li class="entry entry--row">
                  <a class="kern-link" href={`/intern/zyklen/${r.cycleId}`}>
                    {withContent(
                      ctx,
                      r.approvedSince ? 'internal.home.rollupAgain' : 'internal.home.rollupFor',
                      { department: r.department },
                      { period: r.period, count: r.approvedSince },
                      ['period'],
                    )}
                  </a>
                  <Due ctx={ctx} dueOn={r.dueOn} overdue={r.overdue} />
                </li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('internal.home.noRollups')}</p>
          )}
          <ItemsLine ctx={ctx} open={department.openItems} overdue={department.overdueItems} />
          {department.meetings.length ? (
            <>
              <h3 class="kern-heading-small">{t('internal.home.lastMeetings')}</h3>
              <ul class="kern-list">
                {department.meetings.map((m) => (
                  <li>
                    <a class="kern-link" href={`/intern/besprechungen/${m.id}`} lang={langAttr(ctx)}>
                      {m.title}
                    </a>{' '}
                    <span class="meta">({formatDate(lang, day(m.heldOn))})</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </Part>
      ) : null}
      {cdo ? (
        <Part
          id="home-cdo"
          title={t('internal.home.portfolio')}
          more={{ href: '/intern/cockpit', label: t('internal.home.toCockpit') }}
        >
          <dl class="kern-description-list">
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{t('internal.home.activeProjects')}</dt>
              <dd class="kern-description-list-item__value">
                {t('internal.home.statusLine', {
                  total: formatNumber(lang, cdo.active),
                  on: cdo.statusCount.on_track,
                  risk: cdo.statusCount.at_risk,
                  off: cdo.statusCount.off_track,
                  none: cdo.statusCount.none,
                })}
              </dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{t('internal.home.computed')}</dt>
              <dd class="kern-description-list-item__value">
                <a class="kern-link" href="/intern/projekte?health=off_track&amp;sort=health">
                  {t('internal.home.offTrackLine', { count: cdo.offTrack })}
                </a>
                {cdo.worse ? (
                  <>
                    {' '}
                    <a class="kern-link" href="/intern/cockpit#h-disagreements">
                      {t('internal.home.worseLine', { count: cdo.worse })}
                    </a>
                  </>
                ) : null}
              </dd>
            </div>
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{t('internal.home.reportsOutstanding')}</dt>
              <dd class="kern-description-list-item__value">
                <a
                  class="kern-link"
                  href={
                    cdo.owedCycleIds.length === 1
                      ? `/intern/zyklen/${cdo.owedCycleIds[0]}`
                      : '/intern/pruefkalender'
                  }
                >
                  {t('internal.home.owedLine', {
                    owed: cdo.owed,
                    overdue: cdo.overdue,
                    waiting: cdo.waitingForOffices,
                  })}
                </a>
              </dd>
            </div>
            {cdo.overdueItems ? (
              <div class="kern-description-list-item">
                <dt class="kern-description-list-item__key">{t('internal.home.actionItems')}</dt>
                <dd class="kern-description-list-item__value">
                  <a class="kern-link" href="/intern/aufgaben">
                    {t('internal.home.overdueItems', { count: cdo.overdueItems })}
                  </a>
                </dd>
              </div>
            ) : null}
            <div class="kern-description-list-item">
              <dt class="kern-description-list-item__key">{t('internal.home.agenda')}</dt>
              <dd class="kern-description-list-item__value">
                {cdo.agenda ? (
                  <a class="kern-link" href="/intern/agenda">
                    {t('internal.home.agendaState', {
                      year: cdo.agenda.year,
                      state: t(`agenda.states.${cdo.agenda.state}`),
                    })}
                  </a>
                ) : (
                  <a class="kern-link" href="/intern/agenda">
                    {t('internal.home.agendaMissing', { year: cdo.nextAgendaYear })}
                  </a>
                )}
              </dd>
            </div>
          </dl>
          <h3 class="kern-heading-small">{t('internal.home.decisions', { count: cdo.decisions.length })}</h3>
          {cdo.decisions.length ? (
            <ul class="kern-list">
              {cdo.decisions.map((d) => (
                <li>
                  <a class="kern-link" href={`/intern/projekte/${d.id}`} lang={langAttr(ctx)}>
                    {d.title}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('internal.home.noDecisions')}</p>
          )}
        </Part>
      ) : null}
      {moderation ? (
        <Part id="home-moderation" title={t('internal.home.queues')}>
          <ul class="kern-list">
            <li>
              <a class="kern-link" href="/intern/moderation">
                {t('internal.home.moderation', { count: moderation.proposals })}
              </a>
            </li>
            <li>
              <a class="kern-link" href="/intern/moderation/kommentare">
                {t('internal.home.comments', { count: moderation.comments })}
              </a>
            </li>
            <li>
              <a class="kern-link" href="/intern/moderation/meldungen">
                {t('internal.home.flags', { count: moderation.reports })}
              </a>
            </li>
          </ul>
        </Part>
      ) : null}
      {admin ? (
        <Part id="home-admin" title={t('internal.home.administration')}>
          <ul class="kern-list">
            <li>
              <a class="kern-link" href="/intern/verwaltung/konten">
                {t('internal.home.accounts', { count: admin.total })}
              </a>{' '}
              <span class="meta">
                {t('internal.home.accountsLine', { invited: admin.invited, disabled: admin.disabled })}
              </span>
            </li>
            <li>
              <a class="kern-link" href="/intern/verwaltung/organisation">
                {t('admin.units')}
              </a>
            </li>
            <li>
              <a class="kern-link" href="/intern/verwaltung/partner">
                {t('admin.partners')}
              </a>
            </li>
          </ul>
        </Part>
      ) : null}
      {cards.length ? (
        <section aria-labelledby="home-more">
          <h2 class="kern-heading-medium" id="home-more">
            {t('internal.home.more')}
          </h2>
          <ul class="cards">
            {cards.map((c) => (
              <li>
                <h3 class="kern-heading-small">
                  <a class="kern-link" href={c.href}>
                    {c.title}
                  </a>
                </h3>
                <p class="kern-body">{c.text}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
