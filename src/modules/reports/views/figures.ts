import { formatDate, formatNumber, isMessageKey, type T } from '../../../platform/i18n/i18n.ts';
import type { Lang } from '../../../platform/i18n/langs.ts';
import { shippedMaturityNames } from '../../services/services.service.ts';
import type { ReportFigures } from '../reports.table.ts';

/** One table of cross-cutting figures, ready for the page, the PDF and the workbook alike. */
export interface FigureTable {
  id: string;
  caption: string;
  head: [string, string];
  /** A label and its value as text; `count` keeps the number for the workbook. */
  rows: { label: string; value: string; count: number }[];
}

/**
 * The report's cross-cutting figures as tables with words: services per maturity level, processes by
 * digital state, training coverage, participation and the portal's reach. The page, the PDF and the
 * workbook all show these, so they never disagree.
 */
export function figureTables(t: T, lang: Lang, f: ReportFigures): FigureTable[] {
  const n = (x: number) => formatNumber(lang, x);
  const share = (x: number, of: number) =>
    of ? `${n(x)} (${formatNumber(lang, x / of, { style: 'percent' })})` : n(x);
  const head: [string, string] = [t('progressReports.figures.what'), t('progressReports.figures.number')];
  const tables: FigureTable[] = [];
  if (f.services) {
    const total = f.services.levels.reduce((s, l) => s + l.count, 0);
    // The model's words as Rathaus shipped them, in the reader's language (the figures keep the German).
    const names = shippedMaturityNames(f.services.model, lang);
    tables.push({
      id: 'services',
      caption: t('progressReports.figures.services', { model: names.model.text, total: n(total) }),
      head: [t('progressReports.figures.level'), t('progressReports.figures.number')],
      rows: f.services.levels.map((l) => ({
        label: `${l.level} – ${names.level(l.level, l.name).text}`,
        value: share(l.count, total),
        count: l.count,
      })),
    });
  }
  const p = f.processes;
  const processes = p.analog + p.partly_digital + p.end_to_end;
  tables.push({
    id: 'processes',
    caption: t('progressReports.figures.processes', { total: n(processes) }),
    head,
    rows: [
      ...(['analog', 'partly_digital', 'end_to_end'] as const).map((k) => ({
        label: t(`processes.states.${k}`),
        value: share(p[k], processes),
        count: p[k],
      })),
      {
        label: t('progressReports.figures.redesigned'),
        value: share(p.redesigned, processes),
        count: p.redesigned,
      },
    ],
  });
  const tr = f.training;
  tables.push({
    id: 'training',
    caption: t('progressReports.figures.training'),
    head,
    rows: [
      { label: t('progressReports.figures.people'), value: n(tr.people), count: tr.people },
      {
        label: t('progressReports.figures.projectManagement'),
        value: share(tr.projectManagement, tr.people),
        count: tr.projectManagement,
      },
      {
        label: t('progressReports.figures.processManagement'),
        value: share(tr.processManagement, tr.people),
        count: tr.processManagement,
      },
    ],
  });
  const pa = f.participation;
  tables.push({
    id: 'participation',
    caption: t('progressReports.figures.participation'),
    head,
    rows: [
      { label: t('progressReports.figures.proposals'), value: n(pa.proposals), count: pa.proposals },
      {
        label: t('progressReports.figures.proposalsInPeriod'),
        value: n(pa.proposalsInPeriod),
        count: pa.proposalsInPeriod,
      },
      { label: t('progressReports.figures.ideas'), value: n(pa.ideas), count: pa.ideas },
      { label: t('progressReports.figures.supports'), value: n(pa.supports), count: pa.supports },
    ],
  });
  tables.push({
    id: 'reach',
    caption: t('progressReports.figures.reach'),
    head,
    rows: [
      { label: t('progressReports.figures.visits'), value: n(f.reach.visits), count: f.reach.visits },
      { label: t('progressReports.figures.views'), value: n(f.reach.views), count: f.reach.views },
    ],
  });
  return tables;
}

/** "190 services (as of 31.12.2026; target 300 by 2028)": a KPI's value; its name is the city's own. */
export function kpiValue(t: T, lang: Lang, k: ReportFigures['kpis'][number]) {
  return t('progressReports.figures.kpiValue', {
    value: formatNumber(lang, k.value),
    unit: k.unit,
    date: formatDate(lang, k.measuredOn),
    target: formatNumber(lang, k.target),
    year: k.targetYear,
  });
}

/** "on 12.08.2026": when a milestone was reached; its title is the city's own. */
export function reachedOn(t: T, lang: Lang, doneOn: string) {
  return t('progressReports.figures.reachedOn', { date: formatDate(lang, doneOn) });
}

/** Why the computed health is what it is, in words ("1 milestone overdue; a status report overdue"). */
export function healthReasons(t: T, h: NonNullable<ReportFigures['health']>[number]) {
  // Without their closing full stops: the reasons stand in brackets after the computed status.
  return h.reasons
    .flatMap((r) => (isMessageKey(r.key) ? [t(r.key, r.values).replace(/[.。]\s*$/, '')] : []))
    .join('; ');
}
