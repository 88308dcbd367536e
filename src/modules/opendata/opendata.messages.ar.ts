import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './opendata.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  opendata: {
    title: 'البيانات المفتوحة',
    intro:
      'جميع الاقتراحات وأفكار المشاريع المنشورة متاحة للتنزيل بصيغة CSV (UTF-8، مفصولة بفواصل) وبصيغة JSON. ولا تحتوي الملفات على أي بيانات شخصية: لا عناوين بريد إلكتروني، ولا حسابات، ولا ملاحظات إشراف.',
    api: 'تتوفر المشاريع والاقتراحات والاقتراحات المتشابهة أيضًا عبر الواجهة المفتوحة:',
    download: 'تنزيل بصيغة {{format}}',
    fields: 'الحقول: {{title}}',
    field: 'الحقل',
    type: 'النوع',
    meaning: 'المعنى',
    licence:
      'الترخيص: ترخيص البيانات لألمانيا – نسب المصنَّف – الإصدار 2.0 (dl-de/by-2-0)، ما لم يُذكر غير ذلك في العمود «attribution». وتخضع المشاركات من إجراءات المشاركة السابقة للترخيص المذكور هناك.',
    types: {
      string: 'نص',
      integer: 'عدد صحيح',
      'date-time': 'طابع زمني (ISO 8601)',
      list: 'قائمة مفصولة بـ ;',
    },
    vorschlaege: {
      title: 'الاقتراحات',
      description: 'الاقتراحات المنشورة من جميع إجراءات المشاركة، بما فيها تلك التي أُدمجت في أفكار مشاريع.',
      fields: {
        id: 'المعرّف الدائم للاقتراح',
        number: 'رقم للاستفسارات، مثل V-7K3M9Q',
        title: 'العنوان',
        body: 'الوصف',
        author_kind: 'صفة مقدّم الاقتراح: citizen، company، startup، science، authority، ngo، staff',
        organisation_name: 'اسم المنظمة، إذا قُدّم الاقتراح باسم منظمة',
        field_of_action: 'مفتاح مجال العمل، مثل mobilitaet',
        process: 'مفتاح إجراء المشاركة، مثل raddialog-2017',
        attribution: 'بيان المصدر والترخيص الخاص بالإجراء، إذا كان مختلفًا',
        language: 'اللغة وفق ISO 639-1 (und = غير محددة)',
        state: 'published (منشور) أو merged (أُدمج في فكرة مشروع)',
        created_at: 'تاريخ التقديم',
        published_at: 'تاريخ النشر',
        source_url: 'العنوان الأصلي للمشاركات المستوردة',
        place: 'المكان الذي يتعلق به الاقتراح (بحسب بيانات مقدّميه)',
        workshop: 'ورشة العمل التي نشأ فيها الاقتراح',
        answer_state:
          'رد المدينة: evaluating (قيد المراجعة)، accepted (سيُؤخذ به)، rejected (لن تجري متابعته)، merged (دُمج)؛ ويبقى فارغًا ما دام لا يوجد رد',
        answer: 'نص رد المدينة',
        answered_at: 'توقيت رد المدينة (الأخير)',
        support_count: 'عدد التأييدات',
        comment_count: 'عدد التعليقات المنشورة',
        ideas: 'أرقام أفكار المشاريع التي أُدمج فيها الاقتراح',
      },
    },
    projektideen: {
      title: 'أفكار المشاريع',
      description: 'أفكار المشاريع التي جُمعت فيها الاقتراحات، مع أرقام الاقتراحات.',
      fields: {
        id: 'المعرّف الدائم لفكرة المشروع',
        number: 'الرقم، مثل I-4F7KQ2',
        title: 'العنوان',
        description: 'الوصف',
        field_of_action: 'مفتاح مجال العمل',
        state: 'open (مفتوحة)، أو in_project (قيد التنفيذ بوصفها مشروعًا)، أو rejected (مرفوضة)',
        created_at: 'تاريخ الإنشاء',
        proposal_count: 'عدد الاقتراحات',
        proposals: 'أرقام الاقتراحات',
      },
    },
    translated:
      'مع ?lang= تحتوي الأعمدة {{fields}} على الترجمات إلى تلك اللغة حيث توجد، وإلا على النص الأصلي؛ وبجانب كل منها _lang (لغة النص) و_origin (original: الأصل؛ machine: ترجمة آلية غير مراجعة؛ human: ترجمها أو راجعها شخص) و_provider (خدمة الترجمة).',
  },
  footer: {
    opendata: 'البيانات المفتوحة',
    api: 'الواجهة المفتوحة (API)',
  },
  api: {
    title: 'الواجهة المفتوحة (API)',
    base: 'العنوان:',
    version: 'الإصدار {{version}}؛ المستند القابل للقراءة آليًا:',
    document: 'OpenAPI 3.1 (JSON)',
    errors:
      'لا تقدّم الواجهة إلا بيانات عامة ولا تتطلب تسجيل الدخول. وتُرسَل الأخطاء بصيغة application/problem+json (RFC 9457) مع الحالة والعنوان والشرح.',
    operations_one: '{{count}} استعلام',
    operations_other: 'عدد الاستعلامات: {{count}}',
    parameters: 'المعاملات',
    name: 'الاسم',
    in: 'الموضع',
    type: 'النوع',
    meaning: 'المعنى',
    required: 'إلزامي',
    optional: 'يمكن أن يغيب',
    responses: 'الاستجابات',
    schemas: 'أنواع البيانات',
    fieldsOf: 'حقول {{name}}',
    field: 'الحقل',
  },
};
