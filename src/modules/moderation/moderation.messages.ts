import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the moderation module: the source of truth. */
export const de = {
  nav: {
    internal: {
      moderation: 'Moderation',
    },
  },
  moderation: {
    doneComments: {
      published_one: 'Der Kommentar ist veröffentlicht.',
      published_other: '{{count}} Kommentare sind veröffentlicht.',
      hidden_one: 'Der Kommentar ist ausgeblendet.',
      hidden_other: '{{count}} Kommentare sind ausgeblendet.',
    },
    done: {
      published_one: 'Der Vorschlag ist veröffentlicht; wer ihn eingereicht hat, erfährt es per E-Mail.',
      published_other:
        '{{count}} Vorschläge sind veröffentlicht; wer sie eingereicht hat, erfährt es per E-Mail.',
      hidden_one: 'Der Vorschlag ist ausgeblendet.',
      hidden_other: '{{count}} Vorschläge sind ausgeblendet.',
      duplicate_one:
        'Der Vorschlag ist als Duplikat ausgeblendet; wer ihn eingereicht hat, erhält einen Link auf das Original.',
      duplicate_other:
        '{{count}} Vorschläge sind als Duplikate ausgeblendet; wer sie eingereicht hat, erhält einen Link auf das Original.',
    },
    filter: 'Vorschläge filtern',
    search: 'Suche im Text',
    language: 'Sprache',
    matching_one: '{{count}} Vorschlag entspricht dem Filter.',
    matching_other: '{{count}} Vorschläge entsprechen dem Filter.',
    comments_one: 'Kommentare ({{count}} wartet)',
    comments_other: 'Kommentare ({{count}} warten)',
    reported_one: 'Gemeldet ({{count}})',
    reported_other: 'Gemeldet ({{count}})',
    commentsTitle: 'Kommentare moderieren',
    selectComments: 'Kommentare auswählen',
    commentBy: '{{author}} am {{date}}',
    reply: 'Antwort',
    showHiddenComments: 'Ausgeblendete Kommentare zeigen',
    showWaitingComments: 'Wartende Kommentare zeigen',
    reportsTitle: 'Gemeldete Beiträge',
    noReports: 'Es liegen keine offenen Meldungen vor.',
    reportedComment_one: 'Kommentar, {{count}}-mal gemeldet',
    reportedComment_other: 'Kommentar, {{count}}-mal gemeldet',
    reportedProposal_one: 'Vorschlag, {{count}}-mal gemeldet',
    reportedProposal_other: 'Vorschlag, {{count}}-mal gemeldet',
    openProposal: 'Zum Vorschlag',
    reasonsGiven: 'Angegebene Gründe:',
    dismiss: 'Meldungen verwerfen, Beitrag bleibt',
    title: 'Moderation',
    views: 'Ansichten der Moderation',
    queue_one: 'Warteschlange ({{count}} Vorschlag)',
    queue_other: 'Warteschlange ({{count}} Vorschläge)',
    hidden_one: 'Ausgeblendet ({{count}})',
    hidden_other: 'Ausgeblendet ({{count}})',
    empty: 'Keine Vorschläge in dieser Ansicht.',
    emptyComments: 'Keine Kommentare in dieser Ansicht.',
    select: 'Vorschläge auswählen',
    choose: 'Auswahl',
    chooseOne: '„{{title}}“ auswählen',
    reason: 'Grund (nötig zum Ausblenden)',
    reasonHint: 'Wird der einreichenden Person mitgeteilt, z. B. „Werbung“ oder „Beleidigender Inhalt“.',
    reasonShown: 'Grund: {{reason}}',
    duplicateOf: 'Original (nötig für „Als Duplikat markieren“)',
    duplicateOfHint:
      'Nummer des veröffentlichten Vorschlags, z. B. V-7K3M9Q. Die Einreichenden erhalten einen Link darauf.',
    markDuplicate: 'Als Duplikat markieren',
    duplicateShown: 'Duplikat von {{reference}}',
    similarPublished: 'Ähnliche veröffentlichte Vorschläge:',
    hintsPending: 'Die Hinweise auf ähnliche veröffentlichte Vorschläge werden noch vorbereitet.',
    hintsWhy:
      'Nach einem Start zählt Rathaus einmal die Wörter aller veröffentlichten Vorschläge und vergleicht die wartenden mit ihnen; in einer großen Stadt dauert das einige Sekunden.',
    hintsReload: 'Seite neu laden',
    markDuplicateOf: 'Als Duplikat von {{reference}} markieren',
    markDuplicateOfLong: 'Als Duplikat von {{reference}} markieren: „{{title}}“',
    publish: 'Auswahl veröffentlichen',
    hide: 'Auswahl ausblenden',
    hideThis: 'Beitrag ausblenden',
  },
  projects: {
    all: 'Alle',
    apply: 'Filter anwenden',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  nav: {
    internal: {
      moderation: 'Moderation',
    },
  },
  moderation: {
    doneComments: {
      published_one: 'The comment is published.',
      published_other: '{{count}} comments are published.',
      hidden_one: 'The comment is hidden.',
      hidden_other: '{{count}} comments are hidden.',
    },
    done: {
      published_one: 'The proposal is published; whoever submitted it hears by e-mail.',
      published_other: '{{count}} proposals are published; whoever submitted them hears by e-mail.',
      hidden_one: 'The proposal is hidden.',
      hidden_other: '{{count}} proposals are hidden.',
      duplicate_one:
        'The proposal is hidden as a duplicate; whoever submitted it gets a link to the original.',
      duplicate_other:
        '{{count}} proposals are hidden as duplicates; whoever submitted them gets a link to the original.',
    },
    filter: 'Filter proposals',
    search: 'Search the text',
    language: 'Language',
    matching_one: '{{count}} proposal matches the filter.',
    matching_other: '{{count}} proposals match the filter.',
    comments_one: 'Comments ({{count}} waiting)',
    comments_other: 'Comments ({{count}} waiting)',
    reported_one: 'Reported ({{count}})',
    reported_other: 'Reported ({{count}})',
    commentsTitle: 'Moderate comments',
    selectComments: 'Select comments',
    commentBy: '{{author}} on {{date}}',
    reply: 'Reply',
    showHiddenComments: 'Show hidden comments',
    showWaitingComments: 'Show waiting comments',
    reportsTitle: 'Reported contributions',
    noReports: 'There are no open reports.',
    reportedComment_one: 'Comment, reported once',
    reportedComment_other: 'Comment, reported {{count}} times',
    reportedProposal_one: 'Proposal, reported once',
    reportedProposal_other: 'Proposal, reported {{count}} times',
    openProposal: 'Open the proposal',
    reasonsGiven: 'Reasons given:',
    dismiss: 'Dismiss the reports, keep the contribution',
    title: 'Moderation',
    views: 'Moderation views',
    queue_one: 'Queue ({{count}} proposal)',
    queue_other: 'Queue ({{count}} proposals)',
    hidden_one: 'Hidden ({{count}})',
    hidden_other: 'Hidden ({{count}})',
    empty: 'No proposals in this view.',
    emptyComments: 'No comments in this view.',
    select: 'Select proposals',
    choose: 'Select',
    chooseOne: 'Select “{{title}}”',
    reason: 'Reason (needed to hide)',
    reasonHint: 'Told to the submitter, such as “Advertising” or “Offensive content”.',
    reasonShown: 'Reason: {{reason}}',
    duplicateOf: 'Original (needed to mark as duplicate)',
    duplicateOfHint: 'Reference of the published proposal, e.g. V-7K3M9Q. The submitters get a link to it.',
    markDuplicate: 'Mark as duplicate',
    duplicateShown: 'Duplicate of {{reference}}',
    similarPublished: 'Similar published proposals:',
    hintsPending: 'The hints to similar published proposals are still being prepared.',
    hintsWhy:
      'After a start Rathaus counts the words of all published proposals once and compares the waiting ones with them; in a large city this takes a few seconds.',
    hintsReload: 'Reload the page',
    markDuplicateOf: 'Mark as duplicate of {{reference}}',
    markDuplicateOfLong: 'Mark as duplicate of {{reference}}: “{{title}}”',
    publish: 'Publish selection',
    hide: 'Hide selection',
    hideThis: 'Hide the contribution',
  },
  projects: {
    all: 'All',
    apply: 'Apply filters',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    moderation: typeof de;
  }
}

export { ar } from './moderation.messages.ar.ts';
export { tr } from './moderation.messages.tr.ts';
