/** @jsxImportSource hono/jsx */
import { formatDate, formatNumber } from '../../../platform/i18n/i18n.ts';
import { TableScroll } from '../../../ui/components.tsx';
import { Layout } from '../../../ui/layout.tsx';
import { langAttr, type PageCtx, textLang } from '../../../ui/page.ts';
import { PROJECT_PHASES } from '../../projects/projects.service.ts';
import type { Roadmap, RoadmapQuery, RoadmapRow } from '../roadmap.service.ts';
import { ProjectFilterFields } from './public.tsx';

const WIDTH = 1000;
const LABEL = 300;
const ROW = 24;
const GROUP = 30;
const AXIS = 36;
const LEGEND = 40;

const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Where a calendar day lies on the drawing, clipped to its span. */
function scale(from: string, to: string) {
  const a = dayMs(from);
  const b = dayMs(to) + 86_400_000;
  return (d: string) => LABEL + ((Math.min(Math.max(dayMs(d), a), b) - a) / (b - a)) * (WIDTH - LABEL - 10);
}

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/**
 * The timeline as SVG: a row per project under its group's heading, a bar from start to end in its
 * phase's colour and pattern, a diamond per milestone (filled when reached, red-edged when overdue), the
 * years and quarters, and today's line. An image with a text alternative; the table below holds the same.
 */
export function RoadmapSvg({ ctx, roadmap }: { ctx: PageCtx; roadmap: Roadmap }) {
  const { t, lang } = ctx;
  const x = scale(roadmap.from, roadmap.to);
  const firstYear = Number(roadmap.from.slice(0, 4));
  const lastYear = Number(roadmap.to.slice(0, 4));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);
  let y = AXIS + LEGEND;
  const parts: unknown[] = [];
  for (const g of roadmap.groups) {
    parts.push(
      <text x={4} y={y + 19} class="rm-group" lang={textLang(ctx, g.lang)}>
        {short(g.name || t('roadmap.noDepartment'), 60)}
      </text>,
    );
    y += GROUP;
    for (const r of g.rows) {
      const mid = y + ROW / 2;
      parts.push(
        <text x={12} y={mid + 4} class="rm-label" lang={textLang(ctx, r.titleLang)}>
          {short(r.title)}
        </text>,
      );
      if (r.startsOn || r.endsOn) {
        const x1 = x(r.startsOn ?? r.endsOn!);
        const x2 = Math.max(x1 + 3, x(r.endsOn ?? roadmap.to));
        parts.push(
          <rect x={x1} y={y + 5} width={x2 - x1} height={ROW - 10} rx={3} class={`rm-bar rm-${r.phase}`} />,
        );
      }
      for (const m of r.milestones) {
        const cx = x(m.dueOn);
        const overdue = !m.doneOn && m.dueOn < roadmap.today;
        parts.push(
          <path
            d={`M${cx} ${mid - 6} L${cx + 6} ${mid} L${cx} ${mid + 6} L${cx - 6} ${mid} Z`}
            class={m.doneOn ? 'rm-done' : overdue ? 'rm-overdue' : 'rm-open'}
          />,
        );
      }
      y += ROW;
    }
  }
  const height = y + 8;
  const todayX = x(roadmap.today);
  const legend = [
    ...PROJECT_PHASES.map((p) => ({ cls: `rm-bar rm-${p}`, label: t(`phase.${p}`), bar: true })),
    { cls: 'rm-done', label: t('roadmap.milestoneDone'), bar: false },
    { cls: 'rm-open', label: t('roadmap.milestoneOpen'), bar: false },
  ];
  return (
    <svg
      class="roadmap-svg"
      viewBox={`0 0 ${WIDTH} ${height}`}
      role="img"
      aria-labelledby="rm-title rm-desc"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="rm-title">{t('roadmap.svgTitle')}</title>
      <desc id="rm-desc">
        {t('roadmap.svgDesc', {
          count: String(roadmap.total),
          from: String(firstYear),
          to: String(lastYear),
          today: formatDate(lang, roadmap.today),
        })}
      </desc>
      <defs>
        <pattern
          id="rm-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" fill="#fff" />
          <line x1="0" y1="0" x2="0" y2="6" stroke="#4a5568" stroke-width="2" />
        </pattern>
      </defs>
      {legend.map((l, i) => {
        const lx = 4 + i * 140;
        return (
          <g>
            {l.bar ? (
              <rect x={lx} y={8} width={22} height={12} rx={2} class={l.cls} />
            ) : (
              <path d={`M${lx + 11} 8 L${lx + 17} 14 L${lx + 11} 20 L${lx + 5} 14 Z`} class={l.cls} />
            )}
            <text x={lx + 28} y={18} class="rm-legend">
              {l.label}
            </text>
          </g>
        );
      })}
      {years.map((yr) => (
        <g>
          <line x1={x(`${yr}-01-01`)} x2={x(`${yr}-01-01`)} y1={LEGEND + 4} y2={height} class="rm-year" />
          {[4, 7, 10].map((m) => (
            <line
              x1={x(`${yr}-${String(m).padStart(2, '0')}-01`)}
              x2={x(`${yr}-${String(m).padStart(2, '0')}-01`)}
              y1={LEGEND + AXIS - 6}
              y2={height}
              class="rm-quarter"
            />
          ))}
          <text x={x(`${yr}-07-01`)} y={LEGEND + 22} text-anchor="middle" class="rm-axis">
            {yr}
          </text>
        </g>
      ))}
      {parts}
      <line x1={todayX} x2={todayX} y1={LEGEND + 26} y2={height} class="rm-today" />
      <text x={todayX + 4} y={LEGEND + 34} class="rm-today-label">
        {t('roadmap.today')}
      </text>
    </svg>
  );
}

function MilestoneText({ ctx, r, today }: { ctx: PageCtx; r: RoadmapRow; today: string }) {
  const { t, lang } = ctx;
  if (!r.milestones.length) return <>–</>;
  const done = r.milestones.filter((m) => m.doneOn).length;
  const next = r.milestones.find((m) => !m.doneOn);
  return (
    <>
      {t('roadmap.milestonesDone', { done: String(done), total: String(r.milestones.length) })}
      {next ? (
        <>
          <br />
          {t(next.dueOn < today ? 'roadmap.overdue' : 'roadmap.next', { date: formatDate(lang, next.dueOn) })}{' '}
          <span lang={langAttr(ctx)}>{next.title}</span>
        </>
      ) : null}
    </>
  );
}

/** /projekte/zeitplan and /intern/projekte/zeitplan: the filters, the timeline, and the same as a table. */
export function RoadmapPage({
  ctx,
  roadmap,
  query,
  action,
  projectHref,
}: {
  ctx: PageCtx;
  roadmap: Roadmap;
  query: RoadmapQuery;
  action: string;
  projectHref: (r: RoadmapRow) => string;
}) {
  const { t, lang } = ctx;
  const internal = action.startsWith('/intern');
  return (
    <Layout ctx={ctx} title={t('roadmap.title')}>
      <p class="kern-body no-print">
        <a class="kern-link" href={internal ? '/intern/projekte' : '/projekte'}>
          {t('roadmap.back')}
        </a>
      </p>
      <h1 class="kern-heading-large">{t('roadmap.title')}</h1>
      <p class="kern-body">{t(internal ? 'roadmap.introInternal' : 'roadmap.intro')}</p>
      <form
        method="get"
        action={action}
        class="filters no-print"
        role="search"
        aria-label={t('projects.filter')}
      >
        <ProjectFilterFields ctx={ctx} filter={query} options={roadmap.options} />
        <div class="kern-form-input">
          <label class="kern-label" for="f-gruppe">
            {t('roadmap.groupBy')}
          </label>
          <div class="kern-form-input__select-wrapper">
            <select class="kern-form-input__select" id="f-gruppe" name="gruppe">
              <option value="feld" selected={query.gruppe === 'feld'}>
                {t('roadmap.byField')}
              </option>
              <option value="dezernat" selected={query.gruppe === 'dezernat'}>
                {t('roadmap.byDepartment')}
              </option>
            </select>
          </div>
        </div>
        <button type="submit" class="kern-btn kern-btn--secondary">
          <span class="kern-label">{t('projects.apply')}</span>
        </button>
      </form>
      <p class="kern-body" role="status">
        {t('roadmap.count', {
          count: roadmap.total,
          n: formatNumber(lang, roadmap.total),
          undated: formatNumber(lang, roadmap.undated),
        })}
      </p>
      {roadmap.total ? (
        <figure class="roadmap">
          <div class="roadmap-scroll" tabindex={0} role="group" aria-label={t('roadmap.svgTitle')}>
            <RoadmapSvg ctx={ctx} roadmap={roadmap} />
          </div>
          <figcaption class="kern-body">{t('roadmap.caption')}</figcaption>
        </figure>
      ) : null}
      <TableScroll label={t('roadmap.tableCaption')}>
        <table class="kern-table">
          <caption>{t('roadmap.tableCaption')}</caption>
          <thead>
            <tr class="kern-table__row">
              <th scope="col" class="kern-table__header">
                {t('roadmap.col.project')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('roadmap.col.office')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('roadmap.col.phase')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('roadmap.col.start')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('roadmap.col.end')}
              </th>
              <th scope="col" class="kern-table__header">
                {t('roadmap.col.milestones')}
              </th>
            </tr>
          </thead>
          {roadmap.groups.map((g) => (
            <tbody class="kern-table__body">
              <tr class="kern-table__row">
                <th scope="colgroup" colspan={6} class="kern-table__header" lang={textLang(ctx, g.lang)}>
                  {g.name || t('roadmap.noDepartment')}
                </th>
              </tr>
              {g.rows.map((r) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell">
                    <a class="kern-link" href={projectHref(r)} lang={textLang(ctx, r.titleLang)}>
                      {r.title}
                    </a>
                    {internal && r.visibility === 'internal' ? ` (${t('visibility.internal')})` : ''}
                  </td>
                  <td class="kern-table__cell" lang={langAttr(ctx)}>
                    {r.office}
                  </td>
                  <td class="kern-table__cell">{t(`phase.${r.phase}`)}</td>
                  <td class="kern-table__cell">{r.startsOn ? formatDate(lang, r.startsOn) : '–'}</td>
                  <td class="kern-table__cell">{r.endsOn ? formatDate(lang, r.endsOn) : '–'}</td>
                  <td class="kern-table__cell">
                    <MilestoneText ctx={ctx} r={r} today={roadmap.today} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </Layout>
  );
}
