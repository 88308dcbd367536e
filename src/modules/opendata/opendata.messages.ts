import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the opendata module: the source of truth. */
export const de = {
  opendata: {
    title: 'Offene Daten',
    intro:
      'Alle veröffentlichten Vorschläge und Projektideen zum Herunterladen, als CSV (UTF-8, Komma-getrennt) und als JSON. Die Dateien enthalten keine personenbezogenen Daten: keine E-Mail-Adressen, keine Konten, keine Moderationsnotizen.',
    api: 'Projekte, Vorschläge und ähnliche Vorschläge gibt es auch über die offene Schnittstelle:',
    download: 'Herunterladen als {{format}}',
    fields: 'Felder: {{title}}',
    field: 'Feld',
    type: 'Typ',
    meaning: 'Bedeutung',
    licence:
      'Lizenz: Datenlizenz Deutschland – Namensnennung – Version 2.0 (dl-de/by-2-0), soweit in der Spalte „attribution“ nichts anderes steht. Beiträge aus früheren Beteiligungsverfahren stehen unter der dort genannten Lizenz.',
    types: {
      string: 'Text',
      integer: 'Ganzzahl',
      'date-time': 'Zeitpunkt (ISO 8601)',
      list: 'Liste, durch ; getrennt',
    },
    vorschlaege: {
      title: 'Vorschläge',
      description:
        'Veröffentlichte Vorschläge aus allen Beteiligungsverfahren, auch solche, die in Projektideen eingeflossen sind.',
      fields: {
        id: 'Dauerhafte Kennung des Vorschlags',
        number: 'Nummer für Rückfragen, z. B. V-7K3M9Q',
        title: 'Titel',
        body: 'Beschreibung',
        author_kind: 'Wer eingereicht hat: citizen, company, startup, science, authority, ngo, staff',
        organisation_name: 'Name der Organisation, wenn als Organisation eingereicht',
        field_of_action: 'Schlüssel des Handlungsfelds, z. B. mobilitaet',
        process: 'Schlüssel des Beteiligungsverfahrens, z. B. raddialog-2017',
        attribution: 'Quellen- und Lizenzangabe des Verfahrens, falls abweichend',
        language: 'Sprache nach ISO 639-1 (und = unbestimmt)',
        state: 'published (veröffentlicht) oder merged (in eine Projektidee eingeflossen)',
        created_at: 'Eingereicht am',
        published_at: 'Veröffentlicht am',
        source_url: 'Ursprüngliche Adresse bei importierten Beiträgen',
        place: 'Ort, auf den sich der Vorschlag bezieht (Angabe der Einreichenden)',
        workshop: 'Werkstatt, aus der der Vorschlag stammt',
        answer_state:
          'Antwort der Stadt: evaluating (wird geprüft), accepted (wird aufgegriffen), rejected (wird nicht weiterverfolgt), merged (zusammengeführt); leer, solange keine Antwort vorliegt',
        answer: 'Text der Antwort der Stadt',
        answered_at: 'Zeitpunkt der (letzten) Antwort der Stadt',
        support_count: 'Anzahl der Unterstützungen',
        comment_count: 'Anzahl der veröffentlichten Kommentare',
        ideas: 'Nummern der Projektideen, in die der Vorschlag eingeflossen ist',
      },
    },
    projektideen: {
      title: 'Projektideen',
      description: 'Projektideen, zu denen Vorschläge verdichtet wurden, mit den Nummern der Vorschläge.',
      fields: {
        id: 'Dauerhafte Kennung der Projektidee',
        number: 'Nummer, z. B. I-4F7KQ2',
        title: 'Titel',
        description: 'Beschreibung',
        field_of_action: 'Schlüssel des Handlungsfelds',
        state: 'open (offen), in_project (wird als Projekt umgesetzt) oder rejected (abgelehnt)',
        created_at: 'Angelegt am',
        proposal_count: 'Anzahl der Vorschläge',
        proposals: 'Nummern der Vorschläge',
      },
    },
    translated:
      'Mit ?lang= stehen in den Spalten {{fields}} die Übersetzungen in diese Sprache, wo es sie gibt, sonst das Original; daneben je Spalte _lang (Sprache des Textes), _origin (original, machine: maschinell und ungeprüft, human: von einer Person übersetzt oder geprüft) und _provider (Übersetzungsdienst).',
  },
  footer: {
    opendata: 'Offene Daten',
    api: 'Offene Schnittstelle (API)',
  },
  api: {
    title: 'Offene Schnittstelle (API)',
    base: 'Adresse:',
    version: 'Version {{version}}; das maschinenlesbare Dokument:',
    document: 'OpenAPI 3.1 (JSON)',
    errors:
      'Die Schnittstelle liefert nur öffentliche Daten und braucht keine Anmeldung. Fehler kommen als application/problem+json (RFC 9457) mit Status, Titel und Erklärung.',
    operations_one: '{{count}} Abfrage',
    operations_other: '{{count}} Abfragen',
    parameters: 'Parameter',
    name: 'Name',
    in: 'Ort',
    type: 'Typ',
    meaning: 'Bedeutung',
    required: 'Pflicht',
    optional: 'kann fehlen',
    responses: 'Antworten',
    schemas: 'Datentypen',
    fieldsOf: 'Felder von {{name}}',
    field: 'Feld',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  opendata: {
    title: 'Open data',
    intro:
      'All published proposals and project ideas to download, as CSV (UTF-8, comma-separated) and as JSON. The files hold no personal data: no e-mail addresses, no accounts, no moderation notes.',
    api: 'Projects, proposals and similar proposals are also available through the open interface:',
    download: 'Download as {{format}}',
    fields: 'Fields: {{title}}',
    field: 'Field',
    type: 'Type',
    meaning: 'Meaning',
    licence:
      'Licence: Data licence Germany – attribution – version 2.0 (dl-de/by-2-0), unless the column “attribution” says otherwise. Contributions from earlier participation processes are under the licence named there.',
    types: {
      string: 'Text',
      integer: 'Whole number',
      'date-time': 'Point in time (ISO 8601)',
      list: 'List, separated by ;',
    },
    vorschlaege: {
      title: 'Proposals',
      description:
        'Published proposals from all participation processes, including those condensed into project ideas.',
      fields: {
        id: 'Permanent identifier of the proposal',
        number: 'Reference for enquiries, e.g. V-7K3M9Q',
        title: 'Title',
        body: 'Description',
        author_kind: 'Who submitted: citizen, company, startup, science, authority, ngo, staff',
        organisation_name: 'Name of the organisation, when submitted as one',
        field_of_action: 'Key of the field of action, e.g. mobilitaet',
        process: 'Key of the participation process, e.g. raddialog-2017',
        attribution: 'Source and licence of the process, where different',
        language: 'Language as ISO 639-1 (und = undetermined)',
        state: 'published, or merged (condensed into a project idea)',
        created_at: 'Submitted at',
        published_at: 'Published at',
        source_url: 'Original address of imported contributions',
        place: 'Place the proposal refers to (as given by its authors)',
        workshop: 'Workshop the proposal came from',
        answer_state:
          'The city’s answer: evaluating, accepted (taken up), rejected (not pursued), merged; empty while there is no answer',
        answer: 'Text of the city’s answer',
        answered_at: 'When the city (last) answered',
        support_count: 'Number of supports',
        comment_count: 'Number of published comments',
        ideas: 'References of the project ideas the proposal went into',
      },
    },
    projektideen: {
      title: 'Project ideas',
      description: 'Project ideas proposals were condensed into, with the proposals’ references.',
      fields: {
        id: 'Permanent identifier of the project idea',
        number: 'Reference, e.g. I-4F7KQ2',
        title: 'Title',
        description: 'Description',
        field_of_action: 'Key of the field of action',
        state: 'open, in_project (being implemented as a project) or rejected',
        created_at: 'Created at',
        proposal_count: 'Number of proposals',
        proposals: 'References of the proposals',
      },
    },
    translated:
      'With ?lang=, the columns {{fields}} hold the translations into that language where they exist, else the original; beside each, _lang (the text’s language), _origin (original; machine: machine-translated and not reviewed; human: translated or reviewed by a person) and _provider (the translation service).',
  },
  footer: {
    opendata: 'Open data',
    api: 'Open interface (API)',
  },
  api: {
    title: 'Open interface (API)',
    base: 'Address:',
    version: 'Version {{version}}; the machine-readable document:',
    document: 'OpenAPI 3.1 (JSON)',
    errors:
      'The interface returns public data only and needs no sign-in. Errors come as application/problem+json (RFC 9457) with status, title and detail.',
    operations_one: '{{count}} operation',
    operations_other: '{{count}} operations',
    parameters: 'Parameters',
    name: 'Name',
    in: 'In',
    type: 'Type',
    meaning: 'Meaning',
    required: 'required',
    optional: 'may be missing',
    responses: 'Responses',
    schemas: 'Data types',
    fieldsOf: 'Fields of {{name}}',
    field: 'Field',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    opendata: typeof de;
  }
}

export { ar } from './opendata.messages.ar.ts';
export { tr } from './opendata.messages.tr.ts';
