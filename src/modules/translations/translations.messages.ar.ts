import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './translations.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    translation_glossary: 'مسرد الترجمة',
    translation_usage: 'حصة الترجمة',
  },
  nav: {
    internal: {
      translations: 'الترجمات',
    },
  },
  translations: {
    title: 'الترجمات',
    intro:
      'يظهر محتوى المدينة بالإنجليزية والتركية والعربية؛ وما يكتبه الناس بلغة أخرى يظهر بالألمانية أيضًا. تُنشأ الترجمات الآلية بعد النشر وبعد كل تغيير؛ وهنا تراجعها وتصححها.',
    provider: 'خدمة الترجمة',
    providerNone: 'لا توجد خدمة مُعدّة – يترجم الأشخاص فقط (TRANSLATION_PROVIDER).',
    usage: 'تمت ترجمة {{used}} من أصل {{budget}} حرفًا هذا الشهر.',
    paused: 'الترجمة الآلية متوقفة منذ {{date}}.',
    pausedReason: {
      budget: 'استُنفدت الميزانية الشهرية من الأحرف (TRANSLATION_MONTHLY_CHARACTERS).',
      provider_quota: 'تفيد الخدمة بأن حصة الحساب قد استُنفدت.',
      provider_auth: 'رفضت الخدمة مفتاح API.',
    },
    pausedHint:
      'لن يُرسل شيء حتى الشهر القادم؛ وخلال ذلك تعرض الصفحات النص الأصلي. بعد رفع الميزانية أو الحصة يمكنك الاستئناف من هنا.',
    resume: 'استئناف الترجمة الآلية',
    filter: 'تصفية الترجمات',
    language: 'اللغة',
    allLanguages: 'جميع اللغات',
    onlyReview: 'ما يحتاج إلى مراجعة فقط',
    apply: 'تطبيق',
    caption_one: 'ترجمة واحدة',
    caption_other: 'عدد الترجمات: {{count}}',
    none: 'لا توجد ترجمات لهذا الاختيار.',
    record: 'المحتوى',
    text: 'الترجمة',
    origin: 'المصدر',
    originMachine: 'آلية ({{provider}})',
    originHuman: 'من شخص',
    reviewed: 'رُوجعت في {{date}}',
    needsReview: 'تغيّر النص الأصلي – يُرجى المراجعة',
    edit: 'مراجعة',
    editTitle: 'مراجعة ترجمة',
    original: 'النص الأصلي ({{language}})',
    translation: 'الترجمة ({{language}})',
    machineOf: 'ترجمة آلية باستخدام {{provider}} ({{model}}) في {{date}}.',
    save: 'حفظ ووضع علامة «رُوجعت»',
    back: 'العودة إلى الترجمات',
    glossary: 'المسرد',
    glossaryIntro:
      'مصطلحات المدينة وترجمتها الثابتة (مثلًا Amt ▸ مكتب). تتلقاها خدمة الترجمة مع كل ترجمة من الألمانية.',
    term: 'المصطلح (بالألمانية)',
    termTranslation: 'الترجمة',
    termTaken: 'هذا المصطلح موجود بالفعل لهذه اللغة؛ أزله أولًا لتغييره.',
    addTerm: 'إضافة المصطلح',
    remove: 'إزالة',
    noTerms: 'لا توجد مصطلحات بعد.',
    field: {
      title: 'العنوان',
      summary: 'الملخص',
      description: 'الوصف',
      body: 'النص',
      text: 'النص',
      name: 'الاسم',
      definition: 'التعريف',
      introduction: 'المقدمة',
      note: 'ملاحظة',
    },
    kind: 'النوع',
    allKinds: 'كل الأنواع',
  },
  mail: {
    translationStopped: {
      subject: '{{city}}: توقفت الترجمة الآلية',
      text: 'توقفت الترجمة الآلية للمحتوى لهذا الشهر. السبب: {{reason}} وحتى ذلك الحين تعرض الصفحات بلغات أخرى النص الأصلي. التفاصيل والاستئناف:',
    },
  },
};
