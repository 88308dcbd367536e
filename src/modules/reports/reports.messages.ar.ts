import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './reports.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  nav: {
    reports: 'التقارير',
    internal: {
      progressReports: 'تقارير التقدم',
    },
  },
  progressReports: {
    title: 'تقارير التقدم',
    intro:
      'تُطلع المدينة مجلس المدينة والرأي العام بانتظام على المرحلة التي بلغتها مشاريع التحول الرقمي. ويعرض كل تقرير الحالة المراجَعة للمشاريع العامة في فترة تقرير معيّنة.',
    none: 'لم يُنشر أي تقرير بعد.',
    publishedOn: 'نُشر في {{date}}',
    draftOf: 'مسودة بتاريخ {{date}}',
    label: 'تقرير التقدم {{period}}',
    caption_one: '{{count}} مشروع بحالة مراجَعة',
    caption_other: '{{count}} من المشاريع بحالة مراجَعة',
    project: 'المشروع',
    status: 'الحالة',
    progress: 'التقدم',
    summary: 'الملخص',
    internalTitle: 'إعداد تقارير التقدم',
    internalIntro:
      'يأخذ التقرير تقارير الحالة المعتمدة للمشاريع العامة في فترة تقرير معيّنة كما هي عند إعداده. وبعد النشر لا يتغيّر؛ ويُبلَّغ متابعو الاقتراحات التي تقوم عليها هذه المشاريع.',
    new: 'إعداد مسودة تقرير جديد',
    fieldTitle: 'عنوان التقرير',
    fieldTitleHint: 'مثلًا «الإدارة الرقمية – تقرير إلى مجلس المدينة، الربع الثالث 2026».',
    period: 'فترة التقرير',
    fieldSummary: 'المقدمة',
    fieldSummaryHint: 'ما الذي كان مهمًا في هذه الفترة؟ يظهر النص فوق جدول المشاريع.',
    draft: 'إنشاء مسودة',
    publish: 'نشر التقرير',
    publishTitle: 'هل تريد نشر «{{title}}»؟',
    publishIntro: 'سيظهر عندئذٍ تقرير {{period}} للجميع تحت «التقارير».',
    publishProjects_one: 'يتضمن {{count}} مشروع مع حالته المراجَعة.',
    publishProjects_other: 'يتضمن {{count}} من المشاريع مع حالاتها المراجَعة.',
    publishFrozen: 'التقرير المنشور مجمَّد: لا يمكن تغييره أو سحبه بعد ذلك.',
    publishFollowers: 'يتلقى متابعو الاقتراحات التي تقوم عليها هذه المشاريع رسالة.',
    published: 'نُشر التقرير وجُمِّد. ويُبلَّغ متابعو الاقتراحات التي تقوم عليها مشاريعه.',
    publishHint: 'المسودة ليست عامة بعد. وعند نشرها تظهر تحت «التقارير».',
    openPublic: 'عرض النسخة العامة',
  },
  journey: {
    report: 'ورد ذكره في تقرير التقدم',
    noReportYet: 'لم يرد ذكره بعد في أي تقرير تقدم',
  },
  translatable: {
    progress_report: 'تقرير التقدم',
    progress_report_item: 'حالة المشروع في تقرير التقدم',
  },
};
