/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import type { ShownText, TranslationLookup } from '../../../platform/translation/translation.ts';
import { DescriptionList, PageTranslationNote, StatusBadge } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import { STATUSES } from '../../reviews/reviews.service.ts';
import { type GoalNode, kpiProgress } from '../../strategy/strategy.service.ts';
import type { GoalAt, GoalProject, StrategyKpi, StrategyOverview } from '../strategy.service.ts';
import type { Lookup } from './public.tsx';

const ENDED = new Set(['completed', 'stopped']);

/**
 * The strategy as the reader sees it: names, goals and KPIs in the reader's language where a
 * translation exists (`shown`), every text of the page for the one translation note, and whether the
 * originals were asked for.
 */
export type ShownOverview = StrategyOverview & {
  shown: TranslationLookup['shown'];
  texts: readonly ShownText[];
  original: boolean;
};

/** A text of the strategy inline, marked with its language. */
function Txt({ ctx, s }: { ctx: PageCtx; s: ShownText }) {
  return <span lang={textLang(ctx, s.lang)}>{s.text}</span>;
}

/** "Im Plan: 2 · Gefährdet: 1 · Noch kein Status: 1" for the projects of a goal. */
function StatusCounts({ ctx, projects }: { ctx: PageCtx; projects: GoalProject[] }) {
  const { t } = ctx;
  const running = projects.filter((p) => !ENDED.has(p.phase));
  const counts = [...STATUSES, 'none' as const]
    .map((s) => ({
      s,
      n: running.filter((p) => (p.status?.overallStatus ?? 'none') === s).length,
    }))
    .filter((x) => x.n > 0);
  const ended = projects.length - running.length;
  if (!counts.length && !ended) return null;
  return (
    <ul class="status-counts">
      {counts.map(({ s, n }) => (
        <li class={`status-count status-count--${s}`}>
          {t(`status.${s}`)}: {n}
        </li>
      ))}
      {ended ? (
        <li class="status-count">
          {t('strategyPage.ended')}: {ended}
        </li>
      ) : null}
    </ul>
  );
}

/** A KPI: name (to its page), latest value against target, and how far along the way to the target. */
function KpiSummary({ ctx, data, kpi: stored }: { ctx: PageCtx; data: ShownOverview; kpi: StrategyKpi }) {
  const { t, lang } = ctx;
  // The unit stands inside a sentence: in the reader's language where translated.
  const kpi = { ...stored, unit: data.shown('kpi', stored.id, 'unit', stored.unit).text };
  const latest = kpi.measurements.at(-1);
  const num = (v: number) => formatNumber(lang, v, { maximumFractionDigits: 2 });
  const progress = kpiProgress(kpi);
  const percent = progress === null ? null : Math.round(progress * 100);
  return (
    <div class="kpi-summary">
      <a class="kern-link" href={`/strategie/kennzahlen/${kpi.id}`}>
        <Txt ctx={ctx} s={data.shown('kpi', kpi.id, 'name', kpi.name)} />
      </a>
      <p class="meta">
        {latest
          ? t('strategy.kpiLatest', {
              value: num(latest.value),
              unit: kpi.unit,
              date: formatDate(lang, latest.measuredOn),
              target: num(kpi.target),
              year: kpi.targetYear,
            })
          : t('strategy.kpiNoValue', { target: num(kpi.target), unit: kpi.unit, year: kpi.targetYear })}
      </p>
      {percent !== null ? (
        <p class="kpi-progress">
          <meter min={0} max={100} value={percent} aria-hidden="true" />{' '}
          <span class="meta">{t('strategyPage.kpiProgress', { percent })}</span>
        </p>
      ) : null}
    </div>
  );
}

/** A goal on the overview: title (to its page), guidelines, KPIs, and its projects counted by status. */
function GoalCard({ ctx, data, goal }: { ctx: PageCtx; data: ShownOverview; goal: GoalNode }) {
  const { t } = ctx;
  const projects = data.projectsOf(goal);
  const kpis = data.kpisOf(goal.id);
  return (
    <li class="goal-card">
      <h4 class="kern-heading-small">
        <a class="kern-link" href={`/strategie/ziele/${goal.id}`}>
          <Txt ctx={ctx} s={data.shown('goal', goal.id, 'title', goal.title)} />
        </a>
      </h4>
      {goal.children.length ? (
        <div class="sub-goals">
          <p class="meta">{t('strategyPage.subGoalCount', { count: goal.children.length })}</p>
          <ul>
            {goal.children.map((c) => (
              <li>
                <a class="kern-link" href={`/strategie/ziele/${c.id}`}>
                  <Txt ctx={ctx} s={data.shown('goal', c.id, 'title', c.title)} />
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {kpis.map((k) => (
        <KpiSummary ctx={ctx} data={data} kpi={k} />
      ))}
      <p class="kern-body">
        {projects.length ? (
          <a class="kern-link" href={`/strategie/ziele/${goal.id}#projekte`}>
            {t('strategyPage.goalProjects', { count: projects.length })}
          </a>
        ) : (
          <span class="meta">{t('strategyPage.noProjects')}</span>
        )}
      </p>
      <StatusCounts ctx={ctx} projects={projects} />
    </li>
  );
}

/** /strategie: from each pillar and field of action to its goals, and from each goal to its KPIs and projects. */
export function StrategyOverviewPage({ ctx, data }: { ctx: PageCtx; data: ShownOverview }) {
  const { t, lang } = ctx;
  const goals = data.tree.goals.length;
  return (
    <Layout ctx={ctx} title={t('strategy.title')} wide>
      <h1 class="kern-heading-large">{t('strategy.title')}</h1>
      <p class="kern-body kern-body--large">{t('strategy.intro', { city: ctx.cityName })}</p>
      <PageTranslationNote
        t={t}
        lang={lang}
        texts={data.texts}
        originalHref="/strategie?original=1"
        translatedHref={data.original ? '/strategie' : undefined}
      />
      <ul class="figures">
        <li>
          <span class="figure">{formatNumber(lang, goals)}</span> {t('strategyPage.goals', { count: goals })}
        </li>
        <li>
          <span class="figure">{formatNumber(lang, data.kpis.length)}</span>{' '}
          {t('strategyPage.kpis', { count: data.kpis.length })}
        </li>
        <li>
          <a class="kern-link" href="/projekte">
            <span class="figure">{formatNumber(lang, data.projectCount)}</span>{' '}
            {t('strategyPage.projects', { count: data.projectCount })}
          </a>
        </li>
      </ul>
      <nav aria-label={t('strategyPage.pillarsNav')} class="jump-links">
        <ul class="kern-list">
          {data.tree.pillars.map((p) => (
            <li>
              <a class="kern-link" href={`#saeule-${p.key}`}>
                <Txt ctx={ctx} s={data.shown('pillar', p.id, 'name', p.name)} />
              </a>
            </li>
          ))}
          <li>
            <a class="kern-link" href="#leitlinien">
              {t('strategy.charterTitle')}
            </a>
          </li>
        </ul>
      </nav>
      <p class="kern-body">
        <a class="kern-link" href="/priorisierung">
          {t('strategy.prioritisationLink')}
        </a>
        {' · '}
        <a class="kern-link" href="/onlinedienste">
          {t('strategy.servicesLink')}
        </a>
      </p>
      {data.tree.pillars.map((p) => (
        <section aria-labelledby={`saeule-${p.key}`} class="pillar">
          <h2 class="kern-heading-medium" id={`saeule-${p.key}`}>
            <Txt ctx={ctx} s={data.shown('pillar', p.id, 'name', p.name)} />
          </h2>
          {p.description ? (
            <p class="kern-body">
              <Txt ctx={ctx} s={data.shown('pillar', p.id, 'description', p.description)} />
            </p>
          ) : null}
          {p.fields.map((f) => {
            const count = data.projectsPerField.get(f.id) ?? 0;
            const fieldKpis = data.fieldKpis(f.id);
            return (
              <div class="field-block">
                <h3 class="kern-heading-small">
                  <Txt ctx={ctx} s={data.shown('field_of_action', f.id, 'name', f.name)} />
                </h3>
                {f.description ? (
                  <p class="kern-body">
                    <Txt ctx={ctx} s={data.shown('field_of_action', f.id, 'description', f.description)} />
                  </p>
                ) : null}
                {/* Projects are filed under one field but may serve goals of others: "none here" only
                    when no goal of the field is served either. */}
                {count ? (
                  <p class="kern-body">
                    <a class="kern-link" href={`/projekte?field=${f.key}`}>
                      {t('strategyPage.fieldProjects', { count })}
                    </a>
                  </p>
                ) : f.goals.some((g) => data.projectsOf(g).length) ? (
                  <p class="meta">{t('strategyPage.servedFromElsewhere')}</p>
                ) : (
                  <p class="meta">{t('strategyPage.noFieldProjects')}</p>
                )}
                {f.goals.length ? (
                  <ul class="cards goal-cards">
                    {f.goals.map((g) => (
                      <GoalCard ctx={ctx} data={data} goal={g} />
                    ))}
                  </ul>
                ) : (
                  <p class="meta">{t('strategy.noGoals')}</p>
                )}
                {fieldKpis.length ? (
                  <div class="stack">
                    <h4 class="kern-heading-small">{t('strategyPage.fieldKpis')}</h4>
                    {fieldKpis.map((k) => (
                      <KpiSummary ctx={ctx} data={data} kpi={k} />
                    ))}
                  </div>
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
      {data.looseKpis.length ? (
        <section aria-labelledby="weitere-kennzahlen">
          <h2 class="kern-heading-medium" id="weitere-kennzahlen">
            {t('strategyPage.otherKpis')}
          </h2>
          {data.looseKpis.map((k) => (
            <KpiSummary ctx={ctx} data={data} kpi={k} />
          ))}
        </section>
      ) : null}
      {data.kpis.length ? null : <p class="kern-body">{t('strategy.noKpis')}</p>}
      <section aria-labelledby="leitlinien">
        <h2 class="kern-heading-medium" id="leitlinien">
          {t('strategy.charterTitle')}
        </h2>
        <p class="kern-body">{t('strategy.charterIntro')}</p>
        <ol class="kern-list">
          {data.tree.guidelines.map((g) => (
            <li lang={langAttr(ctx)}>
              <span class="kern-body--bold">{g.title}</span> – {g.description}
            </li>
          ))}
        </ol>
      </section>
    </Layout>
  );
}

/** A goal's own page: where it sits, its sub-goals and guidelines, its KPIs, and the projects that serve it. */
export function GoalPage({
  ctx,
  data,
  at,
  lookup,
}: {
  ctx: PageCtx;
  data: ShownOverview;
  at: GoalAt;
  lookup: Lookup;
}) {
  const { t } = ctx;
  const { goal, pillar, field, parent } = at;
  const projects = data.projectsOf(goal);
  const kpis = data.kpisUnder(goal);
  const guidelines = data.tree.guidelines.filter((g) => goal.guidelineIds.includes(g.id));
  const title = data.shown('goal', goal.id, 'title', goal.title);
  const base = `/strategie/ziele/${goal.id}`;
  return (
    <Layout ctx={ctx} title={title.text}>
      <p class="kern-preline">
        <a class="kern-link" href="/strategie">
          {t('strategy.title')}
        </a>{' '}
        ›{' '}
        <a class="kern-link" href={`/strategie#saeule-${pillar.key}`}>
          <Txt ctx={ctx} s={data.shown('pillar', pillar.id, 'name', pillar.name)} />
        </a>{' '}
        › <Txt ctx={ctx} s={data.shown('field_of_action', field.id, 'name', field.name)} />
      </p>
      <h1 class="kern-heading-large" lang={textLang(ctx, title.lang)}>
        {title.text}
      </h1>
      {goal.description ? (
        <p class="kern-body kern-body--large">
          <Txt ctx={ctx} s={data.shown('goal', goal.id, 'description', goal.description)} />
        </p>
      ) : null}
      <PageTranslationNote
        t={t}
        lang={ctx.lang}
        texts={data.texts}
        originalHref={`${base}?original=1`}
        translatedHref={data.original ? base : undefined}
      />
      <DescriptionList
        items={[
          ...(parent
            ? ([
                [
                  t('strategyPage.parentGoal'),
                  <a class="kern-link" href={`/strategie/ziele/${parent.id}`}>
                    <Txt ctx={ctx} s={data.shown('goal', parent.id, 'title', parent.title)} />
                  </a>,
                ],
              ] as [string, Child][])
            : []),
          ...(goal.children.length
            ? ([
                [
                  t('strategyPage.subGoals'),
                  <ul class="kern-list">
                    {goal.children.map((c) => (
                      <li>
                        <a class="kern-link" href={`/strategie/ziele/${c.id}`}>
                          <Txt ctx={ctx} s={data.shown('goal', c.id, 'title', c.title)} />
                        </a>
                      </li>
                    ))}
                  </ul>,
                ],
              ] as [string, Child][])
            : []),
          ...(guidelines.length
            ? ([
                [
                  t('strategy.charter'),
                  <span lang={langAttr(ctx)}>{guidelines.map((g) => g.title).join(' · ')}</span>,
                ],
              ] as [string, Child][])
            : []),
        ]}
      />
      <section aria-labelledby="kennzahlen">
        <h2 class="kern-heading-medium" id="kennzahlen">
          {t('strategyPage.goalKpis')}
        </h2>
        {kpis.length ? (
          <div class="stack">
            {kpis.map((k) => (
              <KpiSummary ctx={ctx} data={data} kpi={k} />
            ))}
          </div>
        ) : (
          <p class="kern-body">{t('strategyPage.noGoalKpis')}</p>
        )}
      </section>
      <section aria-labelledby="projekte">
        <h2 class="kern-heading-medium" id="projekte">
          {t('strategyPage.goalProjectsTitle')}
        </h2>
        <p class="kern-body">{t('strategyPage.goalProjectsIntro')}</p>
        {projects.length ? (
          <>
            <StatusCounts ctx={ctx} projects={projects} />
            <ul class="cards">
              {projects.map((p) => (
                <li>
                  <h3 class="kern-heading-small">
                    <a class="kern-link" href={`/projekte/${p.slug}`}>
                      <Txt ctx={ctx} s={data.shown('project', p.id, 'title', p.title)} />
                    </a>
                  </h3>
                  <p>
                    <StatusBadge
                      t={t}
                      status={p.status?.overallStatus}
                      ended={ENDED.has(p.phase) ? t(`phase.${p.phase}`) : undefined}
                    />{' '}
                    <span class="meta">{t(`phase.${p.phase}`)}</span>
                    {p.status ? (
                      <span class="meta"> · {t('projects.progress', { progress: p.status.progress })}</span>
                    ) : null}
                  </p>
                  <p class="meta" lang={langAttr(ctx)}>
                    {lookup.officeName(p.ownerOrgUnitId)}
                  </p>
                  {p.viaGoalId !== goal.id ? (
                    <p class="meta">
                      {t('strategyPage.viaSubGoal')}{' '}
                      <Txt
                        ctx={ctx}
                        s={data.shown(
                          'goal',
                          p.viaGoalId,
                          'title',
                          data.tree.goals.find((g) => g.id === p.viaGoalId)?.title ?? '',
                        )}
                      />
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p class="kern-body">{t('strategyPage.noProjects')}</p>
        )}
        {data.projectsPerField.get(field.id) ? (
          <p class="kern-body">
            <a class="kern-link" href={`/projekte?field=${field.key}`}>
              {t('strategyPage.allFieldProjects')}
            </a>
          </p>
        ) : null}
      </section>
    </Layout>
  );
}
