import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './cockpit.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  nav: {
    internal: {
      cockpit: 'لوحة القيادة',
    },
  },
  cockpit: {
    trend: 'التطور عبر الدورات',
    trendCaption:
      'الحالات المعتمدة لكل دورة: الأخضر وفق الخطة، والبرتقالي معرّض للخطر، والأحمر حرج. ويحتوي الجدول على الأرقام نفسها.',
    trendTable: 'الحالات المعتمدة لكل فترة تقرير',
    trendAlt:
      'مخطط أعمدة يغطي {{count}} من الدورات من {{first}} إلى {{last}}: المشاريع الحرجة {{offFirst}} من أصل {{totalFirst}} في البداية، و{{offLast}} من أصل {{totalLast}} في آخر دورة.',
    noTrend: 'لا توجد تقارير حالة معتمدة بعد.',
    reported: 'المُبلَّغ عنه',
    meanProgress: 'التقدم (المتوسط)',
    overdueItems: 'مهام متأخرة من الاجتماعات',
    title: 'لوحة القيادة',
    introAll: 'المحفظة الكاملة للمشاريع الجارية والمخطط لها مع آخر حالة معتمدة – وما يحتاج إلى اهتمام.',
    introDepartment: 'المشاريع الجارية والمخطط لها في إدارتك مع آخر حالة معتمدة – وما يحتاج إلى اهتمام.',
    reach_one: 'مدى وصول البوابة في آخر 30 يومًا: {{visits}} زيارة، {{views}} مشاهدة صفحة (محسوبة دون تتبّع).',
    reach_other:
      'مدى وصول البوابة في آخر 30 يومًا: {{visits}} زيارة، {{views}} مشاهدة صفحة (محسوبة دون تتبّع).',
    reachLink: 'إلى الإحصاءات',
    summary:
      'عدد المشاريع: {{count}}؛ {{on}} وفق الخطة، و{{risk}} معرّضة للخطر، و{{off}} حرجة، و{{none}} دون حالة معتمدة بعد.',
    chartCaption: 'المشاريع حسب آخر حالة معتمدة. وتحتوي الجداول أدناه على الأرقام نفسها مفصّلة.',
    chartAlt:
      'مخطط أشرطة: عدد المشاريع {{count}} – {{on}} وفق الخطة، و{{risk}} معرّضة للخطر، و{{off}} حرجة، و{{none}} دون حالة.',
    projects: 'المشاريع',
    group: 'القطاع',
    byDepartment: 'مؤشر الحالة حسب الإدارة',
    byPillar: 'مؤشر الحالة حسب الركيزة',
    byField: 'مؤشر الحالة حسب مجال العمل',
    overdue: 'تقارير حالة متأخرة',
    decisions: 'قرارات مطلوبة',
    disagreements: 'الوقائع أسوأ مما أُبلغ عنه',
    disagreeNote: 'المُبلَّغ عنه: {{reported}}، المحسوب: {{computed}}',
    noneHere: 'لا شيء.',
  },
};
