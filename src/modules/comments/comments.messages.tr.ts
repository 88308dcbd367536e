import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './comments.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    comment: 'Yorum',
    reported_content: 'Bildirilen katkı',
  },
  validation: {
    commentTooShort: 'Lütfen en az 3 karakter yazın.',
    reportReason: 'Lütfen katkıda neyin uygun olmadığını kısaca belirtin.',
  },
  comments: {
    oneLevel: 'Yanıtlara yanıt verilemez.',
    deletedAuthor: 'Silinmiş hesap',
  },
  mail: {
    comment: {
      published: {
        subject: 'Yorumunuz yayımlandı',
        text: '“{{excerpt}}” yorumunuz artık yayımlandı:',
      },
      hidden: {
        subject: 'Yorumunuz yayımlanmadı',
        text: '“{{excerpt}}” yorumunuz yayımlanmadı. Gerekçe: {{reason}}. Öneri:',
      },
    },
  },
  translatable: {
    comment: 'Yorum',
  },
};
