import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './meetings.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    action_item: 'Toplantı görevi',
    meeting_decision: 'Toplantı kararı',
    review_meeting: 'Değerlendirme toplantısı',
  },
  nav: {
    internal: {
      meetings: 'Toplantılar',
      tasks: 'Görevlerim',
    },
  },
  notice: {
    meetingCreated: 'Toplantı oluşturuldu. Kararları ve görevleri girin.',
    decisionRecorded: 'Karar kaydedildi.',
    itemAdded: 'Görev oluşturuldu.',
  },
  meeting: {
    title: 'Değerlendirme toplantıları',
    intro:
      'Müdürlük yönetimi, Başkanlık ve CDO (Baş Dijital Sorumlusu) toplantıları kararları ve görevleri burada – sorumluları ve süreleriyle birlikte – kayda geçirir. Gecikmiş görevler kokpitte görünür ve sorumlulara hatırlatılır.',
    none: 'Henüz toplantı yok.',
    new: 'Toplantıyı kaydet',
    fieldTitle: 'Başlık',
    heldOn: 'Tarih',
    unit: 'Müdürlük veya Başkanlık',
    unitHint: 'Müdürlük ve Başkanlık toplantıları için; CDO toplantısında bu alan boş kalır.',
    noUnit: '– yok –',
    cycle: 'Döngü',
    noCycle: '– yok –',
    minutes: 'Tutanak',
    create: 'Toplantı oluştur',
    back: 'Tüm toplantılara dön',
    decisions: 'Kararlar',
    noDecisions: 'Henüz karar yok.',
    decisionText: 'Karar',
    project: 'Proje',
    noProject: '– proje yok –',
    addDecision: 'Kararı kaydet',
    items: 'Görevler',
    itemsCaption: 'Sorumluları ve süreleriyle görevler',
    noItems: 'Henüz görev yok.',
    itemTitle: 'Görev',
    owner: 'Sorumlu',
    chooseOwner: '– lütfen seçin –',
    due: 'Son tarih',
    dueOn: 'son tarih {{date}}',
    itemState: 'Durum',
    open: 'Açık',
    overdue: 'Gecikmiş',
    doneOn: '{{date}} tarihinde tamamlandı',
    markDone: 'Tamamlandı: {{title}}',
    reopen: 'Yeniden aç: {{title}}',
    addItem: 'Görev oluştur',
  },
  tasks: {
    title: 'Görevlerim',
    intro:
      'Projelerinizin teslim etmesi gereken durum raporları ve sorumlusu ya da yürütücüsü olduğunuz, toplantılardan gelen görevler.',
    introApprovals:
      'Projelerinizin teslim etmesi gereken durum raporları, onayınızı bekleyen durum raporları ve sorumlusu ya da yürütücüsü olduğunuz toplantılardan gelen görevler.',
    reports: 'Süresi gelen durum raporları',
    reportLine: '{{period}}, son tarih {{due}}',
    returned: 'iade edildi',
    noReports: 'Bekleyen durum raporu yok.',
    approvals: 'Onaylar',
    approvalsWaiting_one: '{{count}} durum raporu onayınızı bekliyor',
    approvalsWaiting_other: '{{count}} durum raporu onayınızı bekliyor',
    noApprovals: 'Onayınızı bekleyen durum raporu yok.',
    noItems: 'Bekleyen görev yok.',
  },
};
