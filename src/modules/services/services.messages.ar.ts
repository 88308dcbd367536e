import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './services.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    online_service: 'خدمة إلكترونية',
  },
  nav: {
    internal: {
      services: 'الخدمات الإلكترونية',
    },
  },
  services: {
    title: 'الخدمات الإلكترونية',
    intro:
      'جميع الخدمات الإدارية التي تقدّمها المدينة، مع مفتاح كل منها في كتالوج الخدمات (LeiKa)، والمكتب المختص، ودرجة رقمنتها وفق {{model}}.',
    chartCaption: 'عدد الخدمات في كل مستوى من مستويات النضج. والأرقام نفسها واردة في الجدول أدناه.',
    chartAlt: 'مخطط أشرطة: {{total}} من الخدمات حسب مستويات {{model}} – {{parts}}.',
    countsCaption: 'الخدمات في كل مستوى ({{model}})',
    catalogueCaption_one: '{{count}} خدمة',
    catalogueCaption_other: '{{count}} من الخدمات',
    filter: 'تصفية الخدمات',
    level: 'مستوى النضج',
    levelOn: 'مستوى النضج وفق {{model}}',
    meaning: 'المعنى',
    count: 'الخدمات',
    name: 'الخدمة',
    leika: 'مفتاح LeiKa',
    leikaHint: 'المفتاح المكوّن من 14 رقمًا في كتالوج الخدمات، مثل 99050012104000.',
    leikaFormat: 'يتكون مفتاح LeiKa من 14 رقمًا.',
    leikaTaken: 'هذه الخدمة موجودة بالفعل في الكتالوج.',
    office: 'المكتب المختص',
    url: 'عنوان الخدمة الإلكترونية',
    noProject: 'دون مشروع',
    projects: 'المشاريع',
    raisedBy: 'المشاريع التي ترفع مستوى النضج',
    raisedByAdd: 'إضافة مشروع يرفع مستوى النضج',
    raisedByNone: '– لا شيء –',
    adminTitle: 'إدارة كتالوج الخدمات',
    catalogueTitle: 'كتالوج الخدمات',
    publicLink: 'العرض العام',
    add: 'إضافة خدمة',
    addButton: 'حفظ الخدمة',
  },
  translatable: {
    online_service: 'خدمة إلكترونية',
  },
};
