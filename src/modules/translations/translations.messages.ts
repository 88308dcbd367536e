import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the translations module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    translation_glossary: 'Glossar für Übersetzungen',
    translation_usage: 'Kontingent für Übersetzungen',
  },
  nav: {
    internal: {
      translations: 'Übersetzungen',
    },
  },
  translations: {
    title: 'Übersetzungen',
    intro:
      'Die Inhalte der Stadt erscheinen auf Englisch, Türkisch und Arabisch; was Menschen in einer anderen Sprache schreiben, auch auf Deutsch. Maschinelle Übersetzungen entstehen nach dem Veröffentlichen und nach jeder Änderung; hier prüfen und korrigieren Sie sie.',
    provider: 'Übersetzungsdienst',
    providerNone: 'Keiner eingerichtet – nur Menschen übersetzen (TRANSLATION_PROVIDER).',
    usage: 'In diesem Monat übersetzt: {{used}} von {{budget}} Zeichen.',
    paused: 'Die maschinelle Übersetzung ruht seit {{date}}.',
    pausedReason: {
      budget: 'Das Monatsbudget an Zeichen ist aufgebraucht (TRANSLATION_MONTHLY_CHARACTERS).',
      provider_quota: 'Der Dienst meldet, dass das Kontingent des Kontos aufgebraucht ist.',
      provider_auth: 'Der Dienst hat den API-Schlüssel abgelehnt.',
    },
    pausedHint:
      'Bis zum nächsten Monat wird nichts mehr gesendet; Seiten zeigen so lange das Original. Nach einer Erhöhung des Budgets oder des Kontingents können Sie hier fortsetzen.',
    resume: 'Maschinelle Übersetzung fortsetzen',
    filter: 'Übersetzungen filtern',
    language: 'Sprache',
    allLanguages: 'Alle Sprachen',
    onlyReview: 'Nur zu prüfende',
    apply: 'Anwenden',
    caption_one: '{{count}} Übersetzung',
    caption_other: '{{count}} Übersetzungen',
    none: 'Keine Übersetzungen für diese Auswahl.',
    record: 'Inhalt',
    text: 'Übersetzung',
    origin: 'Herkunft',
    originMachine: 'maschinell ({{provider}})',
    originHuman: 'von einer Person',
    reviewed: 'geprüft am {{date}}',
    needsReview: 'Original geändert – bitte prüfen',
    edit: 'Prüfen',
    editTitle: 'Übersetzung prüfen',
    original: 'Original ({{language}})',
    translation: 'Übersetzung ({{language}})',
    machineOf: 'Maschinell übersetzt mit {{provider}} ({{model}}) am {{date}}.',
    save: 'Speichern und als geprüft markieren',
    back: 'Zurück zu den Übersetzungen',
    glossary: 'Glossar',
    glossaryIntro:
      'Begriffe der Stadt und ihre feste Übersetzung (zum Beispiel Amt ▸ office). Der Übersetzungsdienst erhält sie mit jeder Übersetzung aus dem Deutschen.',
    term: 'Begriff (Deutsch)',
    termTranslation: 'Übersetzung',
    termTaken: 'Diesen Begriff gibt es für diese Sprache schon; entfernen Sie ihn zuerst, um ihn zu ändern.',
    addTerm: 'Begriff hinzufügen',
    remove: 'Entfernen',
    noTerms: 'Noch keine Begriffe.',
    field: {
      title: 'Titel',
      summary: 'Zusammenfassung',
      description: 'Beschreibung',
      body: 'Text',
      text: 'Text',
      name: 'Name',
      definition: 'Definition',
      introduction: 'Einleitung',
      note: 'Anmerkung',
    },
    kind: 'Art',
    allKinds: 'Alle Arten',
  },
  mail: {
    translationStopped: {
      subject: '{{city}}: Maschinelle Übersetzung angehalten',
      text: 'Die maschinelle Übersetzung der Inhalte ist für diesen Monat angehalten. Grund: {{reason}} Bis dahin zeigen Seiten in anderen Sprachen das Original. Einzelheiten und Fortsetzen:',
    },
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    translation_glossary: 'Translation glossary',
    translation_usage: 'Translation quota',
  },
  nav: {
    internal: {
      translations: 'Translations',
    },
  },
  translations: {
    title: 'Translations',
    intro:
      'The city’s content appears in English, Turkish and Arabic; what people write in another language appears in German too. Machine translations are made after publishing and after every change; here you review and correct them.',
    provider: 'Translation service',
    providerNone: 'None set up – only people translate (TRANSLATION_PROVIDER).',
    usage: 'Translated this month: {{used}} of {{budget}} characters.',
    paused: 'Machine translation has been paused since {{date}}.',
    pausedReason: {
      budget: 'The monthly character budget is spent (TRANSLATION_MONTHLY_CHARACTERS).',
      provider_quota: 'The service reports that the account’s quota is used up.',
      provider_auth: 'The service refused the API key.',
    },
    pausedHint:
      'Nothing more is sent until next month; meanwhile pages show the original. Once the budget or the quota is raised, you can resume here.',
    resume: 'Resume machine translation',
    filter: 'Filter translations',
    language: 'Language',
    allLanguages: 'All languages',
    onlyReview: 'Only those to review',
    apply: 'Apply',
    caption_one: '{{count}} translation',
    caption_other: '{{count}} translations',
    none: 'No translations for this selection.',
    record: 'Content',
    text: 'Translation',
    origin: 'Origin',
    originMachine: 'machine ({{provider}})',
    originHuman: 'by a person',
    reviewed: 'reviewed on {{date}}',
    needsReview: 'Original changed – please review',
    edit: 'Review',
    editTitle: 'Review a translation',
    original: 'Original ({{language}})',
    translation: 'Translation ({{language}})',
    machineOf: 'Machine-translated with {{provider}} ({{model}}) on {{date}}.',
    save: 'Save and mark as reviewed',
    back: 'Back to the translations',
    glossary: 'Glossary',
    glossaryIntro:
      'The city’s terms and their fixed translation (for example Amt ▸ office). The translation service receives them with every translation from German.',
    term: 'Term (German)',
    termTranslation: 'Translation',
    termTaken: 'This term has a translation into this language already; remove it first to change it.',
    addTerm: 'Add the term',
    remove: 'Remove',
    noTerms: 'No terms yet.',
    field: {
      title: 'Title',
      summary: 'Summary',
      description: 'Description',
      body: 'Text',
      text: 'Text',
      name: 'Name',
      definition: 'Definition',
      introduction: 'Introduction',
      note: 'Note',
    },
    kind: 'Kind',
    allKinds: 'All kinds',
  },
  mail: {
    translationStopped: {
      subject: '{{city}}: machine translation paused',
      text: 'Machine translation of the content is paused for this month. Reason: {{reason}} Until then, pages in other languages show the original. Details and resuming:',
    },
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    translations: typeof de;
  }
}

export { ar } from './translations.messages.ar.ts';
export { tr } from './translations.messages.tr.ts';
