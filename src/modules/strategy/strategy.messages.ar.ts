import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './strategy.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    goal: 'هدف',
    kpi: 'مؤشر',
  },
  nav: {
    strategy: 'الاستراتيجية',
    internal: {
      strategy: 'الاستراتيجية',
    },
  },
  form: {
    choose: 'يُرجى الاختيار',
  },
  validation: {
    number: 'يُرجى إدخال رقم، مثل 42 أو 12,5.',
    year: 'يُرجى إدخال سنة بين 1990 و2100.',
    key: 'أحرف لاتينية صغيرة وأرقام وشرطات فقط (من 2 إلى 60 حرفًا).',
    titleTooShort: 'يجب أن يتكون العنوان من 5 أحرف على الأقل.',
    bodyTooShort: 'يُرجى وصف اقتراحك في 20 حرفًا على الأقل.',
  },
  strategy: {
    servicesLink: 'الخدمات الإلكترونية ومستوى نضجها',
    prioritisationLink: 'كيف تحدد المدينة أولويات المشاريع: الأوزان والتقييمات',
    title: 'الاستراتيجية',
    intro:
      'استراتيجية التحول الرقمي لمدينة {{city}}: الركائز ومجالات العمل والأهداف، والمبادئ التوجيهية لميثاق المدينة الذكية (Smart City Charta)، والمؤشرات التي يمكن بها قياس التقدم.',
    noGoals: 'لم تُحدَّد بعد أي أهداف لمجال العمل هذا.',
    charter: 'ميثاق المدينة الذكية (Smart City Charta)',
    charterTitle: 'المبادئ التوجيهية لميثاق المدينة الذكية',
    charterIntro:
      'يصف ميثاق المدينة الذكية (2017) ما تحتاج إليه البلدية من أجل تحول رقمي مستدام. والأهداف والمشاريع مرتبطة بالمبادئ التوجيهية الأربعة.',
    kpis: 'المؤشرات',
    kpi: 'المؤشر',
    noKpis: 'لم تُحدَّد أي مؤشرات بعد.',
    kpiLatest: 'آخر قيمة {{value}} {{unit}} ({{date}})، والهدف {{target}} {{unit}} بحلول {{year}}',
    kpiNoValue: 'لا توجد قيمة مقيسة بعد؛ والهدف {{target}} {{unit}} بحلول {{year}}',
    definition: 'التعريف',
    unit: 'الوحدة',
    method: 'طريقة الحساب',
    source: 'مصدر البيانات',
    baseline: 'القيمة الأولية',
    baselineYear: 'سنة القيمة الأولية',
    target: 'القيمة المستهدفة',
    targetYear: 'السنة المستهدفة',
    direction: 'يكون الوضع جيدًا عندما',
    directions: {
      increase: 'ترتفع القيمة',
      decrease: 'تنخفض القيمة',
    },
    owner: 'المسؤول',
    goal: 'الهدف',
    chartCaption:
      'القيم المقيسة عبر الزمن؛ والخط المتقطع هو القيمة المستهدفة. والأرقام نفسها واردة في الجدول.',
    chartAlt_one:
      'مخطط خطي {{name}}: قيمة مقيسة واحدة، {{last}} {{unit}} في {{lastDate}}؛ والقيمة المستهدفة {{target}} {{unit}} بحلول {{year}}.',
    chartAlt_other:
      'مخطط خطي {{name}}: {{count}} من القيم المقيسة من {{first}} {{unit}} ({{firstDate}}) إلى {{last}} {{unit}} ({{lastDate}})؛ والقيمة المستهدفة {{target}} {{unit}} بحلول {{year}}.',
    targetLine: 'هدف {{year}}',
    noMeasurements: 'لا توجد قيم مقيسة بعد.',
    measurements: 'القيم المقيسة: {{name}}',
    measuredOn: 'تاريخ القياس',
    value: 'القيمة ({{unit}})',
    note: 'ملاحظة',
    adminTitle: 'إدارة الاستراتيجية والمؤشرات',
    publicLink: 'العرض العام',
    newGoal: 'هدف جديد',
    parent: 'الهدف الأعلى',
    parentHint: 'اتركه فارغًا لهدف يقع مباشرة تحت مجال العمل؛ وإلا فاختر هدفًا من مجال العمل نفسه.',
    noParent: 'لا شيء (هدف لمجال العمل)',
    goalTitle: 'الهدف',
    goalDescription: 'الوصف',
    createGoal: 'إنشاء الهدف',
    parentMismatch: 'الهدف الأعلى ينتمي إلى مجال عمل آخر.',
    newKpi: 'مؤشر جديد',
    kpiIntro:
      'تُوصف المؤشرات على نمط مؤشرات U4SSC (ITU/UNECE): ما الذي يُقاس، وكيف، ومن أي مصدر، ومن أي قيمة أولية إلى أي هدف.',
    kpiName: 'اسم المؤشر',
    kpiKey: 'الاسم المختصر',
    kpiKeyHint: 'أحرف لاتينية صغيرة وأرقام وشرطات، مثل «online-dienste-anteil».',
    keyTaken: 'هذا الاسم المختصر مستخدم بالفعل.',
    createKpi: 'إنشاء المؤشر',
    addMeasurement: 'تسجيل قيمة مقيسة',
    saveMeasurement: 'حفظ القيمة المقيسة',
  },
  proposal: {
    field: {
      fieldOfAction: 'المجال الموضوعي',
    },
  },
  translatable: {
    pillar: 'ركيزة الاستراتيجية',
    field_of_action: 'مجال العمل',
    goal: 'الهدف',
    kpi: 'المؤشر',
  },
};
