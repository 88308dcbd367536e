import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './workforce.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    process: 'عملية',
    training: 'تدريب',
  },
  nav: {
    internal: {
      trainings: 'الدورات التدريبية',
      processes: 'العمليات',
    },
  },
  common: {
    yes: 'نعم',
  },
  processes: {
    title: 'خريطة العمليات',
    intro:
      'العمليات الإدارية لكل مكتب مع درجة رقمنتها. وتعني «أُعيد تصميمها» أن العملية أُعيد النظر فيها قبل الرقمنة ولم تُنقل من الورق كما هي.',
    summary:
      'عدد العمليات المسجلة: {{total}}؛ {{analog}} % تناظرية، و{{partly}} % رقمية جزئيًا، و{{e2e}} % رقمية بالكامل من البداية إلى النهاية؛ وأُعيد تصميم {{redesigned}}.',
    caption_one:
      '{{count}} عملية (تناظرية {{analog}}، رقمية جزئيًا {{partly}}، رقمية بالكامل من البداية إلى النهاية {{e2e}})',
    caption_other:
      '{{count}} من العمليات (تناظرية {{analog}}، رقمية جزئيًا {{partly}}، رقمية بالكامل من البداية إلى النهاية {{e2e}})',
    office: 'المكتب',
    name: 'العملية',
    description: 'الوصف',
    state: 'درجة الرقمنة',
    states: {
      analog: 'تناظرية',
      partly_digital: 'رقمية جزئيًا',
      end_to_end: 'رقمية بالكامل من البداية إلى النهاية',
    },
    redesigned: 'أُعيد تصميمها قبل الرقمنة (لم تُنقل كما هي)',
    redesignedShort: 'أُعيد تصميمها',
    redesignedHint: 'مثل حذف خطوات تدقيق، أو دمج الاختصاصات، أو إلغاء المستندات الثبوتية.',
    project: 'المشروع',
    noProject: 'دون مشروع',
    add: 'تسجيل عملية',
    addButton: 'حفظ العملية',
  },
  trainings: {
    title: 'الدورات التدريبية',
    intro:
      'تعتمد استراتيجية التحول الرقمي على موظفين قادرين على توجيه المشاريع والعمليات. تجد هنا الدورات وعدد موظفي كل مكتب الذين حضروها.',
    mine: 'دوراتك',
    coverageCaption: 'المشاركة لكل مكتب (الموظفون الذين حضروا دورة واحدة على الأقل)',
    people: 'الموظفون',
    kinds: {
      project_management: 'إدارة المشاريع',
      process_management: 'إدارة العمليات',
      other: 'أخرى',
    },
    listCaption_one: '{{count}} دورة',
    listCaption_other: '{{count}} من الدورات',
    course: 'الدورة',
    kind: 'النوع',
    heldOn: 'التاريخ',
    provider: 'الجهة المقدّمة',
    participants: 'المشاركون',
    add: 'تسجيل دورة',
    addButton: 'حفظ الدورة',
  },
};
