/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDate, formatEuro } from '../../../platform/i18n/i18n.ts';
import { jointly, type ShownText } from '../../../platform/translation/translation.ts';
import {
  DescriptionList,
  FilterSelect,
  PageTranslationNote,
  Pagination,
  StatusBadge,
  TableScroll,
  TranslationNote,
} from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { contentOptions, langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import { PaperList, type PaperView } from '../../council/index.ts';
import type { ProjectFilter } from '../../projects/projects.schemas.ts';
import { type Milestone, PROJECT_PHASES, type Project } from '../../projects/projects.service.ts';
import { type ApprovedStatus, STATUSES, type Status } from '../../reviews/reviews.service.ts';
import { MilestoneTable } from './milestones.tsx';

export interface Lookup {
  fieldName(id: string): string;
  /** The language the field's name is shown in (the city's, or a translation's). */
  fieldLang(id: string): string;
  pillarName(fieldId: string): string;
  pillarLang(fieldId: string): string;
  officeName(id: string): string;
}

export interface FilterOptions {
  pillars: { value: string; label: string; lang: string }[];
  fields: { value: string; label: string; lang: string }[];
  offices: { value: string; label: string }[];
}

/** The project list's filter fields (search, pillar, field, office, status, phase), also the roadmap's. */
export function ProjectFilterFields({
  ctx,
  filter,
  options,
}: {
  ctx: PageCtx;
  filter: Pick<ProjectFilter, 'q' | 'pillar' | 'field' | 'office' | 'status' | 'phase'>;
  options: FilterOptions;
}) {
  const { t } = ctx;
  return (
    <>
      <div class="kern-form-input">
        <label class="kern-label" for="f-q">
          {t('projects.search')}
        </label>
        <input class="kern-form-input__input" id="f-q" name="q" type="search" value={filter.q} />
      </div>
      <FilterSelect
        id="pillar"
        label={t('projects.pillar')}
        value={filter.pillar}
        options={contentOptions(ctx, options.pillars)}
        all={t('projects.all')}
      />
      <FilterSelect
        id="field"
        label={t('projects.field')}
        value={filter.field}
        options={contentOptions(ctx, options.fields)}
        all={t('projects.all')}
      />
      <FilterSelect
        id="office"
        label={t('projects.office')}
        value={filter.office}
        options={contentOptions(ctx, options.offices)}
        all={t('projects.all')}
      />
      <FilterSelect
        id="status"
        label={t('projects.status')}
        value={filter.status}
        options={[...STATUSES, 'none' as const].map((s) => ({
          value: s,
          label: t(`status.${s}`),
        }))}
        all={t('projects.all')}
      />
      <FilterSelect
        id="phase"
        label={t('projects.phase')}
        value={filter.phase}
        options={PROJECT_PHASES.map((s) => ({
          value: s,
          label: t(`phase.${s}`),
        }))}
        all={t('projects.all')}
      />
    </>
  );
}

/** A list address with or without the originals asked for. */
function withOriginal(href: string, original: boolean) {
  const [path, query = ''] = href.split('?');
  const q = new URLSearchParams(query);
  if (original) q.set('original', '1');
  else q.delete('original');
  const qs = q.toString();
  return `${path}${qs ? `?${qs}` : ''}`;
}

/** "Pillar · field of action", each marked with the language it is shown in. */
function FieldLine({ ctx, lookup, fieldId }: { ctx: PageCtx; lookup: Lookup; fieldId: string }) {
  return (
    <>
      <span lang={textLang(ctx, lookup.pillarLang(fieldId))}>{lookup.pillarName(fieldId)}</span> ·{' '}
      <span lang={textLang(ctx, lookup.fieldLang(fieldId))}>{lookup.fieldName(fieldId)}</span>
    </>
  );
}

export function ProjectListPage(p: {
  ctx: PageCtx;
  filter: ProjectFilter;
  options: FilterOptions;
  /** Each with its title and summary in the reader's language where translated. */
  rows: (Project & { shown: { title: ShownText; summary: ShownText } })[];
  /** The originals were asked for (`?original=1`). */
  original: boolean;
  total: number;
  pageSize: number;
  statuses: Map<string, ApprovedStatus>;
  lookup: Lookup;
}) {
  const { ctx, filter } = p;
  const { t } = ctx;
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  const params = (page: number) => {
    const u = new URLSearchParams();
    for (const k of ['q', 'pillar', 'field', 'office', 'status', 'phase'] as const)
      if (filter[k]) u.set(k, filter[k]);
    u.set('page', String(page));
    return `/projekte?${u}`;
  };
  return (
    <Layout ctx={ctx} title={t('projects.title')}>
      <h1 class="kern-heading-large">{t('projects.title')}</h1>
      <p class="kern-body">{t('projects.intro')}</p>
      <p class="kern-body">
        <a class="kern-link" href="/projekte/zeitplan">
          {t('roadmap.link')}
        </a>
      </p>
      <PageTranslationNote
        t={t}
        lang={ctx.lang}
        texts={p.rows.flatMap((r) => [r.shown.title, r.shown.summary])}
        originalHref={withOriginal(params(filter.page), true)}
        translatedHref={p.original ? withOriginal(params(filter.page), false) : undefined}
      />
      <form method="get" action="/projekte" class="filters" role="search" aria-label={t('projects.filter')}>
        <ProjectFilterFields ctx={ctx} filter={filter} options={p.options} />
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('projects.apply')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {t('projects.count', { count: p.total })}
      </p>
      <ul class="cards">
        {p.rows.map((r) => {
          const s = p.statuses.get(r.id);
          return (
            <li>
              <h2 class="kern-heading-small">
                <a class="kern-link" href={`/projekte/${r.slug}`} lang={textLang(ctx, r.shown.title.lang)}>
                  {r.shown.title.text}
                </a>
              </h2>
              <p class="meta">
                <FieldLine ctx={ctx} lookup={p.lookup} fieldId={r.fieldOfActionId} />
              </p>
              <p class="kern-body" lang={textLang(ctx, r.shown.summary.lang)}>
                {r.shown.summary.text}
              </p>
              <p>
                <StatusBadge
                  t={t}
                  status={s?.overallStatus}
                  ended={r.phase === 'stopped' ? t('phase.stopped') : undefined}
                />{' '}
                <span class="meta">{t(`phase.${r.phase}`)}</span>
                {s ? (
                  <span class="meta progress-text">
                    {' '}
                    · {t('projects.progress', { progress: s.progress })}
                  </span>
                ) : null}
              </p>
            </li>
          );
        })}
      </ul>
      <Pagination t={t} page={filter.page} pages={pages} href={params} />
      <p class="kern-body">
        <a class="kern-link" href="/neuigkeiten.atom" type="application/atom+xml">
          {t('feeds.feedLink')}
        </a>{' '}
        ·{' '}
        <a class="kern-link" href="/abonnieren">
          {t('footer.subscribe')}
        </a>
      </p>
    </Layout>
  );
}

/** The council's say on a project: the adopted agendas it is on and the papers they were adopted with. */
function ProjectCouncil({
  ctx,
  decisions,
}: {
  ctx: PageCtx;
  decisions: { year: number; papers: PaperView[] }[];
}) {
  const { t } = ctx;
  const papers = [...new Map(decisions.flatMap((d) => d.papers).map((x) => [x.id, x])).values()];
  return (
    <section aria-labelledby="council-title">
      <h2 class="kern-heading-medium" id="council-title">
        {t('council.decisions')}
      </h2>
      <p class="kern-body">
        {t('agenda.projectOnAgendas')}{' '}
        {decisions.map((d, i) => (
          <>
            {i ? ', ' : ''}
            <a class="kern-link" href={`/agenda/${d.year}`}>
              {t('agenda.label', { year: d.year })}
            </a>
          </>
        ))}
      </p>
      {papers.length ? <PaperList ctx={ctx} papers={papers} /> : null}
    </section>
  );
}

export function ProjectPage(p: {
  ctx: PageCtx;
  project: Project;
  lookup: Lookup;
  milestones: Milestone[];
  history: {
    period: string;
    overallStatus: Status;
    progress: number;
    summary: string;
    reviewedAt: Date | null;
  }[];
  proposals: { id: string; number: string; title: string }[];
  idea: { number: string; title: string } | undefined;
  /** Partners, budget per year, dependencies and public news (views/delivery.tsx), and the timeline. */
  delivery?: Child;
  /** The adopted agendas the project is on, with the council papers each was adopted with. */
  council?: { year: number; papers: PaperView[] }[];
  timeline?: Child;
  /** Title, summary and description in the reader's language (or as written), and whether the originals were asked for. */
  shown: { title: ShownText; summary: ShownText; description: ShownText; original: boolean };
}) {
  const { ctx, project: pr, shown } = p;
  const { t, lang } = ctx;
  const cl = langAttr(ctx);
  const latest = p.history[0];
  const langOf = (text: ShownText) => textLang(ctx, text.lang);
  const base = `/projekte/${pr.slug}`;
  return (
    <Layout
      ctx={ctx}
      title={shown.title.text}
      feed={{ href: `${base}/neuigkeiten.atom`, title: t('feeds.projectFeed') }}
    >
      <p class="kern-preline">
        <FieldLine ctx={ctx} lookup={p.lookup} fieldId={pr.fieldOfActionId} />
      </p>
      <h1 class="kern-heading-large" lang={langOf(shown.title)}>
        {shown.title.text}
      </h1>
      <p class="kern-body kern-body--large" lang={langOf(shown.summary)}>
        {shown.summary.text}
      </p>
      <TranslationNote
        t={t}
        lang={lang}
        shown={jointly(shown.title, shown.summary, shown.description)}
        originalHref={`${base}?original=1`}
        translatedHref={shown.original && shown.summary.lang !== lang ? base : undefined}
      />
      <section aria-labelledby="status-title">
        <h2 class="kern-heading-medium" id="status-title">
          {t('project.latestStatus')}
        </h2>
        {latest ? (
          <p class="kern-body">
            <StatusBadge
              t={t}
              status={latest.overallStatus}
              ended={pr.phase === 'stopped' ? t('phase.stopped') : undefined}
            />{' '}
            {t('project.statusLine', {
              period: latest.period,
              progress: latest.progress,
              date: formatDate(lang, latest.reviewedAt),
            })}
          </p>
        ) : (
          <p class="kern-body">{t('project.noApprovedStatus')}</p>
        )}
        {latest ? (
          <p class="kern-body" lang={cl}>
            {latest.summary}
          </p>
        ) : null}
      </section>
      <DescriptionList
        items={[
          [t('project.owner'), <span lang={cl}>{p.lookup.officeName(pr.ownerOrgUnitId)}</span>],
          [t('projects.phase'), t(`phase.${pr.phase}`)],
          ...(pr.phase === 'stopped' && pr.stopReason
            ? ([[t('delivery.stopReason'), <span lang={cl}>{pr.stopReason}</span>]] as [string, Child][])
            : []),
          [
            t('project.period'),
            pr.startsOn
              ? `${formatDate(lang, pr.startsOn)} – ${pr.endsOn ? formatDate(lang, pr.endsOn) : t('project.open')}`
              : t('project.notScheduled'),
          ],
          ...(pr.budgetPlanned
            ? ([[t('project.budget'), formatEuro(lang, pr.budgetPlanned)]] as [string, string][])
            : []),
          ...(pr.quickWin ? ([[t('project.quickWin'), t('common.yes')]] as [string, string][]) : []),
        ]}
      />
      {pr.description ? (
        <p class="kern-body kern-preline-text" lang={langOf(shown.description)}>
          {shown.description.text}
        </p>
      ) : null}
      <section aria-labelledby="ms-title">
        <h2 class="kern-heading-medium" id="ms-title">
          {t('project.milestones')}
        </h2>
        <MilestoneTable t={t} lang={lang} milestones={p.milestones} />
      </section>
      {pr.implementationPlan ? (
        <section aria-labelledby="plan-title">
          <h2 class="kern-heading-medium" id="plan-title">
            {t('delivery.implementationPlan')}
          </h2>
          <p class="kern-body prewrap" lang={cl}>
            {pr.implementationPlan}
          </p>
        </section>
      ) : null}
      {p.council?.length ? <ProjectCouncil ctx={ctx} decisions={p.council} /> : null}
      {p.delivery}
      <section aria-labelledby="hist-title">
        <h2 class="kern-heading-medium" id="hist-title">
          {t('project.history')}
        </h2>
        {p.history.length ? (
          <TableScroll label={t('project.history')}>
            <table class="kern-table">
              <caption class="kern-sr-only">{t('project.history')}</caption>
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
                    {t('report.summary')}
                  </th>
                </tr>
              </thead>
              <tbody class="kern-table__body">
                {p.history.map((h) => (
                  <tr class="kern-table__row">
                    <td class="kern-table__cell">
                      <bdi class="nowrap">{h.period}</bdi>
                    </td>
                    <td class="kern-table__cell">
                      <StatusBadge t={t} status={h.overallStatus} />
                    </td>
                    <td class="kern-table__cell">{h.progress} %</td>
                    <td class="kern-table__cell" lang={cl}>
                      {h.summary}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        ) : (
          <p class="kern-body">{t('project.noApprovedStatus')}</p>
        )}
      </section>
      <section aria-labelledby="origin-title">
        <h2 class="kern-heading-medium" id="origin-title">
          {t('project.origin')}
        </h2>
        {p.idea ? (
          <p class="kern-body">{t('project.fromIdea', { number: p.idea.number, title: p.idea.title })}</p>
        ) : (
          <p class="kern-body">{t('project.noIdea')}</p>
        )}
        {p.proposals.length ? (
          <ul class="kern-list kern-list--bullet">
            {p.proposals.map((x) => (
              <li>
                <a class="kern-link" href={`/mitmachen/vorschlaege/${x.id}`} lang={cl}>
                  {x.title}
                </a>{' '}
                <span class="meta">
                  (<bdi class="nowrap">{x.number}</bdi>)
                </span>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      {p.timeline}
    </Layout>
  );
}
