import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the statistics module: the source of truth. */
export const de = {
  footer: {
    statistics: 'Statistik',
  },
  nav: {
    internal: {
      statistics: 'Statistik',
    },
  },
  statistics: {
    title: 'Statistik',
    intro:
      'So wird das Portal genutzt, gezählt auf dem Server: ohne Cookies, ohne Ihre Adresse zu speichern, ohne Dienste Dritter. Ein Besuch ist jeder erste Aufruf eines Tages mit demselben Browser; dafür wird ein täglich neu gewürfelter, danach gelöschter Schlüssel verwendet.',
    period: 'Letzte 30 Tage ({{from}} bis {{to}})',
    visits: 'Besuche',
    views: 'Seitenaufrufe',
    returning: 'Wiederkehrende Besuche (nur mit Einwilligung gezählt)',
    downloads: 'Downloads offener Daten',
    visitsChart: 'Besuche je Tag',
    visitsWeekly: 'Besuche je Woche',
    weekOf: 'Woche ab {{date}}',
    visitsAlt:
      'Balkendiagramm: {{total}} Besuche in den letzten 30 Tagen, je Woche. Dieselben Zahlen stehen in der Tabelle darunter.',
    day: 'Tag',
    count: 'Anzahl',
    topProjects: 'Meistgelesene Projekte',
    noneYet: 'Noch keine Zahlen für diesen Zeitraum.',
    project: 'Projekt',
    participation: 'Beteiligung je Monat',
    participationAlt:
      'Balkendiagramm: eingereichte und veröffentlichte Vorschläge je Monat der letzten zwölf Monate. Dieselben Zahlen und die Unterstützungen stehen in der Tabelle darunter.',
    month: 'Monat',
    proposals: 'Vorschläge',
    supports: 'Unterstützungen',
    file: 'Datei',
    openData: 'Dieselben Zahlen als offene Daten: statistik.csv und statistik.json unter „Offene Daten“.',
    internalTitle: 'Statistik für die Verwaltung',
    internalIntro:
      'Was nur die Verwaltung sieht: Einstiegsseiten, verweisende Websites und Suchen ohne Treffer – Hinweise darauf, was auf dem Portal fehlt. Suchwörter werden nie veröffentlicht.',
    entries: 'Einstiegsseiten',
    page: 'Seite',
    referrers: 'Verweisende Websites',
    host: 'Website',
    misses: 'Suchen ohne Treffer',
    words: 'Suchwörter',
    publicLink: 'Öffentliche Statistik',
  },
  opendata: {
    statistik: {
      title: 'Statistik des Portals',
      description:
        'Zahlen je Tag, ohne Tracking gezählt: Seitenaufrufe je öffentlicher Seite, Besuche, Downloads offener Daten, wiederkehrende Besuche (mit Einwilligung). Ohne Suchwörter, Einstiegsseiten und verweisende Websites.',
      fields: {
        day: 'Tag (JJJJ-MM-TT)',
        metric:
          'Was gezählt wurde: view (Seitenaufruf), visit (Besuch), download, returning (wiederkehrender Besuch)',
        key: 'Seite oder Datei, auf die sich die Zahl bezieht (leer bei Besuchen)',
        count: 'Anzahl',
      },
    },
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  footer: {
    statistics: 'Statistics',
  },
  nav: {
    internal: {
      statistics: 'Statistics',
    },
  },
  statistics: {
    title: 'Statistics',
    intro:
      'How the portal is used, counted on the server: without cookies, without storing your address, without third-party services. A visit is every first request of a day from the same browser; it is recognised by a key drawn afresh every day and deleted afterwards.',
    period: 'Last 30 days ({{from}} to {{to}})',
    visits: 'Visits',
    views: 'Page views',
    returning: 'Returning visits (counted only with consent)',
    downloads: 'Open-data downloads',
    visitsChart: 'Visits per day',
    visitsWeekly: 'Visits per week',
    weekOf: 'Week from {{date}}',
    visitsAlt:
      'Bar chart: {{total}} visits in the last 30 days, per week. The table below holds the same numbers.',
    day: 'Day',
    count: 'Number',
    topProjects: 'Most-read projects',
    noneYet: 'No figures for this period yet.',
    project: 'Project',
    participation: 'Participation per month',
    participationAlt:
      'Bar chart: proposals submitted and published per month over the last twelve months. The table below holds the same numbers and the supports.',
    month: 'Month',
    proposals: 'Proposals',
    supports: 'Supports',
    file: 'File',
    openData: 'The same figures as open data: statistik.csv and statistik.json under “Open data”.',
    internalTitle: 'Statistics for the administration',
    internalIntro:
      'What only the administration sees: entry pages, referring websites and searches without results – hints at what the portal lacks. Search words are never published.',
    entries: 'Entry pages',
    page: 'Page',
    referrers: 'Referring websites',
    host: 'Website',
    misses: 'Searches without results',
    words: 'Search words',
    publicLink: 'Public statistics',
  },
  opendata: {
    statistik: {
      title: 'Portal statistics',
      description:
        'Figures per day, counted without tracking: page views per public page, visits, open-data downloads, returning visits (with consent). No search words, entry pages or referring websites.',
      fields: {
        day: 'Day (YYYY-MM-DD)',
        metric: 'What was counted: view (page view), visit, download, returning (returning visit)',
        key: 'The page or file the figure is for (empty for visits)',
        count: 'Number',
      },
    },
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    statistics: typeof de;
  }
}

export { ar } from './statistics.messages.ar.ts';
export { tr } from './statistics.messages.tr.ts';
