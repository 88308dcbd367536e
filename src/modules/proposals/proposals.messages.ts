import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the proposals module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    proposal: 'Vorschlag',
  },
  nav: {
    participate: 'Mitmachen',
  },
  notice: {
    submitted: 'Vielen Dank, Ihr Vorschlag ist eingegangen.',
  },
  validation: {
    attachmentTooLarge: 'Die Datei „{{name}}“ ist größer als {{max}} MB.',
    attachmentType: 'Die Datei „{{name}}“ ist kein PDF, PNG oder JPEG.',
    attachmentsTooMany: 'Bitte hängen Sie höchstens {{max}} Dateien an.',
    attachAgain:
      'Ihre Dateien wurden noch nicht gespeichert. Bitte wählen Sie sie erneut aus, wenn Sie die übrigen Angaben berichtigt haben.',
    attachmentsBusy:
      'Dateien können gerade nicht angenommen werden. Bitte senden Sie den Vorschlag ohne Dateien oder versuchen Sie es später erneut.',
    authorKind: 'Bitte wählen Sie aus, wer den Vorschlag einreicht.',
    organisationRequired: 'Bitte nennen Sie Ihre Organisation.',
    reasonRequired: 'Bitte geben Sie einen Grund für das Ausblenden an.',
    consentRequired:
      'Bitte willigen Sie in die Verarbeitung Ihrer E-Mail-Adresse ein – oder lassen Sie das Feld leer.',
  },
  authorKind: {
    citizen: 'Bürgerin oder Bürger',
    company: 'Unternehmen',
    startup: 'Start-up',
    science: 'Wissenschaft',
    authority: 'Behörde',
    ngo: 'Verein oder Initiative',
    staff: 'Beschäftigte der Stadt',
  },
  subscriptions: {
    freq: {
      immediate: 'Sofort bei jeder Neuigkeit',
      weekly: 'Einmal pro Woche als Zusammenfassung',
    },
  },
  participate: {
    notify: 'Wie oft möchten Sie über Ihren Vorschlag informiert werden?',
    followAccount: 'Wir schreiben Ihnen an die Adresse Ihres Kontos, wenn sich an Ihrem Vorschlag etwas tut.',
    followLink:
      'Wir haben Ihnen einen Link an die angegebene Adresse geschickt. Bitte bestätigen Sie damit Ihre Adresse, sonst löschen wir sie nach 30 Tagen.',
    followNone: 'Sie haben keine E-Mail-Adresse angegeben, deshalb schreiben wir Ihnen nicht.',
    toMine: 'Ihre Vorschläge in Mein Bereich',
    followSent:
      'Wenn Sie eine E-Mail-Adresse angegeben haben, haben wir Ihnen einen Link geschickt. Bitte bestätigen Sie damit Ihre Adresse, sonst löschen wir sie nach 30 Tagen.',
    title: 'Mitmachen',
    intro:
      'Ihre Idee für eine digitale Stadt und Verwaltung: Was sollte die Stadt digital anbieten oder verbessern? Das Team Bürgerbeteiligung prüft jeden Vorschlag und veröffentlicht ihn, meist innerhalb von zwei Werktagen.',
    browse: 'Veröffentlichte Vorschläge ansehen',
    formTitle: 'Ihr Vorschlag',
    privacyNote:
      'Ihre E-Mail-Adresse wird nicht veröffentlicht und nur genutzt, um Sie über Ihren Vorschlag zu informieren. Mehr dazu:',
    submit: 'Vorschlag einreichen',
    rateLimited:
      'Von Ihrem Anschluss kamen in kurzer Zeit viele Vorschläge. Bitte versuchen Sie es in einer Stunde erneut.',
    rateLimitedAccount:
      'Sie haben in kurzer Zeit viele Vorschläge eingereicht. Bitte versuchen Sie es in einer Stunde erneut.',
    tooOften: 'Das wurde in kurzer Zeit zu oft versucht. Bitte versuchen Sie es in einer Stunde erneut.',
    consent:
      'Ich willige ein, dass die Stadt meine Angaben, insbesondere meine E-Mail-Adresse, für diesen Vorschlag verarbeitet (nötig, wenn Sie eine E-Mail-Adresse angeben).',
    similarLive: 'Ähnliche veröffentlichte Vorschläge',
    similarTitle: 'Gibt es Ihren Vorschlag schon?',
    similarIntro_one: 'Dieser veröffentlichte Vorschlag ähnelt Ihrem:',
    similarIntro_other: 'Diese {{count}} veröffentlichten Vorschläge ähneln Ihrem:',
    degree: {
      nearlySame: 'nahezu gleich',
      verySimilar: 'sehr ähnlich',
      similar: 'ähnlich',
      related: 'verwandtes Thema',
    },
    sameTitle: 'gleicher Titel',
    similarHow:
      'Die Ähnlichkeit wird aus gemeinsamen Wörtern, Wortteilen und Synonymen berechnet; seltene Wörter zählen mehr. Ob Ihr Vorschlag neu ist, entscheiden Sie.',
    yourProposal: 'Ihr Vorschlag',
    submitAnyway: 'Trotzdem einreichen',
    editAgain: 'Vorschlag bearbeiten',
    checkAgain:
      'Das Formular kam sehr kurz nach dem Öffnen an. Zum Schutz vor automatischen Einsendungen: Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal ab. Was Sie geschrieben haben, ist erhalten.',
    checkAgainStale:
      'Das Formular war sehr lange geöffnet oder stammt von einer älteren Seite. Bitte prüfen Sie Ihre Angaben und senden Sie es noch einmal ab. Was Sie geschrieben haben, ist erhalten.',
    thanksTitle: 'Vielen Dank für Ihren Vorschlag',
    thanksText: 'Ihr Vorschlag ist unter der Nummer {{reference}} eingegangen.',
    thanksNext:
      'Das Team Bürgerbeteiligung prüft ihn und veröffentlicht ihn danach. Bitte notieren Sie sich die Nummer für Rückfragen.',
  },
  proposal: {
    attachmentsKept: 'Diese Dateien sind bereits angehängt und bleiben es:',
    workshop: 'Aus der Werkstatt',
    label: 'Vorschlag {{number}}',
    field: {
      place: 'Ort',
      attachments: 'Anhänge',
      title: 'Titel',
      body: 'Beschreibung',
      authorKind: 'Sie reichen ein als',
      organisationName: 'Name der Organisation',
      email: 'E-Mail-Adresse',
    },
    hint: {
      place: 'Wo gilt Ihr Vorschlag? Zum Beispiel eine Straße, ein Stadtteil oder ein Gebäude.',
      attachments:
        'Bis zu 3 Dateien (PDF, PNG oder JPEG), je höchstens 5 MB. Sie werden mit dem Vorschlag veröffentlicht.',
      title: 'Eine kurze Überschrift, z. B. „Sperrmüll online anmelden“.',
      body: 'Was ist das Problem, und was schlagen Sie vor? Bitte keine personenbezogenen Daten Dritter.',
      organisationName:
        'Nötig für Unternehmen, Start-ups, Wissenschaft, Behörden und Vereine; sonst leer lassen.',
      email: 'Wenn Sie erfahren möchten, was aus Ihrem Vorschlag wird.',
    },
    noFieldOfAction: 'Weiß ich nicht',
    author: 'Eingereicht von',
    submittedOn: 'Eingereicht am',
    source: 'Quelle:',
  },
  moderation: {
    originalUnknown: 'Bitte geben Sie die Nummer eines veröffentlichten Vorschlags an.',
    originalSelected: 'Das Original darf nicht selbst ausgewählt sein.',
    publishWithReason:
      'Ein Grund gilt nur für „Auswahl ausblenden“. Zum Veröffentlichen lassen Sie das Feld leer.',
    publishWithOriginal:
      'Ein Original gilt nur für „Als Duplikat markieren“. Zum Veröffentlichen lassen Sie das Feld leer.',
  },
  answer: {
    title: 'Antwort der Stadt',
    none: 'Die Stadt hat auf diesen Vorschlag noch nicht geantwortet.',
    give: 'Antwort der Stadt geben',
    change: 'Antwort ändern',
    stateLabel: 'Stand',
    state: {
      evaluating: 'Wird geprüft',
      accepted: 'Wird aufgegriffen',
      rejected: 'Wird nicht weiterverfolgt',
      merged: 'Mit anderen Vorschlägen zusammengeführt',
    },
    textLabel: 'Antwort',
    textHint:
      'Öffentlich sichtbar und an alle geschickt, die dem Vorschlag folgen. Bei „Wird nicht weiterverfolgt“ nennen Sie bitte den Grund.',
    submit: 'Antwort veröffentlichen',
    saved: 'Die Antwort ist veröffentlicht; wer dem Vorschlag folgt, bekommt sie per E-Mail.',
    step: 'Antwort der Stadt: {{state}}',
  },
  translatable: {
    proposal: 'Vorschlag',
    proposal_answer: 'Antwort der Stadt',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    proposal: 'Proposal',
  },
  nav: {
    participate: 'Participate',
  },
  notice: {
    submitted: 'Thank you, your proposal has been received.',
  },
  validation: {
    attachmentTooLarge: 'The file “{{name}}” is larger than {{max}} MB.',
    attachmentType: 'The file “{{name}}” is not a PDF, PNG or JPEG.',
    attachmentsTooMany: 'Please attach at most {{max}} files.',
    attachAgain:
      'Your files have not been stored yet. Please choose them again once you have corrected the other entries.',
    attachmentsBusy:
      'Files cannot be accepted right now. Please send the proposal without files or try again later.',
    authorKind: 'Please choose who submits the proposal.',
    organisationRequired: 'Please name your organisation.',
    reasonRequired: 'Please give a reason for hiding.',
    consentRequired: 'Please consent to the processing of your e-mail address – or leave that field empty.',
  },
  authorKind: {
    citizen: 'Citizen',
    company: 'Company',
    startup: 'Start-up',
    science: 'Science',
    authority: 'Public authority',
    ngo: 'Association or initiative',
    staff: 'City staff',
  },
  subscriptions: {
    freq: {
      immediate: 'Right away, for every update',
      weekly: 'Once a week as a summary',
    },
  },
  participate: {
    notify: 'How often would you like to hear about your proposal?',
    followAccount: 'We will write to your account’s address when something happens to your proposal.',
    followLink:
      'We have sent a link to the address you gave. Please use it to confirm your address; otherwise we delete it after 30 days.',
    followNone: 'You gave no e-mail address, so we will not write to you.',
    toMine: 'Your proposals in My area',
    followSent:
      'If you gave an e-mail address, we have sent you a link. Please use it to confirm your address; otherwise we delete it after 30 days.',
    title: 'Participate',
    intro:
      'Your idea for a digital city and administration: what should the city offer or improve digitally? The participation team checks every proposal and publishes it, usually within two working days.',
    browse: 'See published proposals',
    formTitle: 'Your proposal',
    privacyNote:
      'Your e-mail address is never published and only used to tell you about your proposal. More:',
    submit: 'Submit proposal',
    rateLimited: 'Many proposals came from your connection in a short time. Please try again in an hour.',
    rateLimitedAccount: 'You have submitted many proposals in a short time. Please try again in an hour.',
    tooOften: 'This was tried too often in a short time. Please try again in an hour.',
    consent:
      'I consent to the city processing my details, in particular my e-mail address, for this proposal (needed if you give an e-mail address).',
    similarLive: 'Similar published proposals',
    similarTitle: 'Has your proposal been made already?',
    similarIntro_one: 'This published proposal is similar to yours:',
    similarIntro_other: 'These {{count}} published proposals are similar to yours:',
    degree: {
      nearlySame: 'nearly the same',
      verySimilar: 'very similar',
      similar: 'similar',
      related: 'related topic',
    },
    sameTitle: 'same title',
    similarHow:
      'Similarity is computed from shared words, parts of words and synonyms; rare words count more. You decide whether your proposal is new.',
    yourProposal: 'Your proposal',
    submitAnyway: 'Submit anyway',
    editAgain: 'Edit proposal',
    checkAgain:
      'The form arrived very soon after it was opened. To guard against automated submissions: please check your entries and send it once more. What you wrote is kept.',
    checkAgainStale:
      'The form was open for a very long time or comes from an older page. Please check your entries and send it once more. What you wrote is kept.',
    thanksTitle: 'Thank you for your proposal',
    thanksText: 'Your proposal was received with the reference {{reference}}.',
    thanksNext:
      'The participation team will check it and then publish it. Please note the reference for enquiries.',
  },
  proposal: {
    attachmentsKept: 'These files are attached already and stay attached:',
    workshop: 'From the workshop',
    label: 'Proposal {{number}}',
    field: {
      place: 'Place',
      attachments: 'Attachments',
      title: 'Title',
      body: 'Description',
      authorKind: 'You submit as',
      organisationName: 'Name of the organisation',
      email: 'E-mail address',
    },
    hint: {
      place: 'Where does your proposal apply? For example a street, a district or a building.',
      attachments:
        'Up to 3 files (PDF, PNG or JPEG), at most 5 MB each. They are published with the proposal.',
      title: 'A short heading, such as “Book bulky waste collection online”.',
      body: 'What is the problem, and what do you propose? Please no personal data of others.',
      organisationName:
        'Needed for companies, start-ups, science, authorities and associations; otherwise leave it empty.',
      email: 'If you want to hear what becomes of your proposal.',
    },
    noFieldOfAction: 'I don’t know',
    author: 'Submitted by',
    submittedOn: 'Submitted on',
    source: 'Source:',
  },
  moderation: {
    originalUnknown: 'Please give the reference of a published proposal.',
    originalSelected: 'The original must not be selected itself.',
    publishWithReason: 'A reason is only for “Hide selection”. To publish, leave this field empty.',
    publishWithOriginal: 'An original is only for “Mark as duplicate”. To publish, leave this field empty.',
  },
  answer: {
    title: 'The city’s answer',
    none: 'The city has not answered this proposal yet.',
    give: 'Give the city’s answer',
    change: 'Change the answer',
    stateLabel: 'Where it stands',
    state: {
      evaluating: 'Being evaluated',
      accepted: 'Being taken up',
      rejected: 'Not pursued',
      merged: 'Merged with other proposals',
    },
    textLabel: 'Answer',
    textHint:
      'Public, and sent to everyone who follows the proposal. For “Not pursued”, please give the reason.',
    submit: 'Publish the answer',
    saved: 'The answer is published; everyone who follows the proposal gets it by e-mail.',
    step: 'The city’s answer: {{state}}',
  },
  translatable: {
    proposal: 'Proposal',
    proposal_answer: 'The city’s answer',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    proposals: typeof de;
  }
}

export { ar } from './proposals.messages.ar.ts';
export { tr } from './proposals.messages.tr.ts';
