import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the workshops module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    workshop: 'Beteiligungswerkstatt',
  },
  nav: {
    internal: {
      workshops: 'Werkstätten',
    },
  },
  validation: {
    wholeNumber: 'Bitte geben Sie eine ganze Zahl ab 1 ein.',
  },
  workshops: {
    title: 'Werkstätten',
    intro:
      'Beteiligungswerkstätten und andere Veranstaltungen, in denen Vorschläge gemeinsam erarbeitet werden. Hier erfassen Sie die Vorschläge der Teilnehmenden; die Werkstatt wird als Quelle angezeigt.',
    count_one: '{{count}} Werkstatt',
    count_other: '{{count}} Werkstätten',
    none: 'Noch keine Werkstatt erfasst.',
    new: 'Werkstatt erfassen',
    create: 'Werkstatt anlegen',
    created: 'Die Werkstatt ist angelegt. Erfassen Sie jetzt ihre Vorschläge.',
    noProcess: 'Kein Beteiligungsverfahren',
    proposals: 'Vorschläge',
    field: {
      title: 'Titel der Werkstatt',
      heldOn: 'Datum',
      place: 'Ort',
      organiser: 'Veranstaltet von',
      participants: 'Zahl der Teilnehmenden',
    },
    facts_one:
      'Am {{date}} in {{place}}, veranstaltet von {{organiser}}, mit {{count}} teilnehmenden Person.',
    facts_other: 'Am {{date}} in {{place}}, veranstaltet von {{organiser}}, mit {{count}} Teilnehmenden.',
    proposalsTitle_one: '{{count}} Vorschlag aus dieser Werkstatt',
    proposalsTitle_other: '{{count}} Vorschläge aus dieser Werkstatt',
    noProposals: 'Noch keine Vorschläge erfasst.',
    enter: 'Vorschlag erfassen',
    enterHint:
      'Erfassen Sie den Vorschlag so, wie ihn die Teilnehmenden formuliert haben. Er wird sofort veröffentlicht, mit der Werkstatt als Quelle.',
    enterButton: 'Vorschlag erfassen und veröffentlichen',
    entered: 'Der Vorschlag ist erfasst und veröffentlicht.',
  },
  proposals: {
    process: 'Beteiligungsverfahren',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    workshop: 'Participation workshop',
  },
  nav: {
    internal: {
      workshops: 'Workshops',
    },
  },
  validation: {
    wholeNumber: 'Please enter a whole number of 1 or more.',
  },
  workshops: {
    title: 'Workshops',
    intro:
      'Participation workshops and other events where proposals are worked out together. Enter the participants’ proposals here; the workshop is shown as their source.',
    count_one: '{{count}} workshop',
    count_other: '{{count}} workshops',
    none: 'No workshop recorded yet.',
    new: 'Record a workshop',
    create: 'Create workshop',
    created: 'The workshop is recorded. Now enter its proposals.',
    noProcess: 'No participation process',
    proposals: 'Proposals',
    field: {
      title: 'Title of the workshop',
      heldOn: 'Date',
      place: 'Place',
      organiser: 'Organised by',
      participants: 'Number of participants',
    },
    facts_one: 'On {{date}} in {{place}}, organised by {{organiser}}, with {{count}} participant.',
    facts_other: 'On {{date}} in {{place}}, organised by {{organiser}}, with {{count}} participants.',
    proposalsTitle_one: '{{count}} proposal from this workshop',
    proposalsTitle_other: '{{count}} proposals from this workshop',
    noProposals: 'No proposals entered yet.',
    enter: 'Enter a proposal',
    enterHint:
      'Enter the proposal as the participants phrased it. It is published at once, with the workshop as its source.',
    enterButton: 'Enter and publish the proposal',
    entered: 'The proposal is entered and published.',
  },
  proposals: {
    process: 'Participation process',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    workshops: typeof de;
  }
}

export { ar } from './workshops.messages.ar.ts';
export { tr } from './workshops.messages.tr.ts';
