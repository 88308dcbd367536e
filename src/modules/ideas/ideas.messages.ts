import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the ideas module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    idea: 'Projektidee',
  },
  nav: {
    internal: {
      ideas: 'Projektideen',
    },
  },
  common: {
    actions: 'Aktionen',
  },
  proposalState: {
    merged: 'in eine Projektidee eingeflossen',
  },
  ideaState: {
    open: 'Offen',
    in_project: 'In Umsetzung als Projekt',
    rejected: 'Abgelehnt',
  },
  condense: {
    title: 'Vorschläge bündeln',
  },
  ideas: {
    mergeConfirm: {
      title: 'Vorschläge zur Idee „{{title}}“ zusammenführen',
      heading: 'Bitte prüfen Sie, bevor Sie zusammenführen',
      intro_one: 'Ein Vorschlag wird in der neuen Idee „{{title}}“ zusammengeführt.',
      intro_other: '{{count}} Vorschläge werden in der neuen Idee „{{title}}“ zusammengeführt.',
      public: 'Jeder dieser Vorschläge zeigt die Idee auf seiner öffentlichen Seite und in seinem Weg.',
      mail: 'Wer einem dieser Vorschläge folgt, erfährt es per E-Mail – eine versandte E-Mail lässt sich nicht zurückholen.',
      undo: 'Einzelne Vorschläge können Sie später auf der Seite der Idee wieder lösen.',
      button: 'Idee anlegen und Vorschläge zusammenführen',
    },
    title: 'Projektideen',
    intro:
      'Projektideen bündeln Vorschläge. Jeder ursprüngliche Vorschlag bleibt erhalten und mit der Idee verknüpft.',
    new: 'Neue Projektidee',
    newIntro:
      'Suchen Sie passende veröffentlichte Vorschläge, wählen Sie sie aus und fassen Sie sie zu einer Projektidee zusammen.',
    count_one: '{{count}} Projektidee',
    count_other: '{{count}} Projektideen',
    label: 'Projektidee {{number}}',
    release: '„{{title}}“ aus der Idee lösen',
    number: 'Nummer',
    titleField: 'Titel der Projektidee',
    description: 'Beschreibung',
    proposals: 'Vorschläge',
    state: 'Stand',
    created: 'Angelegt am',
    toProject: 'Projekt aus „{{title}}“ anlegen',
    searchProposals: 'Vorschläge durchsuchen',
    searchButton: 'Suchen',
    chooseProposals: 'Vorschläge, die in die Idee einfließen',
    noCandidates: 'Keine passenden Vorschläge gefunden. Versuchen Sie einen anderen Suchbegriff.',
    create: 'Projektidee anlegen',
    notCondensable:
      'Mindestens ein gewählter Vorschlag ist nicht veröffentlicht und kann nicht zusammengefasst werden.',
  },
  projects: {
    field: 'Handlungsfeld',
  },
  journey: {
    merged: 'In die Projektidee {{number}} „{{idea}}“ eingeflossen',
    unmerged: 'Aus der Projektidee {{number}} „{{idea}}“ wieder gelöst',
    notMergedYet: 'Noch keiner Projektidee zugeordnet',
  },
  translatable: {
    idea: 'Projektidee',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    idea: 'Project idea',
  },
  nav: {
    internal: {
      ideas: 'Project ideas',
    },
  },
  common: {
    actions: 'Actions',
  },
  proposalState: {
    merged: 'condensed into a project idea',
  },
  ideaState: {
    open: 'Open',
    in_project: 'Being implemented as a project',
    rejected: 'Rejected',
  },
  condense: {
    title: 'Condense proposals',
  },
  ideas: {
    mergeConfirm: {
      title: 'Merge proposals into the idea “{{title}}”',
      heading: 'Please check before you merge',
      intro_one: 'One proposal will be merged into the new idea “{{title}}”.',
      intro_other: '{{count}} proposals will be merged into the new idea “{{title}}”.',
      public: 'Each of these proposals shows the idea on its public page and in its journey.',
      mail: 'Whoever follows one of these proposals is told by e-mail – an e-mail once sent cannot be called back.',
      undo: 'You can release single proposals again later on the idea’s page.',
      button: 'Create the idea and merge the proposals',
    },
    title: 'Project ideas',
    intro: 'Project ideas condense proposals. Every original proposal is kept and linked to the idea.',
    new: 'New project idea',
    newIntro: 'Search for matching published proposals, select them and condense them into a project idea.',
    count_one: '{{count}} project idea',
    count_other: '{{count}} project ideas',
    label: 'Project idea {{number}}',
    release: 'Release “{{title}}” from the idea',
    number: 'Reference',
    titleField: 'Title of the project idea',
    description: 'Description',
    proposals: 'Proposals',
    state: 'State',
    created: 'Created on',
    toProject: 'Create a project from “{{title}}”',
    searchProposals: 'Search proposals',
    searchButton: 'Search',
    chooseProposals: 'Proposals that the idea condenses',
    noCandidates: 'No matching proposals found. Try another search term.',
    create: 'Create project idea',
    notCondensable: 'At least one selected proposal is not published and cannot be condensed.',
  },
  projects: {
    field: 'Field of action',
  },
  journey: {
    merged: 'Condensed into project idea {{number}} “{{idea}}”',
    unmerged: 'Released again from project idea {{number}} “{{idea}}”',
    notMergedYet: 'Not yet part of a project idea',
  },
  translatable: {
    idea: 'Project idea',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    ideas: typeof de;
  }
}

export { ar } from './ideas.messages.ar.ts';
export { tr } from './ideas.messages.tr.ts';
