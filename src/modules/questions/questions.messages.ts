import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the questions module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    staff_question: 'Frage der Beschäftigten',
  },
  nav: {
    internal: {
      questions: 'Fragen und Antworten',
      questionsInbox: 'Fragen beantworten',
    },
  },
  questions: {
    title: 'Fragen zur digitalen Verwaltung',
    intro:
      'Was bewegt Sie an der Digitalisierung Ihrer Arbeit? Fragen Sie das Team des Chief Digital Officer. Jede Frage wird gelesen; die Antworten stehen hier für alle Beschäftigten der Stadtverwaltung, nicht im öffentlichen Portal.',
    ideaHint:
      'Eine Idee für ein Vorhaben? Reichen Sie sie als Vorschlag ein: Vorschläge von Beschäftigten werden wie alle anderen gebündelt und bewertet.',
    ideaLink: 'Vorschlag einreichen',
    askTitle: 'Eine Frage stellen',
    body: 'Ihre Frage',
    bodyHint:
      'Schreiben Sie so, dass Kolleginnen und Kollegen die Frage verstehen. Bitte keine Namen anderer Personen und keine eigene Personalangelegenheit.',
    askAs: 'Wie möchten Sie fragen?',
    askAsAnonymous: 'Anonym',
    askAsAnonymousHint: 'Rathaus speichert nicht, wer gefragt hat; auch das CDO-Team erfährt es nicht.',
    askAsNamed: 'Mit meinem Namen',
    askAsNamedHint: 'Ihr Name steht bei der Frage, sobald sie beantwortet ist.',
    ask: 'Frage senden',
    answeredTitle: 'Beantwortete Fragen',
    none: 'Noch ist keine Frage beantwortet.',
    askedAnonymously: 'Anonym gefragt am {{date}}',
    askedBy: 'Gefragt von {{name}} am {{date}}',
    answeredBy: 'Antwort von {{name}} am {{date}}',
    answeredByTeam: 'Antwort des CDO-Teams am {{date}}',
    inboxTitle: 'Fragen der Beschäftigten beantworten',
    inboxIntro:
      'Offene Fragen, die älteste zuerst. Eine Antwort steht sofort für alle Beschäftigten unter der Frage; eine abgelehnte Frage wird nicht veröffentlicht, ihr Grund bleibt im Änderungsprotokoll.',
    inboxNone: 'Keine offene Frage.',
    receivedOn: 'Eingegangen am {{date}}',
    anonymous: 'Anonym gestellt',
    named: 'Gestellt von {{name}}',
    open: 'Beantworten',
    answerTitle: 'Frage beantworten',
    answerField: 'Antwort',
    answerHint: 'Die Antwort steht unter der Frage für alle Beschäftigten, mit Ihrem Namen.',
    publishAnswer: 'Antwort veröffentlichen',
    declineTitle: 'Nicht öffentlich beantworten',
    declineReason: 'Grund',
    declineHint:
      'Nur für das CDO-Team sichtbar, zum Beispiel „Personalangelegenheit, an das Personalamt verwiesen“.',
    decline: 'Frage ablehnen',
    back: 'Zurück zu den offenen Fragen',
  },
  notice: {
    questionAsked: 'Danke, Ihre Frage ist eingegangen. Die Antwort erscheint auf dieser Seite.',
    questionAnswered: 'Die Antwort ist veröffentlicht.',
    questionDeclined: 'Die Frage ist abgelehnt und wird nicht veröffentlicht.',
    questionClosed: 'Diese Frage ist inzwischen beantwortet oder abgelehnt.',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    staff_question: 'Staff question',
  },
  nav: {
    internal: {
      questions: 'Questions and answers',
      questionsInbox: 'Answer questions',
    },
  },
  questions: {
    title: 'Questions about the digital administration',
    intro:
      'What concerns you about the digitalisation of your work? Ask the Chief Digital Officer’s team. Every question is read; the answers stand here for everyone who works for the city, not on the public portal.',
    ideaHint:
      'An idea for a project? Send it as a proposal: proposals from staff are condensed and scored like everyone’s.',
    ideaLink: 'Send a proposal',
    askTitle: 'Ask a question',
    body: 'Your question',
    bodyHint:
      'Write so that colleagues understand the question. Please name no other people and no personnel matter of your own.',
    askAs: 'How do you want to ask?',
    askAsAnonymous: 'Anonymously',
    askAsAnonymousHint: 'Rathaus does not store who asked; the CDO team does not learn it either.',
    askAsNamed: 'With my name',
    askAsNamedHint: 'Your name stands beside the question once it is answered.',
    ask: 'Send the question',
    answeredTitle: 'Answered questions',
    none: 'No question has been answered yet.',
    askedAnonymously: 'Asked anonymously on {{date}}',
    askedBy: 'Asked by {{name}} on {{date}}',
    answeredBy: 'Answered by {{name}} on {{date}}',
    answeredByTeam: 'Answered by the CDO team on {{date}}',
    inboxTitle: 'Answer the questions of staff',
    inboxIntro:
      'Open questions, oldest first. An answer appears under its question for all staff at once; a declined question is not published, and its reason stays in the audit log.',
    inboxNone: 'No open question.',
    receivedOn: 'Received on {{date}}',
    anonymous: 'Asked anonymously',
    named: 'Asked by {{name}}',
    open: 'Answer',
    answerTitle: 'Answer a question',
    answerField: 'Answer',
    answerHint: 'The answer stands under the question for all staff, with your name.',
    publishAnswer: 'Publish the answer',
    declineTitle: 'Do not answer publicly',
    declineReason: 'Reason',
    declineHint: 'Only the CDO team sees it, for example “personnel matter, referred to the HR office”.',
    decline: 'Decline the question',
    back: 'Back to the open questions',
  },
  notice: {
    questionAsked: 'Thank you, your question has arrived. The answer will appear on this page.',
    questionAnswered: 'The answer is published.',
    questionDeclined: 'The question is declined and will not be published.',
    questionClosed: 'This question has been answered or declined meanwhile.',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    questions: typeof de;
  }
}

export { ar } from './questions.messages.ar.ts';
export { tr } from './questions.messages.tr.ts';
