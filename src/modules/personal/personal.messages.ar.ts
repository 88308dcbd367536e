import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './personal.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  personal: {
    organisation: 'أنت تتحدث باسم: {{name}}',
    organisationIntro:
      'ربطت إدارة المدينة حسابك بهذه المنظمة. تحمل اقتراحاتك اسمها ما لم تكتب بصفتك الشخصية. وتشارك المنظمة في هذه المشاريع:',
    noOrganisationProjects: 'لا تشارك المنظمة بعد في أي مشروع عام.',
    title: 'مساحتي',
    signedInAs: 'مسجّل الدخول باسم {{name}} ({{email}}).',
    contents: 'محتوى مساحتي',
    proposals_one: 'اقتراحي ({{count}})',
    proposals_other: 'اقتراحاتي ({{count}})',
    supports_one: 'ما أيّدته ({{count}})',
    supports_other: 'ما أيّدته ({{count}})',
    comments_one: 'تعليقي ({{count}})',
    comments_other: 'تعليقاتي ({{count}})',
    follows: 'الإشعارات',
    data: 'بياناتي',
    state: {
      submitted: 'بانتظار مراجعة فريق الإشراف',
      published: 'منشور',
      hidden: 'غير منشور',
      merged: 'أُدمج في فكرة مشروع',
    },
    commentState: {
      submitted: 'بانتظار المراجعة',
      published: 'منشور',
      hidden: 'غير منشور',
    },
    reached: 'آخر مرحلة بلغها:',
    answer: 'رد المدينة:',
    hiddenBecause: 'السبب: {{reason}}',
    noProposals: 'لم تقدّم أي اقتراح بعد.',
    propose: 'تقديم اقتراح',
    noSupports: 'لا تؤيد أي اقتراح بعد.',
    browse: 'عرض الاقتراحات',
    noComments: 'لم تعلّق على أي شيء بعد.',
    frequency: { immediate: 'فورًا عبر البريد الإلكتروني', weekly: 'أسبوعيًا عبر البريد الإلكتروني' },
    unconfirmed: 'العنوان لم يُؤكَّد بعد',
    manageFollows: 'تغيير التواتر أو إلغاء الاشتراك في الإشعارات',
    noFollows: 'أنت لا تتابع أي اقتراح. يمكنك من صفحة أي اقتراح أن تطلب إشعارك بكل خطوة.',
    dataIntro:
      'يمكنك تنزيل كل ما حفظناه عن حسابك في ملف (المادتان 15 و20 من DSGVO)، وحذف حسابك (المادة 17 من DSGVO).',
    download: 'تنزيل بياناتي (JSON)',
    deleteLink: 'حذف حسابي',
    staffDelete: 'تتولى إدارة النظام إغلاق حسابات موظفي إدارة المدينة. يُرجى التواصل معها.',
    deleteTitle: 'حذف الحساب',
    deleteIntro: 'عند حذف حسابك يحدث ما يلي:',
    deleteGoes: 'يُحذف اسمك وعنوان بريدك الإلكتروني وكلمة مرورك وجميع الإشعارات. ويُسجَّل خروجك من كل مكان.',
    deleteStays:
      'تبقى الاقتراحات والتعليقات والتأييدات المنشورة دون اسمك حتى تظل النقاشات مفهومة؛ ولا يمكن بعد ذلك نسبتها إلى أي شخص.',
    deleteAudit: 'يحتفظ سجل الإدارة بأن حسابًا قد حُذف، ولكن دون أي بيانات عنك.',
    deleteFirst: 'هل تريد الحصول على نسخة من بياناتك قبل ذلك؟',
    deletePassword: 'كلمة مرورك للتأكيد',
    deleteUnderstood: 'فهمت أن الحذف لا يمكن التراجع عنه.',
    deleteUnderstoodRequired: 'يُرجى تأكيد أنك فهمت أن الحذف لا يمكن التراجع عنه.',
    deleteSubmit: 'حذف الحساب نهائيًا',
    deleteCancel: 'إلغاء',
    deleted: 'حُذف حسابك. وتبقى مشاركاتك المنشورة دون اسمك. شكرًا لمشاركتك!',
  },
};
