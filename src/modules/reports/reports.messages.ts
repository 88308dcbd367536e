import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the reports module: the source of truth. */
export const de = {
  nav: {
    reports: 'Berichte',
    internal: {
      progressReports: 'Fortschrittsberichte',
    },
  },
  progressReports: {
    title: 'Fortschrittsberichte',
    intro:
      'Regelmäßig berichtet die Stadt dem Rat und der Öffentlichkeit, wo die Digitalisierungsprojekte stehen. Jeder Bericht zeigt den geprüften Stand der öffentlichen Projekte in einem Berichtszeitraum.',
    none: 'Noch kein Bericht veröffentlicht.',
    publishedOn: 'Veröffentlicht am {{date}}',
    draftOf: 'Entwurf vom {{date}}',
    label: 'Fortschrittsbericht {{period}}',
    caption_one: '{{count}} Projekt mit geprüftem Stand',
    caption_other: '{{count}} Projekte mit geprüftem Stand',
    project: 'Projekt',
    status: 'Stand',
    progress: 'Fortschritt',
    summary: 'Zusammenfassung',
    internalTitle: 'Fortschrittsberichte erstellen',
    internalIntro:
      'Ein Bericht übernimmt die freigegebenen Statusberichte der öffentlichen Projekte eines Berichtszeitraums, so wie sie beim Erstellen sind. Nach der Veröffentlichung ändert er sich nicht mehr; wer einem Vorschlag folgt, aus dem eines dieser Projekte hervorging, wird benachrichtigt.',
    new: 'Neuen Bericht entwerfen',
    fieldTitle: 'Titel des Berichts',
    fieldTitleHint: 'Zum Beispiel „Digitale Verwaltung – Bericht an den Rat, 3. Quartal 2026“.',
    period: 'Berichtszeitraum',
    fieldSummary: 'Einleitung',
    fieldSummaryHint: 'Was war wichtig in diesem Zeitraum? Der Text steht über der Projekttabelle.',
    draft: 'Entwurf anlegen',
    publish: 'Bericht veröffentlichen',
    publishTitle: '„{{title}}“ veröffentlichen?',
    publishIntro: 'Der Bericht für {{period}} erscheint dann unter „Berichte“ für alle.',
    publishProjects_one: 'Er enthält {{count}} Projekt mit seinem geprüften Stand.',
    publishProjects_other: 'Er enthält {{count}} Projekte mit ihrem geprüften Stand.',
    publishFrozen:
      'Ein veröffentlichter Bericht ist eingefroren: Er lässt sich nicht mehr ändern oder zurückziehen.',
    publishFollowers:
      'Wer einem Vorschlag folgt, aus dem eines dieser Projekte hervorging, bekommt eine Nachricht.',
    published:
      'Der Bericht ist veröffentlicht und eingefroren. Wer einem Vorschlag folgt, aus dem eines seiner Projekte hervorging, wird benachrichtigt.',
    publishHint:
      'Der Entwurf ist noch nicht öffentlich. Mit der Veröffentlichung erscheint er unter „Berichte“.',
    openPublic: 'Öffentliche Fassung ansehen',
    pdfDownload: 'Bericht als PDF herunterladen',
    pdfNote: 'Barrierefreies PDF (PDF/UA) mit demselben Inhalt wie diese Seite, zum Drucken und Weitergeben.',
    pdfInGerman:
      'Das PDF ist auf Deutsch: Für die arabische Schrift bringt Rathaus noch keine Schriftart für PDF-Dokumente mit.',
    draftPdf: 'Entwurf als PDF ansehen',
    draftMark: 'Entwurf – nicht veröffentlicht',
    contents: 'Inhalt',
    overview: 'Überblick',
    overviewIntro_one: '{{count}} Projekt hat im Berichtszeitraum einen geprüften Stand.',
    overviewIntro_other: '{{count}} Projekte haben im Berichtszeitraum einen geprüften Stand.',
    chartTitle: 'Projekte nach Stand',
    chartAlt: 'Balkendiagramm der Projekte nach Stand: {{list}}.',
    countUnit: 'Projekte',
    count: 'Anzahl',
    share: 'Anteil',
    office: 'Federführung',
    xlsxDownload: 'Tabellen als Excel-Datei herunterladen',
    projectsSheet: 'Projekte',
    fieldColumn: 'Säule und Handlungsfeld',
    reviewedColumn: 'Geprüft am',
    link: 'Adresse',
    goal: 'Ziel',
    outlook: 'Ausblick',
    reviewedOn: 'geprüft am {{date}}',
    onPortal: 'Im Portal',
    annex: 'Alle Projekte im Überblick',
    pdfPage: 'Seite {{page}} von {{pages}}',
  },
  journey: {
    report: 'Erwähnt im Fortschrittsbericht',
    noReportYet: 'Noch in keinem Fortschrittsbericht erwähnt',
  },
  translatable: {
    progress_report: 'Fortschrittsbericht',
    progress_report_item: 'Projektstand im Fortschrittsbericht',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  nav: {
    reports: 'Reports',
    internal: {
      progressReports: 'Progress reports',
    },
  },
  progressReports: {
    title: 'Progress reports',
    intro:
      'The city regularly reports to the council and the public where its digitalization projects stand. Each report shows the reviewed status of the public projects in one reporting period.',
    none: 'No report published yet.',
    publishedOn: 'Published on {{date}}',
    draftOf: 'Draft of {{date}}',
    label: 'Progress report {{period}}',
    caption_one: '{{count}} project with a reviewed status',
    caption_other: '{{count}} projects with a reviewed status',
    project: 'Project',
    status: 'Status',
    progress: 'Progress',
    summary: 'Summary',
    internalTitle: 'Write progress reports',
    internalIntro:
      'A report takes the approved status reports of the public projects of one reporting period as they stand when it is drafted. Once published it no longer changes; people who follow a proposal that led to one of these projects are notified.',
    new: 'Draft a new report',
    fieldTitle: 'Title of the report',
    fieldTitleHint: 'For example “Digital administration – report to the council, Q3 2026”.',
    period: 'Reporting period',
    fieldSummary: 'Introduction',
    fieldSummaryHint: 'What mattered in this period? The text stands above the table of projects.',
    draft: 'Create draft',
    publish: 'Publish the report',
    publishTitle: 'Publish “{{title}}”?',
    publishIntro: 'The report for {{period}} then appears under “Reports” for everyone.',
    publishProjects_one: 'It holds {{count}} project with its reviewed status.',
    publishProjects_other: 'It holds {{count}} projects with their reviewed status.',
    publishFrozen: 'A published report is frozen: it can no longer be changed or withdrawn.',
    publishFollowers: 'Everyone who follows a proposal that led to one of these projects gets a message.',
    published:
      'The report is published and frozen. Everyone who follows a proposal that led to one of its projects is being told.',
    publishHint: 'The draft is not public yet. Once published it appears under “Reports”.',
    openPublic: 'See the public version',
    pdfDownload: 'Download the report as PDF',
    pdfNote: 'Accessible PDF (PDF/UA) with the same content as this page, for printing and passing on.',
    pdfInGerman:
      'The PDF is in German: Rathaus does not yet bring a typeface for Arabic script in PDF documents.',
    draftPdf: 'See the draft as PDF',
    draftMark: 'Draft – not published',
    contents: 'Contents',
    overview: 'Overview',
    overviewIntro_one: '{{count}} project has a reviewed status in the reporting period.',
    overviewIntro_other: '{{count}} projects have a reviewed status in the reporting period.',
    chartTitle: 'Projects by status',
    chartAlt: 'Bar chart of the projects by status: {{list}}.',
    countUnit: 'Projects',
    count: 'Number',
    share: 'Share',
    office: 'Lead office',
    xlsxDownload: 'Download the tables as an Excel file',
    projectsSheet: 'Projects',
    fieldColumn: 'Pillar and field of action',
    reviewedColumn: 'Reviewed on',
    link: 'Address',
    goal: 'Goal',
    outlook: 'Outlook',
    reviewedOn: 'reviewed on {{date}}',
    onPortal: 'On the portal',
    annex: 'All projects at a glance',
    pdfPage: 'Page {{page}} of {{pages}}',
  },
  journey: {
    report: 'Mentioned in the progress report',
    noReportYet: 'Not mentioned in a progress report yet',
  },
  translatable: {
    progress_report: 'Progress report',
    progress_report_item: 'Project status in a progress report',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    reports: typeof de;
  }
}

export { ar } from './reports.messages.ar.ts';
export { tr } from './reports.messages.tr.ts';
