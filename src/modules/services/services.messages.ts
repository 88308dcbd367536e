import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the services module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    online_service: 'Onlinedienst',
  },
  nav: {
    internal: {
      services: 'Onlinedienste',
    },
  },
  services: {
    title: 'Onlinedienste',
    intro:
      'Alle Verwaltungsleistungen der Stadt mit ihrem Schlüssel im Leistungskatalog (LeiKa), dem zuständigen Amt und ihrem Digitalisierungsgrad nach dem {{model}}.',
    chartCaption: 'Zahl der Leistungen je Reifegradstufe. Dieselben Zahlen stehen in der Tabelle darunter.',
    chartAlt: 'Balkendiagramm: {{total}} Leistungen nach Stufen des {{model}} – {{parts}}.',
    countsCaption: 'Leistungen je Stufe ({{model}})',
    catalogueCaption_one: '{{count}} Leistung',
    catalogueCaption_other: '{{count}} Leistungen',
    filter: 'Leistungen filtern',
    level: 'Reifegrad',
    levelOn: 'Reifegrad nach dem {{model}}',
    meaning: 'Bedeutung',
    count: 'Leistungen',
    name: 'Leistung',
    leika: 'LeiKa-Schlüssel',
    leikaHint: 'Der 14-stellige Schlüssel im Leistungskatalog, z. B. 99050012104000.',
    leikaFormat: 'Der LeiKa-Schlüssel hat 14 Ziffern.',
    leikaTaken: 'Diese Leistung steht schon im Katalog.',
    office: 'Zuständiges Amt',
    url: 'Adresse des Onlinedienstes',
    noProject: 'kein Projekt',
    projects: 'Projekte',
    raisedBy: 'Projekte, die den Reifegrad anheben',
    raisedByAdd: 'Ein Projekt hinzufügen, das den Reifegrad anhebt',
    raisedByNone: '– keines –',
    adminTitle: 'Leistungskatalog pflegen',
    catalogueTitle: 'Leistungskatalog',
    publicLink: 'Öffentliche Ansicht',
    add: 'Leistung aufnehmen',
    addButton: 'Leistung speichern',
  },
  translatable: {
    online_service: 'Onlinedienst',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    online_service: 'Online service',
  },
  nav: {
    internal: {
      services: 'Online services',
    },
  },
  services: {
    title: 'Online services',
    intro:
      'All of the city’s administrative services with their key in the federal service catalogue (LeiKa), the responsible office and their degree of digitalisation on the {{model}}.',
    chartCaption: 'Number of services per maturity level. The table below holds the same numbers.',
    chartAlt: 'Bar chart: {{total}} services by level of the {{model}} – {{parts}}.',
    countsCaption: 'Services per level ({{model}})',
    catalogueCaption_one: '{{count}} service',
    catalogueCaption_other: '{{count}} services',
    filter: 'Filter services',
    level: 'Maturity level',
    levelOn: 'Maturity level on the {{model}}',
    meaning: 'Meaning',
    count: 'Services',
    name: 'Service',
    leika: 'LeiKa key',
    leikaHint: 'The 14-digit key in the service catalogue, e.g. 99050012104000.',
    leikaFormat: 'A LeiKa key has 14 digits.',
    leikaTaken: 'This service is in the catalogue already.',
    office: 'Responsible office',
    url: 'Address of the online service',
    noProject: 'no project',
    projects: 'Projects',
    raisedBy: 'Projects that raise the maturity level',
    raisedByAdd: 'Add a project that raises the maturity level',
    raisedByNone: '– none –',
    adminTitle: 'Maintain the service catalogue',
    catalogueTitle: 'Service catalogue',
    publicLink: 'Public view',
    add: 'Add a service',
    addButton: 'Save service',
  },
  translatable: {
    online_service: 'Online service',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    services: typeof de;
  }
}

export { ar } from './services.messages.ar.ts';
export { tr } from './services.messages.tr.ts';
