import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the agendas module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    agenda: 'Agenda',
    agenda_version: 'Fassung der Agenda',
  },
  nav: {
    agenda: 'Agenda',
    internal: {
      agenda: 'Jahresagenda',
    },
  },
  agenda: {
    title: 'Jahresagenda Digitale Verwaltung',
    intro:
      'Jedes Jahr beschließt der Rat eine Agenda der Digitalisierungsvorhaben der Verwaltung. Hier stehen die beschlossenen Agenden mit dem Ratsbeschluss.',
    none: 'Noch keine Agenda beschlossen.',
    label: 'Agenda {{year}}',
    projectOnAgendas: 'Der Rat hat das Projekt mit dieser Jahresagenda beschlossen:',
    adoptedOn: 'Beschlossen am {{date}}',
    decisionDate: 'Datum des Ratsbeschlusses',
    decisionInFuture: 'Das Datum des Beschlusses darf nicht nach heute liegen.',
    decisionReference: 'Drucksache / Aktenzeichen',
    decisionReferenceHint: 'Wie im Ratsinformationssystem, z. B. „1712345“.',
    decidedText: 'Beschlusstext',
    councilDocument: 'Dokument im Ratsinformationssystem',
    oparl: 'OParl-Adresse des Beschlusses',
    items_one: '{{count}} Vorhaben',
    items_other: '{{count}} Vorhaben',
    internalItems_one: 'Dazu kommt {{count}} internes Vorhaben der Verwaltung.',
    internalItems_other: 'Dazu kommen {{count}} interne Vorhaben der Verwaltung.',
    otherYears: 'Agenden anderer Jahre',
    adminTitle: 'Jahresagenda',
    adminIntro:
      'Das Digitalisierungsteam stellt die Agenda aus den priorisierten Projektideen und laufenden Projekten zusammen. Jede gespeicherte Fassung bleibt als Version erhalten; eingereicht wird die neueste, beschlossen wird sie vom Rat.',
    states: {
      draft: 'Entwurf',
      submitted: 'dem Rat vorgelegt',
      adopted: 'beschlossen',
    },
    stateLine: 'Stand: {{state}}',
    start: 'Agenda {{year}} beginnen',
    publicLink: 'Öffentliche Fassung ansehen',
    versions: 'Versionen',
    savedOn: 'Gespeichert am',
    note: 'Was hat sich geändert?',
    noteHint: 'Zum Beispiel „Vorhaben Schulen-WLAN nach Stellungnahme des Schulamts ergänzt“.',
    newVersion: 'Neue Version speichern',
    firstVersion: 'Ersten Entwurf anlegen',
    fieldTitle: 'Titel',
    defaultTitle: 'Agenda Digitale Verwaltung {{year}}',
    introduction: 'Einleitung',
    chooseItems: 'Vorhaben der Agenda',
    chooseItemsHint: 'Nach Rang der Priorisierung; Quick Wins sind gekennzeichnet.',
    topItemsHint:
      'Hier stehen die ersten {{count}} der Priorisierung und die gewählten Vorhaben; jedes weitere wählen Sie unter der Liste aus.',
    addItem: 'Ein weiteres Vorhaben aufnehmen',
    addItemNone: '– keines –',
    saveVersion: 'Version speichern',
    submitHint:
      'Version {{version}} dem Rat vorlegen. Danach wird die Agenda nicht mehr geändert, und den Ratsbeschluss erfassen Sie danach auf dieser Seite.',
    submit: 'Dem Rat vorlegen',
    submitTitle: 'Agenda {{year}} dem Rat vorlegen?',
    submitHeading: 'Danach nicht mehr zu ändern',
    submitIntro_one: 'Sie legen Version {{version}} mit {{count}} Vorhaben vor.',
    submitIntro_other: 'Sie legen Version {{version}} mit {{count}} Vorhaben vor.',
    submitFrozen:
      'Die Agenda wird danach nicht mehr geändert, damit der Beschluss zu ihr passt. Den Ratsbeschluss erfassen Sie anschließend auf der Seite der Agenda.',
    recordDecision: 'Ratsbeschluss erfassen',
    adopt: 'Beschluss speichern und veröffentlichen',
  },
  translatable: {
    agenda_version: 'Beschlossene Agenda',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    agenda: 'Agenda',
    agenda_version: 'Agenda version',
  },
  nav: {
    agenda: 'Agenda',
    internal: {
      agenda: 'Annual agenda',
    },
  },
  agenda: {
    title: 'Annual digital-administration agenda',
    intro:
      'Every year the council adopts an agenda of the administration’s digitalisation measures. Here are the adopted agendas with the council decision.',
    none: 'No agenda adopted yet.',
    label: 'Agenda {{year}}',
    projectOnAgendas: 'The council adopted the project with this annual agenda:',
    adoptedOn: 'Adopted on {{date}}',
    decisionDate: 'Date of the council decision',
    decisionInFuture: 'The date of the decision cannot be after today.',
    decisionReference: 'Council document reference',
    decisionReferenceHint: 'As in the council information system, e.g. “1712345”.',
    decidedText: 'Text of the decision',
    councilDocument: 'Document in the council information system',
    oparl: 'OParl address of the decision',
    items_one: '{{count}} measure',
    items_other: '{{count}} measures',
    internalItems_one: 'In addition, {{count}} internal measure of the administration.',
    internalItems_other: 'In addition, {{count}} internal measures of the administration.',
    otherYears: 'Agendas of other years',
    adminTitle: 'Annual agenda',
    adminIntro:
      'The digitalisation team composes the agenda from the prioritised project ideas and running projects. Every saved state is kept as a version; the newest is submitted and the council adopts it.',
    states: {
      draft: 'draft',
      submitted: 'submitted to the council',
      adopted: 'adopted',
    },
    stateLine: 'State: {{state}}',
    start: 'Start the agenda {{year}}',
    publicLink: 'See the public version',
    versions: 'Versions',
    savedOn: 'Saved on',
    note: 'What changed?',
    noteHint: 'For example “Added school WiFi after the schools office’s statement”.',
    newVersion: 'Save a new version',
    firstVersion: 'Create the first draft',
    fieldTitle: 'Title',
    defaultTitle: 'Digital administration agenda {{year}}',
    introduction: 'Introduction',
    chooseItems: 'Measures on the agenda',
    chooseItemsHint: 'In the order of the prioritisation; quick wins are marked.',
    topItemsHint:
      'Listed here are the first {{count}} of the prioritisation and the measures chosen; choose any other below the list.',
    addItem: 'Add another measure',
    addItemNone: '– none –',
    saveVersion: 'Save version',
    submitHint:
      'Submit version {{version}} to the council. After that the agenda is no longer changed, and you record the council decision on this page once it is taken.',
    submit: 'Submit to the council',
    submitTitle: 'Submit the {{year}} agenda to the council?',
    submitHeading: 'No changes afterwards',
    submitIntro_one: 'You submit version {{version}} with {{count}} measure.',
    submitIntro_other: 'You submit version {{version}} with {{count}} measures.',
    submitFrozen:
      'The agenda is not changed afterwards, so that the decision matches it. You then record the council’s decision on the agenda’s page.',
    recordDecision: 'Record the council decision',
    adopt: 'Save the decision and publish',
  },
  translatable: {
    agenda_version: 'Adopted agenda',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    agendas: typeof de;
  }
}

export { ar } from './agendas.messages.ar.ts';
export { tr } from './agendas.messages.tr.ts';
