import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './projects.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    project: 'مشروع',
    milestone: 'مرحلة رئيسية',
  },
  validation: {
    cdoOnly: 'لا يغيّر هذا إلا فريق كبير مسؤولي التحول الرقمي (CDO).',
    stopReason: 'يُرجى ذكر سبب إيقاف المشروع (10 أحرف على الأقل).',
    endBeforeStart: 'لا يجوز أن تكون النهاية قبل البداية.',
  },
  phase: {
    planned: 'مخطط له',
    in_progress: 'قيد التنفيذ',
    completed: 'مكتمل',
    paused: 'معلّق مؤقتًا',
    stopped: 'موقوف',
  },
  visibility: {
    public: 'عام',
    internal: 'داخلي',
  },
  delivery: {
    editTitle: 'تحرير: {{title}}',
    backToProject: 'العودة إلى المشروع',
    save: 'حفظ',
    implementationPlan: 'خطة التنفيذ',
    implementationPlanHint:
      'حزم العمل، وطريقة العمل، والإدخال حيز الاستخدام – بحيث يفهمها من هم خارج المشروع.',
    stopReason: 'سبب الإيقاف',
    stopReasonHint: 'إلزامي إذا كانت المرحلة «موقوف»؛ ويظهر للعموم في المشاريع العامة.',
  },
  projects: {
    phase: 'المرحلة',
  },
  project: {
    title: 'العنوان',
    summary: 'الوصف المختصر',
    summaryHint: 'جملة أو جملتان لنظرة عامة على المشاريع.',
    description: 'الوصف وخطة التنفيذ',
    idea: 'ينفّذ فكرة المشروع',
    noIdeaOption: 'دون فكرة مشروع',
    owner: 'المكتب المسؤول',
    lead: 'مدير المشروع',
    noLead: 'لم يُعيَّن مدير للمشروع بعد',
    visibility: 'الظهور',
    startsOn: 'البداية',
    endsOn: 'النهاية',
    budgetPlanned: 'الميزانية المخططة باليورو',
    budgetHint: 'المبلغ الإجمالي على مدى المدة كلها، مثل 250000.',
    quickWin: 'مكسب سريع (Quick Win)',
    quickWinLabel: 'سريع التنفيذ وذو فائدة ملموسة',
  },
  milestone: {
    reopen: 'إعادة فتح «{{title}}»',
  },
  internal: {
    projects: {
      new: 'إنشاء مشروع جديد',
      create: 'إنشاء المشروع',
    },
  },
  journey: {
    project: 'يُنفَّذ في المشروع',
    noProjectYet: 'لا يوجد مشروع بعد',
  },
  translatable: {
    project: 'مشروع',
  },
};
