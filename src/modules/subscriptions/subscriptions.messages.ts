import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the subscriptions module: the source of truth. */
export const de = {
  form: {
    save: 'Speichern',
  },
  subscriptions: {
    consentRequired: 'Bitte willigen Sie ein, dass die Stadt Ihre E-Mail-Adresse dafür speichert.',
    confirmTitle: 'E-Mail-Adresse bestätigen',
    confirmText:
      'Sie möchten per E-Mail erfahren, was aus dem Vorschlag „{{title}}“ ({{number}}) wird. Bitte bestätigen Sie Ihre Adresse.',
    confirmButton: 'Adresse bestätigen',
    alreadyConfirmed: 'Diese Adresse ist bereits bestätigt.',
    confirmedNotice: 'Danke, Ihre Adresse ist bestätigt. Wir schreiben Ihnen, wenn sich etwas tut.',
    manageTitle: 'Ihre Benachrichtigungen',
    none: 'Sie erhalten keine Benachrichtigungen.',
    noneTextAccount:
      'Zu dieser Adresse sind keine Benachrichtigungen mehr gespeichert. Als Adresse Ihres Kontos bleibt sie dort gespeichert, bis Sie das Konto löschen.',
    noneText:
      'Zu dieser Adresse sind keine Benachrichtigungen mehr gespeichert; die Adresse ist bei uns gelöscht.',
    frequency: 'Wie oft möchten Sie Post?',
    following: 'Sie folgen diesen Vorschlägen',
    role: {
      author: 'eigener Vorschlag',
      supporter: 'unterstützt',
      follower: 'gefolgt',
    },
    unconfirmed: 'noch nicht bestätigt',
    stop: 'Nicht mehr folgen',
    stopAll: 'Alle Benachrichtigungen abbestellen',
  },
  mail: {
    confirm: {
      subject: 'Bitte bestätigen Sie Ihre E-Mail-Adresse',
      // The reference, not the title: the proposal is not moderated yet, and the address is whatever was typed.
      author:
        'Sie haben den Vorschlag {{number}} eingereicht und möchten erfahren, was aus ihm wird. Bitte bestätigen Sie dafür Ihre E-Mail-Adresse über diesen Link:',
      follower:
        'Sie möchten erfahren, was aus dem Vorschlag „{{title}}“ ({{number}}) wird. Bitte bestätigen Sie dafür Ihre E-Mail-Adresse über diesen Link:',
      ignore:
        'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail. Unbestätigte Adressen löschen wir nach 30 Tagen.',
    },
    notify: {
      subject: 'Neuigkeiten zum Vorschlag {{number}}',
      more: 'Den ganzen Weg des Vorschlags sehen Sie hier:',
      footer: 'Häufigkeit ändern oder mit einem Klick abbestellen:',
      event: {
        merged:
          '„{{title}}“ ({{number}}) wurde mit anderen Vorschlägen zur Projektidee „{{idea}}“ ({{ideaNumber}}) gebündelt.',
        unmerged: '„{{title}}“ ({{number}}) gehört nicht mehr zur Projektidee „{{idea}}“ ({{ideaNumber}}).',
        project: 'Die Projektidee zu „{{title}}“ ({{number}}) wird im Projekt „{{project}}“ umgesetzt.',
        status:
          'Das Projekt „{{project}}“ zu „{{title}}“ ({{number}}) hat einen neuen geprüften Stand ({{period}}): {{status}}, {{progress}} % erledigt.',
        report:
          'Das Projekt „{{project}}“ zu „{{title}}“ ({{number}}) steht im neuen Fortschrittsbericht „{{report}}“.',
        answer: 'Die Stadt hat auf „{{title}}“ ({{number}}) geantwortet – {{answerState}}:\n{{answer}}',
      },
    },
    digest: {
      subject: '{{city}}: Ihre Wochenübersicht mit {{count}} Neuigkeiten',
      intro: 'Das hat sich in der vergangenen Woche bei den Vorschlägen getan, denen Sie folgen:',
    },
    moderation: {
      published: {
        subject: 'Ihr Vorschlag {{number}} ist veröffentlicht',
        text: 'Ihr Vorschlag „{{title}}“ ({{number}}) ist jetzt veröffentlicht. Unter dieser Adresse sehen Sie, was aus ihm wird:',
      },
      hidden: {
        subject: 'Ihr Vorschlag {{number}} wurde nicht veröffentlicht',
        text: 'Ihr Vorschlag „{{title}}“ ({{number}}) wurde nicht veröffentlicht. Grund: {{reason}}. Sie können jederzeit einen neuen Vorschlag einreichen:',
      },
      duplicate: {
        subject: 'Ihren Vorschlag {{number}} gibt es schon',
        text: 'Ihr Vorschlag „{{title}}“ ({{number}}) sagt dasselbe wie der veröffentlichte Vorschlag „{{original}}“ ({{originalNumber}}). Damit die Stimmen nicht verteilt werden, führen wir ihn dort weiter:',
      },
    },
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  form: {
    save: 'Save',
  },
  subscriptions: {
    consentRequired: 'Please agree that the city keeps your e-mail address for this.',
    confirmTitle: 'Confirm your e-mail address',
    confirmText:
      'You would like to hear by e-mail what becomes of the proposal “{{title}}” ({{number}}). Please confirm your address.',
    confirmButton: 'Confirm address',
    alreadyConfirmed: 'This address is confirmed already.',
    confirmedNotice: 'Thank you, your address is confirmed. We will write when something happens.',
    manageTitle: 'Your notifications',
    none: 'You receive no notifications.',
    noneTextAccount:
      'No notifications are stored for this address any more. As your account’s address it stays with the account until you delete the account.',
    noneText: 'No notifications are stored for this address any more; we have deleted the address.',
    frequency: 'How often would you like mail?',
    following: 'You follow these proposals',
    role: {
      author: 'your proposal',
      supporter: 'supported',
      follower: 'followed',
    },
    unconfirmed: 'not confirmed yet',
    stop: 'Stop following',
    stopAll: 'Unsubscribe from all notifications',
  },
  mail: {
    confirm: {
      subject: 'Please confirm your e-mail address',
      author:
        'You submitted the proposal {{number}} and would like to hear what becomes of it. Please confirm your e-mail address with this link:',
      follower:
        'You would like to hear what becomes of the proposal “{{title}}” ({{number}}). Please confirm your e-mail address with this link:',
      ignore: 'If this was not you, ignore this e-mail. We delete unconfirmed addresses after 30 days.',
    },
    notify: {
      subject: 'News about proposal {{number}}',
      more: 'See the whole journey of the proposal here:',
      footer: 'Change how often you hear from us, or unsubscribe with one click:',
      event: {
        merged:
          '“{{title}}” ({{number}}) was condensed with other proposals into the project idea “{{idea}}” ({{ideaNumber}}).',
        unmerged:
          '“{{title}}” ({{number}}) is no longer part of the project idea “{{idea}}” ({{ideaNumber}}).',
        project:
          'The project idea behind “{{title}}” ({{number}}) is being implemented by the project “{{project}}”.',
        status:
          'The project “{{project}}” behind “{{title}}” ({{number}}) has a new reviewed status ({{period}}): {{status}}, {{progress}} % done.',
        report:
          'The project “{{project}}” behind “{{title}}” ({{number}}) is in the new progress report “{{report}}”.',
        answer: 'The city has answered “{{title}}” ({{number}}) – {{answerState}}:\n{{answer}}',
      },
    },
    digest: {
      subject: '{{city}}: your weekly summary with {{count}} updates',
      intro: 'This is what happened last week to the proposals you follow:',
    },
    moderation: {
      published: {
        subject: 'Your proposal {{number}} is published',
        text: 'Your proposal “{{title}}” ({{number}}) is now published. At this address you can see what becomes of it:',
      },
      hidden: {
        subject: 'Your proposal {{number}} was not published',
        text: 'Your proposal “{{title}}” ({{number}}) was not published. Reason: {{reason}}. You can submit a new proposal at any time:',
      },
      duplicate: {
        subject: 'Your proposal {{number}} exists already',
        text: 'Your proposal “{{title}}” ({{number}}) says the same as the published proposal “{{original}}” ({{originalNumber}}). So that support is not split, we continue with it there:',
      },
    },
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    subscriptions: typeof de;
  }
}

export { ar } from './subscriptions.messages.ar.ts';
export { tr } from './subscriptions.messages.tr.ts';
