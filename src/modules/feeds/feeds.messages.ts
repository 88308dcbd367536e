import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the feeds module: the source of truth. */
export const de = {
  feeds: {
    pageTitle: 'Neuigkeiten abonnieren',
    intro:
      'Mit einem Feed-Reader erfahren Sie von neuen Meldungen, ohne die Seiten zu besuchen; mit einem Kalender-Abonnement stehen die öffentlichen Termine in Ihrem Kalender. Dafür brauchen Sie kein Konto, und Rathaus speichert dabei nichts über Sie.',
    feedsTitle: 'Feeds (Atom)',
    feedsIntro:
      'Kopieren Sie die Adresse eines Feeds in Ihren Feed-Reader (zum Beispiel Thunderbird, Feedly oder NetNewsWire). Jede Projektseite hat außerdem einen eigenen Feed.',
    allNews: 'Alle Neuigkeiten aus den Projekten',
    answers: 'Antworten der Stadt auf Vorschläge',
    byField: 'Neuigkeiten nach Handlungsfeld',
    calendarTitle: 'Kalender (iCalendar)',
    calendarIntro:
      'Werkstätten, Ratsbeschlüsse zur Digitalisierungsagenda und neue Fortschrittsberichte. Fügen Sie die Adresse in Ihrem Kalender als Abonnement hinzu („Kalender abonnieren“ oder „Aus dem Internet“), dann bleibt er von selbst aktuell.',
    publicDates: 'Öffentliche Termine',
    address: 'Adresse: {{url}}',
    emailHint: 'Per E-Mail benachrichtigt werden Sie, wenn Sie einem Vorschlag folgen.',
    projectFeed: 'Neuigkeiten dieses Projekts als Feed (Atom)',
    feedLink: 'Neuigkeiten als Feed (Atom)',
    newsTitle: 'Neuigkeiten aus den Digitalisierungsprojekten – {{city}}',
    newsSubtitle: 'Meldungen der Projekte zur digitalen Stadt und Verwaltung',
    projectNewsTitle: 'Neuigkeiten: {{project}} – {{city}}',
    fieldNewsTitle: 'Neuigkeiten im Handlungsfeld „{{field}}“ – {{city}}',
    answersTitle: 'Antworten der Stadt auf Vorschläge – {{city}}',
    answerEntry: 'Antwort der Stadt: {{title}}',
    answerState: 'Stand: {{state}}',
    newsEntryProject: 'Projekt: {{project}}',
    rights: 'Texte unter der Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0)',
    publicCalendarName: 'Digitalisierung {{city}}: Termine',
    publicCalendarDescription:
      'Öffentliche Termine der Digitalisierung in {{city}}: Werkstätten, Ratsbeschlüsse und Fortschrittsberichte.',
    workshop: 'Werkstatt: {{title}}',
    workshopDetail: 'Veranstaltet von {{organiser}}.',
    council: 'Ratsbeschluss: Digitalisierungsagenda {{year}}',
    session: '{{meeting}}: {{paper}}',
    sessionItem: 'Tagesordnungspunkt {{number}}',
    sessionResult: 'Ergebnis: {{result}}',
    councilReference: 'Beschluss {{reference}}',
    report: 'Fortschrittsbericht veröffentlicht: {{title}}',
    personalCalendarName: 'Meine Fälligkeiten in Rathaus',
    dueStatusReport: 'Statusbericht fällig: {{project}} ({{period}})',
    dueMilestone: 'Meilenstein: {{title}} ({{project}})',
    dueActionItem: 'Aufgabe fällig: {{title}}',
    dueRollup: 'Zusammenfassung fällig: {{department}} ({{period}})',
    mineTitle: 'Meine Termine im Kalender',
    mineIntro:
      'Ihre Fälligkeiten in Ihrem Kalender (Outlook, Thunderbird, Smartphone): Statusberichte und offene Meilensteine Ihrer Projekte, Ihre Aufgaben aus Besprechungen und, wenn Sie ein Dezernat leiten, seine Zusammenfassungen. Der Kalender holt Änderungen von selbst.',
    mineSecret:
      'Die Adresse ist persönlich: Wer sie kennt, sieht Ihre Termine. Geben Sie sie nicht weiter. Erzeugen Sie eine neue, wenn sie in falsche Hände geraten ist – die bisherige funktioniert dann nicht mehr.',
    mineNone: 'Sie haben noch keine Kalender-Adresse.',
    mineCreate: 'Kalender-Adresse erzeugen',
    mineAddress: 'Ihre Kalender-Adresse',
    mineCreated: 'erzeugt am {{date}}',
    mineLastUsed: 'zuletzt abgerufen am {{date}}',
    mineNeverUsed: 'noch nicht abgerufen',
    mineRenew: 'Neue Adresse erzeugen',
    mineRemove: 'Adresse löschen',
    mineUpcoming: 'Das steht im Kalender',
    mineUpcomingNone: 'Zurzeit ist bei Ihnen nichts fällig.',
    mineMore: 'und {{count}} weitere',
    day: 'Datum',
    what: 'Termin',
    manage: 'Meine Termine als Kalender-Abonnement',
  },
  notice: {
    calendarCreated: 'Ihre Kalender-Adresse ist erzeugt.',
    calendarRenewed: 'Die neue Kalender-Adresse gilt; die bisherige funktioniert nicht mehr.',
    calendarRemoved: 'Die Kalender-Adresse ist gelöscht.',
  },
  footer: { subscribe: 'Abonnieren' },
};

export const en: Catalog<typeof de> = {
  feeds: {
    pageTitle: 'Subscribe to news',
    intro:
      'A feed reader tells you about new announcements without visiting the pages; a calendar subscription puts the public dates into your calendar. You need no account, and Rathaus stores nothing about you.',
    feedsTitle: 'Feeds (Atom)',
    feedsIntro:
      'Copy the address of a feed into your feed reader (for example Thunderbird, Feedly or NetNewsWire). Every project page also has a feed of its own.',
    allNews: 'All news from the projects',
    answers: 'The city’s answers to proposals',
    byField: 'News by field of action',
    calendarTitle: 'Calendar (iCalendar)',
    calendarIntro:
      'Workshops, council decisions on the digitalisation agenda and new progress reports. Add the address to your calendar as a subscription (“Subscribe to calendar” or “From the internet”) and it stays up to date by itself.',
    publicDates: 'Public dates',
    address: 'Address: {{url}}',
    emailHint: 'You are notified by e-mail when you follow a proposal.',
    projectFeed: 'News of this project as a feed (Atom)',
    feedLink: 'News as a feed (Atom)',
    newsTitle: 'News from the digitalisation projects – {{city}}',
    newsSubtitle: 'Announcements of the projects for the digital city and administration',
    projectNewsTitle: 'News: {{project}} – {{city}}',
    fieldNewsTitle: 'News in the field of action “{{field}}” – {{city}}',
    answersTitle: 'The city’s answers to proposals – {{city}}',
    answerEntry: 'The city’s answer: {{title}}',
    answerState: 'Status: {{state}}',
    newsEntryProject: 'Project: {{project}}',
    rights: 'Texts under the Data licence Germany – attribution – version 2.0 (dl-de/by-2-0)',
    publicCalendarName: 'Digitalisation {{city}}: dates',
    publicCalendarDescription:
      'Public dates of the digitalisation of {{city}}: workshops, council decisions and progress reports.',
    workshop: 'Workshop: {{title}}',
    workshopDetail: 'Organised by {{organiser}}.',
    council: 'Council decision: digitalisation agenda {{year}}',
    session: '{{meeting}}: {{paper}}',
    sessionItem: 'Agenda item {{number}}',
    sessionResult: 'Result: {{result}}',
    councilReference: 'Decision {{reference}}',
    report: 'Progress report published: {{title}}',
    personalCalendarName: 'My due dates in Rathaus',
    dueStatusReport: 'Status report due: {{project}} ({{period}})',
    dueMilestone: 'Milestone: {{title}} ({{project}})',
    dueActionItem: 'Action item due: {{title}}',
    dueRollup: 'Roll-up due: {{department}} ({{period}})',
    mineTitle: 'My dates in my calendar',
    mineIntro:
      'Your due dates in your calendar (Outlook, Thunderbird, smartphone): status reports and open milestones of your projects, your action items from meetings and, if you head a department, its roll-ups. The calendar fetches changes by itself.',
    mineSecret:
      'The address is personal: whoever knows it sees your dates. Do not pass it on. Make a new one if it has got into the wrong hands – the old one then stops working.',
    mineNone: 'You have no calendar address yet.',
    mineCreate: 'Create a calendar address',
    mineAddress: 'Your calendar address',
    mineCreated: 'created on {{date}}',
    mineLastUsed: 'last fetched on {{date}}',
    mineNeverUsed: 'not fetched yet',
    mineRenew: 'Create a new address',
    mineRemove: 'Delete the address',
    mineUpcoming: 'What the calendar holds',
    mineUpcomingNone: 'Nothing is due for you at the moment.',
    mineMore: 'and {{count}} more',
    day: 'Date',
    what: 'Entry',
    manage: 'My dates as a calendar subscription',
  },
  notice: {
    calendarCreated: 'Your calendar address has been created.',
    calendarRenewed: 'The new calendar address applies; the old one no longer works.',
    calendarRemoved: 'The calendar address is deleted.',
  },
  footer: { subscribe: 'Subscribe' },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    feeds: typeof de;
  }
}

export { ar } from './feeds.messages.ar.ts';
export { tr } from './feeds.messages.tr.ts';
