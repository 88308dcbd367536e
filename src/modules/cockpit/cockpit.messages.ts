import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the cockpit module: the source of truth. */
export const de = {
  nav: {
    internal: {
      cockpit: 'Cockpit',
    },
  },
  cockpit: {
    trend: 'Entwicklung über die Zyklen',
    trendCaption:
      'Freigegebene Status je Zyklus: grün im Plan, orange gefährdet, rot kritisch. Ein inzwischen abgeschlossenes oder eingestelltes Projekt zählt in den Zyklen, in denen es berichtet hat; oben zählen nur Projekte, die geplant sind, laufen oder pausieren. Die Tabelle enthält dieselben Zahlen.',
    trendTable: 'Freigegebene Status je Berichtszeitraum',
    trendAlt: 'Säulendiagramm der freigegebenen Status je Zyklus, {{periods}}.',
    trendAltPeriod: '{{period}}: {{on}} im Plan, {{risk}} gefährdet, {{off}} kritisch',
    noTrend: 'Noch keine freigegebenen Statusberichte.',
    reported: 'Gemeldet',
    meanProgress: 'Fortschritt (Mittel)',
    overdueItems: 'Überfällige Aufgaben aus Besprechungen',
    title: 'Cockpit',
    introAll:
      'Das ganze Portfolio der laufenden und geplanten Projekte mit dem zuletzt freigegebenen Status – und was Aufmerksamkeit braucht.',
    introDepartment:
      'Die laufenden und geplanten Projekte Ihres Dezernats mit dem zuletzt freigegebenen Status – und was Aufmerksamkeit braucht.',
    reach_one:
      'Reichweite des Portals in den letzten 30 Tagen: {{visits}} Besuch, {{views}} Seitenaufrufe (ohne Tracking gezählt).',
    reach_other:
      'Reichweite des Portals in den letzten 30 Tagen: {{visits}} Besuche, {{views}} Seitenaufrufe (ohne Tracking gezählt).',
    reachLink: 'Zur Statistik',
    summary:
      '{{count}} Projekte: {{on}} im Plan, {{risk}} gefährdet, {{off}} kritisch, {{none}} noch ohne freigegebenen Status.',
    chartCaption:
      'Projekte nach zuletzt freigegebenem Status. Die Tabellen darunter enthalten dieselben Zahlen, aufgeteilt.',
    chartAlt:
      'Balkendiagramm: {{count}} Projekte – {{on}} im Plan, {{risk}} gefährdet, {{off}} kritisch, {{none}} ohne Status.',
    projects: 'Projekte',
    group: 'Bereich',
    countLink_one: 'Projekt: {{group}}, {{status}}',
    countLink_other: 'Projekte: {{group}}, {{status}}',
    byDepartment: 'Ampel nach Dezernat',
    byPillar: 'Ampel nach Säule',
    byField: 'Ampel nach Handlungsfeld',
    overdue: 'Überfällige Statusberichte',
    decisions: 'Entscheidungsbedarf',
    disagreements: 'Fakten schlechter als gemeldet',
    disagreeNote: 'gemeldet: {{reported}}, berechnet: {{computed}}',
    noneHere: 'Keine.',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  nav: {
    internal: {
      cockpit: 'Cockpit',
    },
  },
  cockpit: {
    trend: 'Trend across cycles',
    trendCaption:
      'Approved statuses per cycle: green on track, orange at risk, red off track. A project finished or stopped since counts in the cycles it reported in; the count above holds only projects that are planned, running or paused. The table holds the same numbers.',
    trendTable: 'Approved statuses per period',
    trendAlt: 'Column chart of the approved statuses per cycle, {{periods}}.',
    trendAltPeriod: '{{period}}: {{on}} on track, {{risk}} at risk, {{off}} off track',
    noTrend: 'No approved status reports yet.',
    reported: 'Reported',
    meanProgress: 'Progress (mean)',
    overdueItems: 'Overdue action items from meetings',
    title: 'Cockpit',
    introAll:
      'The whole portfolio of running and planned projects with their last approved status – and what needs attention.',
    introDepartment:
      'The running and planned projects of your department with their last approved status – and what needs attention.',
    reach_one:
      'Reach of the portal in the last 30 days: {{visits}} visit, {{views}} page views (counted without tracking).',
    reach_other:
      'Reach of the portal in the last 30 days: {{visits}} visits, {{views}} page views (counted without tracking).',
    reachLink: 'To the statistics',
    summary:
      '{{count}} projects: {{on}} on track, {{risk}} at risk, {{off}} off track, {{none}} without an approved status yet.',
    chartCaption: 'Projects by last approved status. The tables below hold the same numbers, broken down.',
    chartAlt:
      'Bar chart: {{count}} projects – {{on}} on track, {{risk}} at risk, {{off}} off track, {{none}} without status.',
    projects: 'Projects',
    group: 'Area',
    countLink_one: 'project: {{group}}, {{status}}',
    countLink_other: 'projects: {{group}}, {{status}}',
    byDepartment: 'Traffic lights by department',
    byPillar: 'Traffic lights by pillar',
    byField: 'Traffic lights by field of action',
    overdue: 'Overdue status reports',
    decisions: 'Decisions needed',
    disagreements: 'Facts worse than reported',
    disagreeNote: 'reported: {{reported}}, computed: {{computed}}',
    noneHere: 'None.',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    cockpit: typeof de;
  }
}

export { ar } from './cockpit.messages.ar.ts';
export { tr } from './cockpit.messages.tr.ts';
