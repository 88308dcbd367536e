import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './meetings.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    action_item: 'مهمة من اجتماع',
    meeting_decision: 'قرار اجتماع',
    review_meeting: 'اجتماع مراجعة',
  },
  nav: {
    internal: {
      meetings: 'الاجتماعات',
      tasks: 'مهامي',
    },
  },
  notice: {
    meetingCreated: 'أُنشئ الاجتماع. سجّل القرارات والمهام.',
    decisionRecorded: 'سُجّل القرار.',
    itemAdded: 'أُنشئت المهمة.',
  },
  meeting: {
    title: 'اجتماعات المراجعة',
    intro:
      'تسجّل هنا اجتماعات مديري المكاتب والإدارات واجتماعات كبير مسؤولي التحول الرقمي (CDO) القراراتِ والمهامَّ – مع المسؤولين والمواعيد النهائية. وتظهر المهام المتأخرة في لوحة القيادة، ويُذكَّر المسؤولون بها.',
    none: 'لا توجد اجتماعات بعد.',
    new: 'تسجيل اجتماع',
    fieldTitle: 'العنوان',
    heldOn: 'التاريخ',
    unit: 'المكتب أو الإدارة',
    unitHint: 'لاجتماعات المكاتب والإدارات؛ أما اجتماع كبير مسؤولي التحول الرقمي فليس له ذلك.',
    noUnit: '– لا شيء –',
    cycle: 'الدورة',
    noCycle: '– لا شيء –',
    minutes: 'المحضر',
    create: 'إنشاء الاجتماع',
    back: 'إلى جميع الاجتماعات',
    decisions: 'القرارات',
    noDecisions: 'لا توجد قرارات بعد.',
    decisionText: 'القرار',
    project: 'المشروع',
    noProject: '– دون مشروع –',
    addDecision: 'تسجيل القرار',
    items: 'المهام',
    itemsCaption: 'المهام مع المسؤولين والمواعيد النهائية',
    noItems: 'لا توجد مهام بعد.',
    itemTitle: 'المهمة',
    owner: 'المسؤول',
    chooseOwner: '– يُرجى الاختيار –',
    due: 'تاريخ الاستحقاق',
    dueOn: 'مستحقة في {{date}}',
    itemState: 'الحالة',
    open: 'مفتوحة',
    overdue: 'متأخرة',
    doneOn: 'أُنجزت في {{date}}',
    markDone: 'أُنجزت: {{title}}',
    reopen: 'إعادة فتح: {{title}}',
    addItem: 'إنشاء مهمة',
  },
  tasks: {
    title: 'مهامي',
    intro:
      'تقارير الحالة المستحقة على مشاريعك، والمهام الناتجة عن الاجتماعات التي تتولى مسؤوليتها أو توجيهها.',
    introApprovals:
      'تقارير الحالة المستحقة على مشاريعك، وتقارير الحالة التي تنتظر موافقتك، والمهام الناتجة عن الاجتماعات التي تتولى مسؤوليتها أو توجيهها.',
    reports: 'تقارير الحالة المستحقة',
    reportLine: '{{period}}، مستحق في {{due}}',
    returned: 'أُعيد',
    noReports: 'لا توجد تقارير حالة معلّقة.',
    approvals: 'الاعتمادات',
    approvalsWaiting_one: 'تقرير حالة واحد بانتظار اعتمادك',
    approvalsWaiting_other: 'تقارير حالة بانتظار اعتمادك: {{count}}',
    noApprovals: 'لا يوجد تقرير حالة بانتظار اعتمادك.',
    noItems: 'لا توجد مهام معلّقة.',
  },
};
