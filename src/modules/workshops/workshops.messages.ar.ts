import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './workshops.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    workshop: 'ورشة مشاركة',
  },
  nav: {
    internal: {
      workshops: 'ورش العمل',
    },
  },
  validation: {
    wholeNumber: 'يُرجى إدخال عدد صحيح يساوي 1 أو أكثر.',
  },
  workshops: {
    title: 'ورش العمل',
    intro:
      'ورش المشاركة وغيرها من الفعاليات التي تُعدّ فيها الاقتراحات بشكل مشترك. وتسجّل هنا اقتراحات المشاركين؛ وتُعرض ورشة العمل بوصفها المصدر.',
    count_one: '{{count}} ورشة عمل',
    count_other: '{{count}} من ورش العمل',
    none: 'لم تُسجَّل أي ورشة عمل بعد.',
    new: 'تسجيل ورشة عمل',
    create: 'إنشاء ورشة العمل',
    created: 'أُنشئت ورشة العمل. سجّل الآن اقتراحاتها.',
    noProcess: 'دون إجراء مشاركة',
    proposals: 'الاقتراحات',
    field: {
      title: 'عنوان ورشة العمل',
      heldOn: 'التاريخ',
      place: 'المكان',
      organiser: 'الجهة المنظِّمة',
      participants: 'عدد المشاركين',
    },
    facts_one: 'في {{date}} في {{place}}، بتنظيم من {{organiser}}، بمشاركة {{count}} شخص.',
    facts_other: 'في {{date}} في {{place}}، بتنظيم من {{organiser}}، وعدد المشاركين {{count}}.',
    proposalsTitle_one: '{{count}} اقتراح من ورشة العمل هذه',
    proposalsTitle_other: '{{count}} من الاقتراحات من ورشة العمل هذه',
    noProposals: 'لم تُسجَّل أي اقتراحات بعد.',
    enter: 'تسجيل اقتراح',
    enterHint: 'سجّل الاقتراح كما صاغه المشاركون. وسيُنشر فورًا، مع ورشة العمل بوصفها المصدر.',
    enterButton: 'تسجيل الاقتراح ونشره',
    entered: 'سُجّل الاقتراح ونُشر.',
  },
  proposals: {
    process: 'إجراء المشاركة',
  },
};
