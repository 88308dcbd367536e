import type { Catalog } from '../../platform/i18n/i18n.ts';

/** German messages of the comments module: the source of truth. */
export const de = {
  /** What its entries in the change log are about (/intern/verwaltung/protokoll). */
  auditSubject: {
    comment: 'Kommentar',
    reported_content: 'Gemeldeter Beitrag',
  },
  validation: {
    commentTooShort: 'Bitte schreiben Sie mindestens 3 Zeichen.',
    reportReason: 'Bitte sagen Sie kurz, was an dem Beitrag nicht in Ordnung ist.',
  },
  comments: {
    oneLevel: 'Auf Antworten kann nicht weiter geantwortet werden.',
    deletedAuthor: 'Gelöschtes Konto',
  },
  mail: {
    comment: {
      published: {
        subject: 'Ihr Kommentar ist veröffentlicht',
        text: 'Ihr Kommentar „{{excerpt}}“ ist jetzt veröffentlicht:',
      },
      hidden: {
        subject: 'Ihr Kommentar wurde nicht veröffentlicht',
        text: 'Ihr Kommentar „{{excerpt}}“ wurde nicht veröffentlicht. Grund: {{reason}}. Der Vorschlag:',
      },
    },
  },
  translatable: {
    comment: 'Kommentar',
  },
};

/** English: the type makes a missing key a compile error. */
export const en: Catalog<typeof de> = {
  auditSubject: {
    comment: 'Comment',
    reported_content: 'Reported contribution',
  },
  validation: {
    commentTooShort: 'Please write at least 3 characters.',
    reportReason: 'Please say briefly what is wrong with this contribution.',
  },
  comments: {
    oneLevel: 'Replies cannot be replied to.',
    deletedAuthor: 'Deleted account',
  },
  mail: {
    comment: {
      published: {
        subject: 'Your comment is published',
        text: 'Your comment “{{excerpt}}” is published now:',
      },
      hidden: {
        subject: 'Your comment was not published',
        text: 'Your comment “{{excerpt}}” was not published. Reason: {{reason}}. The proposal:',
      },
    },
  },
  translatable: {
    comment: 'Comment',
  },
};

declare module '../../platform/i18n/i18n.ts' {
  interface ModuleMessages {
    comments: typeof de;
  }
}

export { ar } from './comments.messages.ar.ts';
export { tr } from './comments.messages.tr.ts';
