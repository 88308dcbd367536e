import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of "Mein Bereich": the source of truth. */
export const de = {
  personal: {
    organisation: 'Sie sprechen für: {{name}}',
    organisationIntro:
      'Die Verwaltung hat Ihr Konto dieser Organisation zugeordnet. Ihre Vorschläge tragen ihren Namen, wenn Sie nicht als Privatperson schreiben. An diesen Projekten wirkt sie mit:',
    noOrganisationProjects: 'Die Organisation wirkt noch an keinem öffentlichen Projekt mit.',
    title: 'Mein Bereich',
    signedInAs: 'Angemeldet als {{name}} ({{email}}).',
    contents: 'Inhalt von Mein Bereich',
    proposals_one: 'Mein Vorschlag ({{count}})',
    proposals_other: 'Meine Vorschläge ({{count}})',
    supports_one: 'Unterstützt ({{count}})',
    supports_other: 'Unterstützt ({{count}})',
    supportedOn: 'unterstützt am {{date}}',
    comments_one: 'Mein Kommentar ({{count}})',
    comments_other: 'Meine Kommentare ({{count}})',
    follows: 'Benachrichtigungen',
    data: 'Meine Daten',
    state: {
      submitted: 'wartet auf Prüfung durch die Moderation',
      published: 'veröffentlicht',
      hidden: 'nicht veröffentlicht',
      merged: 'in eine Projektidee eingeflossen',
    },
    commentState: {
      submitted: 'wartet auf Prüfung',
      published: 'veröffentlicht',
      hidden: 'nicht veröffentlicht',
    },
    reached: 'Zuletzt erreicht:',
    answer: 'Antwort der Stadt:',
    hiddenBecause: 'Grund: {{reason}}',
    noProposals: 'Sie haben noch keinen Vorschlag eingereicht.',
    propose: 'Einen Vorschlag machen',
    noSupports: 'Sie unterstützen noch keinen Vorschlag.',
    browse: 'Vorschläge ansehen',
    noComments: 'Sie haben noch nichts kommentiert.',
    frequency: { immediate: 'sofort per E-Mail', weekly: 'wöchentlich per E-Mail' },
    unconfirmed: 'Adresse noch nicht bestätigt',
    manageFollows: 'Häufigkeit ändern oder Benachrichtigungen abbestellen',
    noFollows:
      'Sie folgen keinem Vorschlag. Auf der Seite eines Vorschlags können Sie sich über jeden Schritt benachrichtigen lassen.',
    dataIntro:
      'Sie können alles, was wir zu Ihrem Konto gespeichert haben, als Datei herunterladen (Art. 15 und 20 DSGVO) und Ihr Konto löschen (Art. 17 DSGVO).',
    download: 'Meine Daten herunterladen (JSON)',
    deleteLink: 'Mein Konto löschen',
    staffDelete:
      'Konten von Beschäftigten der Stadtverwaltung schließt die Administration. Wenden Sie sich bitte an sie.',
    deleteTitle: 'Konto löschen',
    deleteIntro: 'Wenn Sie Ihr Konto löschen, geschieht Folgendes:',
    deleteGoes:
      'Gelöscht werden Ihr Name, Ihre E-Mail-Adresse, Ihr Passwort und alle Benachrichtigungen. Sie werden überall abgemeldet.',
    deleteStays:
      'Veröffentlichte Vorschläge, Kommentare und Unterstützungen bleiben ohne Ihren Namen stehen, damit die Diskussion lesbar bleibt; sie sind danach niemandem mehr zuzuordnen.',
    deleteAudit:
      'Das Protokoll der Verwaltung behält, dass ein Konto gelöscht wurde, aber keine Angaben zu Ihrer Person.',
    deleteFirst: 'Möchten Sie vorher eine Kopie Ihrer Daten?',
    deletePassword: 'Ihr Passwort zur Bestätigung',
    deleteUnderstood: 'Ich habe verstanden, dass das Löschen nicht rückgängig zu machen ist.',
    deleteUnderstoodRequired: 'Bitte bestätigen Sie, dass das Löschen nicht rückgängig zu machen ist.',
    deleteSubmit: 'Konto endgültig löschen',
    deleteCancel: 'Abbrechen',
    deleted:
      'Ihr Konto ist gelöscht. Ihre veröffentlichten Beiträge bleiben ohne Ihren Namen stehen. Danke für Ihre Beteiligung!',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  personal: {
    organisation: 'You speak for: {{name}}',
    organisationIntro:
      'The administration has linked your account to this organisation. Your proposals carry its name unless you write as a private person. It contributes to these projects:',
    noOrganisationProjects: 'The organisation does not contribute to a public project yet.',
    title: 'My area',
    signedInAs: 'Signed in as {{name}} ({{email}}).',
    contents: 'Contents of my area',
    proposals_one: 'My proposal ({{count}})',
    proposals_other: 'My proposals ({{count}})',
    supports_one: 'Supported ({{count}})',
    supports_other: 'Supported ({{count}})',
    supportedOn: 'supported on {{date}}',
    comments_one: 'My comment ({{count}})',
    comments_other: 'My comments ({{count}})',
    follows: 'Notifications',
    data: 'My data',
    state: {
      submitted: 'waiting for the moderators',
      published: 'published',
      hidden: 'not published',
      merged: 'went into a project idea',
    },
    commentState: {
      submitted: 'waiting for the moderators',
      published: 'published',
      hidden: 'not published',
    },
    reached: 'Last step reached:',
    answer: 'The city’s answer:',
    hiddenBecause: 'Reason: {{reason}}',
    noProposals: 'You have not made a proposal yet.',
    propose: 'Make a proposal',
    noSupports: 'You do not support any proposal yet.',
    browse: 'Browse proposals',
    noComments: 'You have not commented on anything yet.',
    frequency: { immediate: 'by e-mail at once', weekly: 'by e-mail weekly' },
    unconfirmed: 'address not confirmed yet',
    manageFollows: 'Change how often, or unsubscribe',
    noFollows:
      'You do not follow any proposal. On a proposal’s page you can ask to hear about every step it takes.',
    dataIntro:
      'You can download everything we keep about your account as a file (Art. 15 and 20 GDPR) and delete your account (Art. 17 GDPR).',
    download: 'Download my data (JSON)',
    deleteLink: 'Delete my account',
    staffDelete: 'Accounts of the city’s staff are closed by the administration. Please contact them.',
    deleteTitle: 'Delete account',
    deleteIntro: 'When you delete your account:',
    deleteGoes:
      'Your name, e-mail address, password and all notifications are deleted. You are signed out everywhere.',
    deleteStays:
      'Published proposals, comments and supports stay without your name, so the discussion stays readable; afterwards nobody can tell they were yours.',
    deleteAudit: 'The administration’s log keeps that an account was deleted, but nothing about you.',
    deleteFirst: 'Would you like a copy of your data first?',
    deletePassword: 'Your password, to confirm',
    deleteUnderstood: 'I understand that deleting cannot be undone.',
    deleteUnderstoodRequired: 'Please confirm that you understand deleting cannot be undone.',
    deleteSubmit: 'Delete my account for good',
    deleteCancel: 'Cancel',
    deleted:
      'Your account is deleted. Your published contributions stay without your name. Thank you for taking part!',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    personal: typeof de;
  }
}

export { ar } from './personal.messages.ar.ts';
export { tr } from './personal.messages.tr.ts';
