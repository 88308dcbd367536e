import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './comments.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    comment: 'تعليق',
    reported_content: 'مشاركة مُبلَّغ عنها',
  },
  validation: {
    commentTooShort: 'يُرجى كتابة 3 أحرف على الأقل.',
    reportReason: 'يُرجى توضيح ما هو غير سليم في هذه المشاركة باختصار.',
  },
  comments: {
    oneLevel: 'لا يمكن الرد على الردود.',
    deletedAuthor: 'حساب محذوف',
  },
  mail: {
    comment: {
      published: {
        subject: 'نُشر تعليقك',
        text: 'نُشر تعليقك «{{excerpt}}» الآن:',
      },
      hidden: {
        subject: 'لم يُنشر تعليقك',
        text: 'لم يُنشر تعليقك «{{excerpt}}». السبب: {{reason}}. الاقتراح:',
      },
    },
  },
  translatable: {
    comment: 'تعليق',
  },
};
