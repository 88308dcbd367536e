import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './ideas.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    idea: 'فكرة مشروع',
  },
  nav: {
    internal: {
      ideas: 'أفكار المشاريع',
    },
  },
  common: {
    actions: 'الإجراءات',
  },
  proposalState: {
    merged: 'أُدمج في فكرة مشروع',
  },
  ideaState: {
    open: 'مفتوحة',
    in_project: 'قيد التنفيذ بوصفها مشروعًا',
    rejected: 'مرفوضة',
  },
  condense: {
    title: 'تجميع الاقتراحات',
  },
  ideas: {
    mergeConfirm: {
      title: 'دمج الاقتراحات في الفكرة «{{title}}»',
      heading: 'يُرجى المراجعة قبل الدمج',
      intro_one: 'سيُدمج اقتراح واحد في الفكرة الجديدة «{{title}}».',
      intro_other: 'سيُدمج {{count}} من الاقتراحات في الفكرة الجديدة «{{title}}».',
      public: 'سيعرض كل اقتراح من هذه الاقتراحات الفكرةَ على صفحته العامة وفي مساره.',
      mail: 'من يتابع أحد هذه الاقتراحات سيُبلَّغ بذلك عبر البريد الإلكتروني – ولا يمكن استرجاع رسالة بريد إلكتروني بعد إرسالها.',
      undo: 'يمكنك لاحقًا فك ارتباط اقتراحات بعينها من صفحة الفكرة.',
      button: 'إنشاء الفكرة ودمج الاقتراحات',
    },
    title: 'أفكار المشاريع',
    intro: 'تجمع أفكار المشاريع الاقتراحات معًا. ويبقى كل اقتراح أصلي محفوظًا ومرتبطًا بالفكرة.',
    new: 'فكرة مشروع جديدة',
    newIntro: 'ابحث عن اقتراحات منشورة مناسبة، واخترها، واجمعها في فكرة مشروع واحدة.',
    count_one: '{{count}} فكرة مشروع',
    count_other: '{{count}} من أفكار المشاريع',
    label: 'فكرة المشروع {{number}}',
    release: 'فك ارتباط «{{title}}» من الفكرة',
    number: 'الرقم',
    titleField: 'عنوان فكرة المشروع',
    description: 'الوصف',
    proposals: 'الاقتراحات',
    state: 'الحالة',
    created: 'تاريخ الإنشاء',
    toProject: 'إنشاء مشروع من «{{title}}»',
    searchProposals: 'البحث في الاقتراحات',
    searchButton: 'بحث',
    chooseProposals: 'الاقتراحات التي تدخل في الفكرة',
    noCandidates: 'لم يُعثر على اقتراحات مناسبة. جرّب كلمة بحث أخرى.',
    create: 'إنشاء فكرة المشروع',
    notCondensable: 'اقتراح واحد على الأقل من الاقتراحات المختارة غير منشور، ولا يمكن دمجه.',
  },
  projects: {
    field: 'مجال العمل',
  },
  journey: {
    merged: 'أُدمج في فكرة المشروع {{number}} «{{idea}}»',
    unmerged: 'فُكّ ارتباطه من فكرة المشروع {{number}} «{{idea}}»',
    notMergedYet: 'لم يُسند إلى أي فكرة مشروع بعد',
  },
  translatable: {
    idea: 'فكرة مشروع',
  },
};
