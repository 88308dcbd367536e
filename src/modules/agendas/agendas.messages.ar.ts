import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './agendas.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    agenda: 'الأجندة',
    agenda_version: 'نسخة الأجندة',
  },
  nav: {
    agenda: 'الأجندة',
    internal: {
      agenda: 'الأجندة السنوية',
    },
  },
  agenda: {
    title: 'الأجندة السنوية للإدارة الرقمية',
    intro:
      'يعتمد مجلس المدينة كل عام أجندة لمبادرات التحول الرقمي في إدارة المدينة. تجد هنا الأجندات المعتمدة مع قرار المجلس.',
    none: 'لم تُعتمد أي أجندة بعد.',
    label: 'أجندة {{year}}',
    projectOnAgendas: 'اعتمد المجلس المشروع ضمن جدول الأعمال السنوي هذا:',
    adoptedOn: 'اعتُمدت في {{date}}',
    decisionDate: 'تاريخ قرار المجلس',
    decisionInFuture: 'لا يجوز أن يكون تاريخ القرار بعد اليوم.',
    decisionReference: 'رقم الوثيقة / رقم الملف',
    decisionReferenceHint: 'كما في نظام معلومات المجلس، مثل «1712345».',
    decidedText: 'نص القرار',
    councilDocument: 'الوثيقة في نظام معلومات المجلس',
    oparl: 'عنوان OParl للقرار',
    items_one: '{{count}} مبادرة',
    items_other: '{{count}} من المبادرات',
    internalItems_one: 'يُضاف إلى ذلك {{count}} مبادرة داخلية لإدارة المدينة.',
    internalItems_other: 'يُضاف إلى ذلك مبادرات داخلية لإدارة المدينة، عددها {{count}}.',
    otherYears: 'أجندات السنوات الأخرى',
    adminTitle: 'الأجندة السنوية',
    adminIntro:
      'يُعدّ فريق التحول الرقمي الأجندة من أفكار المشاريع ذات الأولوية والمشاريع الجارية. تُحفظ كل صيغة محفوظة بوصفها نسخة؛ وتُقدَّم أحدث نسخة، ثم يعتمدها مجلس المدينة.',
    states: {
      draft: 'مسودة',
      submitted: 'مقدَّمة إلى المجلس',
      adopted: 'معتمدة',
    },
    stateLine: 'الحالة: {{state}}',
    start: 'بدء أجندة {{year}}',
    publicLink: 'عرض النسخة العامة',
    versions: 'النسخ',
    savedOn: 'تاريخ الحفظ',
    note: 'ما الذي تغيّر؟',
    noteHint: 'مثلًا: «أُضيفت مبادرة شبكة WLAN في المدارس بعد رأي مكتب المدارس».',
    newVersion: 'حفظ نسخة جديدة',
    firstVersion: 'إنشاء المسودة الأولى',
    fieldTitle: 'العنوان',
    defaultTitle: 'أجندة الإدارة الرقمية {{year}}',
    introduction: 'المقدمة',
    chooseItems: 'مبادرات الأجندة',
    chooseItemsHint: 'مرتبة حسب الأولوية؛ والمكاسب السريعة (Quick Wins) مميَّزة.',
    topItemsHint:
      'تظهر هنا أول {{count}} مبادرة في ترتيب الأولويات والمبادرات المختارة؛ ويمكنك اختيار أي مبادرة أخرى أسفل القائمة.',
    addItem: 'إضافة مبادرة أخرى',
    addItemNone: '– لا شيء –',
    saveVersion: 'حفظ النسخة',
    submitHint:
      'تقديم النسخة {{version}} إلى المجلس. بعد ذلك لن تُعدَّل الأجندة، وتسجّلون قرار المجلس في هذه الصفحة عند صدوره.',
    submit: 'تقديم إلى المجلس',
    submitTitle: 'تقديم جدول أعمال {{year}} إلى المجلس؟',
    submitHeading: 'لا تغيير بعد ذلك',
    submitIntro_one: 'تقدّم النسخة {{version}} بإجراء واحد.',
    submitIntro_other: 'تقدّم النسخة {{version}} مع {{count}} إجراءات.',
    submitFrozen: 'لا يُغيَّر جدول الأعمال بعد ذلك كي يطابقه القرار. ثم تسجّل قرار المجلس في صفحة جدول الأعمال.',
    recordDecision: 'تسجيل قرار المجلس',
    adopt: 'حفظ القرار ونشره',
  },
  translatable: {
    agenda_version: 'الأجندة المعتمدة',
  },
};
