import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './questions.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    staff_question: 'سؤال من الموظفين',
  },
  nav: {
    internal: {
      questions: 'أسئلة وأجوبة',
      questionsInbox: 'الإجابة عن الأسئلة',
    },
  },
  questions: {
    title: 'أسئلة حول الإدارة الرقمية',
    intro:
      'ما الذي يشغلك في رقمنة عملك؟ اسأل فريق مسؤول التحول الرقمي. تُقرأ كل الأسئلة؛ وتظهر الإجابات هنا لجميع العاملين في إدارة المدينة، لا في البوابة العامة.',
    ideaHint: 'لديك فكرة لمشروع؟ أرسلها كاقتراح: تُجمع اقتراحات العاملين وتُقيَّم مثل جميع الاقتراحات الأخرى.',
    ideaLink: 'إرسال اقتراح',
    askTitle: 'اطرح سؤالًا',
    body: 'سؤالك',
    bodyHint: 'اكتب بحيث يفهم زملاؤك السؤال. يُرجى عدم ذكر أسماء أشخاص آخرين أو شؤونك الوظيفية الخاصة.',
    askAs: 'كيف تريد أن تسأل؟',
    askAsAnonymous: 'دون ذكر الاسم',
    askAsAnonymousHint: 'لا يحفظ Rathaus من طرح السؤال؛ ولا يعرف فريق مسؤول التحول الرقمي ذلك أيضًا.',
    askAsNamed: 'باسمي',
    askAsNamedHint: 'يظهر اسمك بجانب السؤال بعد الإجابة عنه.',
    ask: 'إرسال السؤال',
    answeredTitle: 'الأسئلة المُجاب عنها',
    none: 'لم تتم الإجابة عن أي سؤال بعد.',
    askedAnonymously: 'سؤال دون ذكر الاسم في {{date}}',
    askedBy: 'سأل {{name}} في {{date}}',
    answeredBy: 'أجاب {{name}} في {{date}}',
    answeredByTeam: 'أجاب فريق مسؤول التحول الرقمي في {{date}}',
    inboxTitle: 'الإجابة عن أسئلة العاملين',
    inboxIntro:
      'الأسئلة المفتوحة، الأقدم أولًا. تظهر الإجابة تحت السؤال لجميع العاملين فورًا؛ ولا يُنشر السؤال المرفوض، ويبقى سببه في سجل التغييرات.',
    inboxNone: 'لا توجد أسئلة مفتوحة.',
    receivedOn: 'ورد في {{date}}',
    anonymous: 'سؤال دون ذكر الاسم',
    named: 'سأل {{name}}',
    open: 'الإجابة',
    answerTitle: 'الإجابة عن سؤال',
    answerField: 'الإجابة',
    answerHint: 'تظهر الإجابة تحت السؤال لجميع العاملين مع اسمك.',
    publishAnswer: 'نشر الإجابة',
    declineTitle: 'عدم الإجابة علنًا',
    declineReason: 'السبب',
    declineHint: 'يراه فريق مسؤول التحول الرقمي فقط، مثل «شأن وظيفي، أُحيل إلى مكتب شؤون الموظفين».',
    decline: 'رفض السؤال',
    back: 'العودة إلى الأسئلة المفتوحة',
  },
  notice: {
    questionAsked: 'شكرًا، وصل سؤالك. ستظهر الإجابة في هذه الصفحة.',
    questionAnswered: 'تم نشر الإجابة.',
    questionDeclined: 'تم رفض السؤال ولن يُنشر.',
    questionClosed: 'تمت الإجابة عن هذا السؤال أو رفضه في هذه الأثناء.',
  },
};
