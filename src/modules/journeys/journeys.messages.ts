import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the journeys module: the source of truth. */
export const de = {
  subscriptions: {
    followTitle: 'Diesem Vorschlag folgen',
    followIntro:
      'Erhalten Sie eine E-Mail, wenn der Vorschlag zu einer Projektidee gebündelt, in einem Projekt umgesetzt oder ein neuer Projektstand freigegeben wird.',
    followButton: 'Folgen',
    followRequested:
      'Fast geschafft: Bitte bestätigen Sie Ihre Adresse über den Link in der E-Mail, die wir Ihnen geschickt haben.',
    followed: 'Sie folgen diesem Vorschlag.',
    consent:
      'Ich bin einverstanden, dass die Stadt meine E-Mail-Adresse speichert, um mich über diesen Vorschlag zu informieren. Ich kann das jederzeit mit einem Klick beenden.',
  },
  supports: {
    title: 'Unterstützen',
    label: 'Unterstützungen',
    count_one: '{{count}} Unterstützung',
    count_other: '{{count}} Unterstützungen',
    intro_one: 'Bisher unterstützt {{count}} Person diesen Vorschlag.',
    intro_other: 'Bisher unterstützen {{count}} Personen diesen Vorschlag.',
    signIn: 'Melden Sie sich an (oder legen Sie kostenlos ein Konto an), um den Vorschlag zu unterstützen.',
    notify: 'Per E-Mail informieren, wenn sich bei diesem Vorschlag etwas tut',
    button: 'Vorschlag unterstützen',
    youSupport: 'Sie unterstützen diesen Vorschlag.',
    withdraw: 'Unterstützung zurückziehen',
    thanks: 'Danke für Ihre Unterstützung.',
    withdrawn: 'Ihre Unterstützung ist zurückgezogen.',
  },
  comments: {
    title_one: '{{count}} Kommentar',
    title_other: '{{count}} Kommentare',
    none: 'Noch keine Kommentare.',
    label: 'Ihr Kommentar',
    replyLabel: 'Ihre Antwort',
    hint: 'Kommentare werden vor der Veröffentlichung geprüft. Bitte bleiben Sie sachlich und nennen Sie keine personenbezogenen Daten Dritter.',
    send: 'Kommentar senden',
    sendReply: 'Antwort senden',
    reply: 'Antworten',
    signIn: 'Melden Sie sich an (oder legen Sie kostenlos ein Konto an), um zu kommentieren.',
    submitted: 'Danke! Ihr Kommentar erscheint, sobald die Moderation ihn geprüft hat.',
  },
  flag: {
    proposal: 'Diesen Vorschlag melden',
    comment: 'Kommentar melden',
    reason: 'Was ist nicht in Ordnung?',
    hint: 'Zum Beispiel Beleidigung, Werbung oder personenbezogene Daten. Die Moderation sieht sich das an.',
    send: 'Meldung senden',
    thanks: 'Danke für Ihre Meldung. Die Moderation sieht sich den Beitrag an.',
  },
  proposals: {
    title: 'Vorschläge',
    intro: 'Alle veröffentlichten Vorschläge aus den Beteiligungsverfahren der Stadt.',
    submitOwn: 'Eigenen Vorschlag einreichen',
    search: 'Suchbegriff',
    searchButton: 'Suchen',
    count_one: '{{count, number}} Vorschlag gefunden',
    count_other: '{{count, number}} Vorschläge gefunden',
    countMany:
      'Mehr als {{count, number}} Vorschläge gefunden. Die neuesten stehen vorn; weitere Suchwörter grenzen die Treffer ein.',
    noMatch: 'Weniger oder andere Suchwörter finden mehr, und ein Wortanfang genügt.',
    didYouMean: 'Meinten Sie „{{suggestion}}“?',
    referencePending:
      'Der Vorschlag {{reference}} ist eingegangen und wird vom Team Bürgerbeteiligung geprüft. Sobald er veröffentlicht ist, finden Sie ihn hier.',
    referenceHidden: 'Der Vorschlag {{reference}} ist nicht öffentlich sichtbar.',
    referenceUnknown:
      'Zur Nummer {{reference}} gibt es keinen Vorschlag. Bitte prüfen Sie die Nummer in Ihrer Bestätigung.',
    attribution: 'Quelle und Lizenz: {{text}}',
    // As the proposal form names it (a field of action, in citizens' words).
    field: 'Themenfeld',
    allFields: 'Alle Themenfelder',
    standing: 'Stand',
    allStandings: 'Jeder Stand',
    standings: {
      open: 'Noch ohne Antwort',
      merged: 'Zu einer Projektidee zusammengeführt',
      evaluating: 'Wird geprüft',
      accepted: 'Wird aufgegriffen',
      rejected: 'Wird nicht weiterverfolgt',
    },
    authorFilter: 'Eingereicht von',
    allAuthors: 'Alle',
    sort: 'Reihenfolge',
    sorts: {
      newest: 'Neueste zuerst',
      supported: 'Meiste Unterstützungen',
      commented: 'Meiste Kommentare',
      relevance: 'Beste Treffer',
    },
    comments_one: '{{count}} Kommentar',
    comments_other: '{{count}} Kommentare',
  },
  journey: {
    title: 'Was wurde aus diesem Vorschlag?',
    moderation: {
      waiting: 'Wartet auf Moderation',
      hidden: 'Ausgeblendet',
      notPublic: 'Nur die Moderation sieht diesen Vorschlag; öffentlich erscheint er erst nach der Freigabe.',
      reason: 'Öffentlich nicht sichtbar. Grund: {{reason}}',
      duplicateOf: 'Öffentlich nicht sichtbar: ein Duplikat von {{reference}}.',
      toQueue: 'In der Moderation prüfen',
      toHidden: 'Unter den ausgeblendeten Vorschlägen öffnen',
    },
    followingNow: 'Sie folgen diesem Vorschlag und erfahren jede Neuigkeit sofort per E-Mail.',
    followingWeekly:
      'Sie folgen diesem Vorschlag und erhalten einmal pro Woche eine Zusammenfassung per E-Mail.',
    manageFollowing: 'Häufigkeit ändern oder abbestellen',
    submitted: 'Eingereicht',
    published: 'Veröffentlicht',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  subscriptions: {
    followTitle: 'Follow this proposal',
    followIntro:
      'Get an e-mail when the proposal is condensed into a project idea, implemented by a project, or a new project status is approved.',
    followButton: 'Follow',
    followRequested: 'Almost done: please confirm your address with the link in the e-mail we have sent you.',
    followed: 'You follow this proposal.',
    consent:
      'I agree that the city stores my e-mail address to keep me informed about this proposal. I can end this at any time with one click.',
  },
  supports: {
    title: 'Support',
    label: 'Supports',
    count_one: '{{count}} support',
    count_other: '{{count}} supports',
    intro_one: 'So far {{count}} person supports this proposal.',
    intro_other: 'So far {{count}} people support this proposal.',
    signIn: 'Sign in (or create a free account) to support the proposal.',
    notify: 'Tell me by e-mail when something happens to this proposal',
    button: 'Support the proposal',
    youSupport: 'You support this proposal.',
    withdraw: 'Withdraw your support',
    thanks: 'Thank you for your support.',
    withdrawn: 'Your support is withdrawn.',
  },
  comments: {
    title_one: '{{count}} comment',
    title_other: '{{count}} comments',
    none: 'No comments yet.',
    label: 'Your comment',
    replyLabel: 'Your reply',
    hint: 'Comments are checked before they are published. Please stay factual and do not name other people’s personal data.',
    send: 'Send comment',
    sendReply: 'Send reply',
    reply: 'Reply',
    signIn: 'Sign in (or create a free account) to comment.',
    submitted: 'Thank you! Your comment appears once the moderators have checked it.',
  },
  flag: {
    proposal: 'Report this proposal',
    comment: 'Report comment',
    reason: 'What is wrong?',
    hint: 'For example insults, advertising or personal data. The moderators will look at it.',
    send: 'Send report',
    thanks: 'Thank you for your report. The moderators will look at the contribution.',
  },
  proposals: {
    title: 'Proposals',
    intro: 'All published proposals from the city’s participation processes.',
    submitOwn: 'Submit your own proposal',
    search: 'Search term',
    searchButton: 'Search',
    count_one: '{{count, number}} proposal found',
    count_other: '{{count, number}} proposals found',
    countMany:
      'More than {{count, number}} proposals found. The newest come first; more search words narrow them down.',
    noMatch: 'Fewer or other search words find more, and the beginning of a word is enough.',
    didYouMean: 'Did you mean “{{suggestion}}”?',
    referencePending:
      'Proposal {{reference}} has been received and is being reviewed by the participation team. Once it is published, you will find it here.',
    referenceHidden: 'Proposal {{reference}} is not publicly visible.',
    referenceUnknown:
      'There is no proposal with the reference {{reference}}. Please check it in your confirmation.',
    attribution: 'Source and licence: {{text}}',
    field: 'Topic',
    allFields: 'All topics',
    standing: 'Standing',
    allStandings: 'Any standing',
    standings: {
      open: 'Not answered yet',
      merged: 'Merged into a project idea',
      evaluating: 'Being evaluated',
      accepted: 'Being taken up',
      rejected: 'Not pursued',
    },
    authorFilter: 'Submitted by',
    allAuthors: 'All',
    sort: 'Order',
    sorts: {
      newest: 'Newest first',
      supported: 'Most supported',
      commented: 'Most commented',
      relevance: 'Best matches',
    },
    comments_one: '{{count}} comment',
    comments_other: '{{count}} comments',
  },
  journey: {
    title: 'What happened to this proposal?',
    moderation: {
      waiting: 'Waiting for moderation',
      hidden: 'Hidden',
      notPublic: 'Only moderators see this proposal; it appears publicly once it is approved.',
      reason: 'Not publicly visible. Reason: {{reason}}',
      duplicateOf: 'Not publicly visible: a duplicate of {{reference}}.',
      toQueue: 'Check it in moderation',
      toHidden: 'Open it among the hidden proposals',
    },
    followingNow: 'You follow this proposal and hear of every step at once by e-mail.',
    followingWeekly: 'You follow this proposal and get a weekly summary by e-mail.',
    manageFollowing: 'Change how often, or unsubscribe',
    submitted: 'Submitted',
    published: 'Published',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    journeys: typeof de;
  }
}

export { ar } from './journeys.messages.ar.ts';
export { tr } from './journeys.messages.tr.ts';
