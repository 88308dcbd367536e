import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './council.messages.ts';

/** Arabic: the type makes a missing key a compile error. */
export const ar: Catalog<typeof de> = {
  auditSubject: {
    council_source: 'نظام معلومات المجلس',
    report: 'تقرير التقدم',
  },
  nav: {
    internal: {
      council: 'معلومات المجلس',
    },
  },
  council: {
    title: 'نظام معلومات المجلس (OParl)',
    intro:
      'يقرأ Rathaus وثائق المجلس وجلساته وقراراته عبر واجهة OParl الخاصة بنظام معلومات المجلس. وبذلك يربط فريق كبير مسؤولي التحول الرقمي (CDO) أجندةً أو تقريرًا بالوثيقة بدلًا من كتابة عنوانها يدويًا، ويظهر القرار في صفحة الأجندة وفي صفحات المشاريع.',
    systemUrl: 'عنوان نظام OParl',
    systemUrlHint:
      'عنوان كائن System في الواجهة، مثل https://www.bonn.sitzung-online.de/public/oparl/system. لا يتبع Rathaus إلا العناوين الموجودة على الخادم نفسه.',
    body: 'الهيئة',
    bodyHint: 'يعرض النظام عدة هيئات. اختر الهيئة التي ينبغي أن يقرأ Rathaus وثائقها.',
    bodyChoose: 'يُرجى الاختيار',
    save: 'حفظ ومزامنة',
    status: 'حالة المزامنة',
    notConfigured: 'لم يتم إعداد نظام معلومات المجلس بعد.',
    lastRun: 'آخر مزامنة',
    lastSuccess: 'آخر مزامنة ناجحة',
    lastChanges: 'ما قُرئ خلالها',
    lastCounts: 'الوثائق المعدّلة: {{papers}}، الجلسات المعدّلة: {{meetings}}، الصفحات: {{pages}}',
    resumes: 'مزامنة متوقفة',
    resumeCounts:
      'حتى الآن {{papers}} وثيقة و{{meetings}} جلسة و{{pages}} صفحة؛ وتستأنف المزامنة التالية من الصفحة التي توقفت عندها.',
    never: 'لم تتم بعد',
    papersKnown: 'الوثائق المعروفة',
    latestPaper: 'تاريخ أحدث وثيقة',
    failed: 'لم تكتمل المزامنة الأخيرة',
    failedHint: 'تبقى الوثائق المقروءة من قبل محفوظة؛ وتستأنف المزامنة التالية من النقطة نفسها. نص الرسالة:',
    needsBody: 'يُرجى أن تختار في الأعلى الهيئة التي ينبغي أن يقرأ Rathaus وثائقها.',
    schedule:
      'يُجري Rathaus المزامنة كل ساعة، ولا يطلب فيها إلا ما تغيّر منذ آخر مزامنة ناجحة؛ ومرة في الأسبوع يقرأ كل شيء.',
    syncNow: 'المزامنة الآن',
    disconnect: 'قطع الاتصال',
    disconnectHint:
      'بعد ذلك لن يقرأ Rathaus أي شيء من نظام معلومات المجلس. وتبقى الوثائق المقروءة وروابطها محفوظة.',
    synced: 'اكتملت المزامنة.',
    syncQueued: 'تجري المزامنة في الخلفية. أعد تحميل الصفحة بعد لحظات.',
    syncFailed: 'لم تكتمل المزامنة؛ تجد التفاصيل تحت «حالة المزامنة».',
    disconnected: 'قُطع الاتصال بنظام معلومات المجلس.',
    papers: 'وثائق المجلس',
    paperLinked: 'رُبطت الوثيقة.',
    paperUnlinked: 'أُزيل الربط.',
    linkedNone: 'لم تُربط أي وثيقة بعد.',
    search: 'البحث عن وثيقة',
    searchHint: 'رقم الوثيقة أو كلمات من موضوعها، مثل «Digitalisierungsagenda»',
    searchButton: 'بحث',
    results: 'الوثائق المطابقة لـ«{{q}}»',
    noResults: 'لم يُعثر على أي وثيقة تطابق «{{q}}».',
    link: 'ربط',
    alreadyLinked: 'مربوطة بالفعل.',
    unlink: 'إزالة الربط',
    setUp: 'إعداد نظام معلومات المجلس أولًا',
    setUpAsk: 'يُعِدّ فريق كبير مسؤولي التحول الرقمي (CDO) نظام معلومات المجلس تحت «معلومات المجلس».',
    agendaItem: 'البند {{number}} من جدول الأعمال',
    meetingUnknown: 'الجلسة غير معروفة بعد',
    noResult: 'لا توجد نتيجة بعد',
    cancelled: 'أُلغيت',
    deleted: 'سُحبت أو حُذفت في نظام معلومات المجلس.',
    decisions: 'قرارات المجلس',
    decisionsSource: 'من نظام معلومات المجلس في المدينة: الوثائق ومداولاتها ونتائجها.',
    presented: 'عُرض على المجلس',
  },
};
