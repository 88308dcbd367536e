import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './subscriptions.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  form: {
    save: 'حفظ',
  },
  subscriptions: {
    consentRequired: 'يُرجى الموافقة على أن تحفظ المدينة عنوان بريدك الإلكتروني لهذا الغرض.',
    confirmTitle: 'تأكيد عنوان البريد الإلكتروني',
    confirmText:
      'تريد أن تعرف عبر البريد الإلكتروني ما سيؤول إليه الاقتراح «{{title}}» ({{number}}). يُرجى تأكيد عنوانك.',
    confirmButton: 'تأكيد العنوان',
    alreadyConfirmed: 'هذا العنوان مؤكَّد بالفعل.',
    confirmedNotice: 'شكرًا، تم تأكيد عنوانك. سنراسلك عند حدوث أي مستجد.',
    manageTitle: 'إشعاراتك',
    none: 'لا تتلقى أي إشعارات.',
    noneTextAccount:
      'لم تعد هناك إشعارات محفوظة لهذا العنوان. وبصفته عنوان حسابك يبقى محفوظًا فيه إلى أن تحذف الحساب.',
    noneText: 'لم تعد هناك إشعارات محفوظة لهذا العنوان؛ وقد حُذف العنوان من سجلاتنا.',
    frequency: 'كم مرة تريد أن تتلقى رسائل؟',
    following: 'أنت تتابع هذه الاقتراحات',
    role: {
      author: 'اقتراحك',
      supporter: 'أيّدته',
      follower: 'تتابعه',
    },
    unconfirmed: 'لم يُؤكَّد بعد',
    stop: 'إلغاء المتابعة',
    stopAll: 'إلغاء الاشتراك في جميع الإشعارات',
  },
  mail: {
    confirm: {
      subject: 'يُرجى تأكيد عنوان بريدك الإلكتروني',
      author:
        'لقد قدّمت الاقتراح {{number}} وتريد أن تعرف ما سيؤول إليه. لذلك يُرجى تأكيد عنوان بريدك الإلكتروني عبر هذا الرابط:',
      follower:
        'تريد أن تعرف ما سيؤول إليه الاقتراح «{{title}}» ({{number}}). لذلك يُرجى تأكيد عنوان بريدك الإلكتروني عبر هذا الرابط:',
      ignore: 'إذا لم تكن أنت من طلب ذلك، فتجاهل هذه الرسالة. ونحذف العناوين غير المؤكدة بعد 30 يومًا.',
    },
    notify: {
      subject: 'مستجدات الاقتراح {{number}}',
      more: 'يمكنك الاطلاع على المسار الكامل للاقتراح هنا:',
      footer: 'تغيير التواتر أو إلغاء الاشتراك بنقرة واحدة:',
      event: {
        merged: 'جُمع «{{title}}» ({{number}}) مع اقتراحات أخرى في فكرة المشروع «{{idea}}» ({{ideaNumber}}).',
        unmerged: 'لم يعد «{{title}}» ({{number}}) جزءًا من فكرة المشروع «{{idea}}» ({{ideaNumber}}).',
        project: 'تُنفَّذ فكرة المشروع المتعلقة بـ «{{title}}» ({{number}}) في المشروع «{{project}}».',
        status:
          'للمشروع «{{project}}» المتعلق بـ «{{title}}» ({{number}}) حالة مراجَعة جديدة ({{period}}): {{status}}، أُنجز {{progress}} %.',
        report:
          'ورد المشروع «{{project}}» المتعلق بـ «{{title}}» ({{number}}) في تقرير التقدم الجديد «{{report}}».',
        answer: 'ردّت المدينة على «{{title}}» ({{number}}) – {{answerState}}:\n{{answer}}',
      },
    },
    digest: {
      subject: '{{city}}: ملخصك الأسبوعي – عدد المستجدات: {{count}}',
      intro: 'هذا ما استجد خلال الأسبوع الماضي في الاقتراحات التي تتابعها:',
    },
    moderation: {
      published: {
        subject: 'نُشر اقتراحك {{number}}',
        text: 'نُشر اقتراحك «{{title}}» ({{number}}) الآن. ويمكنك على هذا العنوان متابعة ما سيؤول إليه:',
      },
      hidden: {
        subject: 'لم يُنشر اقتراحك {{number}}',
        text: 'لم يُنشر اقتراحك «{{title}}» ({{number}}). السبب: {{reason}}. ويمكنك تقديم اقتراح جديد في أي وقت:',
      },
      duplicate: {
        subject: 'اقتراحك {{number}} موجود بالفعل',
        text: 'اقتراحك «{{title}}» ({{number}}) يقول الشيء نفسه الذي يقوله الاقتراح المنشور «{{original}}» ({{originalNumber}}). وحتى لا تتوزع الأصوات، نتابعه هناك:',
      },
    },
  },
};
