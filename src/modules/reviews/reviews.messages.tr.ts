import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './reviews.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  nav: {
    internal: {
      calendar: 'Değerlendirme takvimi',
      reports: 'Durum raporları',
    },
  },
  notice: {
    cyclesPlanned: 'Yılın döngüleri planlandı.',
    cyclesUnchanged: 'Yılın döngüleri zaten planlanmıştı; yeni döngü eklenmedi.',
    cycleOpened: 'Döngü açıldı; her aktif projenin bir durum raporu görevi var.',
    cycleOpenedRollup: 'Döngü açıldı; özetler yazılabilir.',
    cycleClosed: 'Döngü kapatıldı.',
    cycleRemoved: 'Planlanan döngü kaldırıldı.',
    cycleGone: 'Bu döngü artık takvimde değil: Kaldırıldı.',
    cycleNotPlanned: 'Bu döngü artık planlı değil: Zaten açıldı.',
    cycleNotRemovable:
      'Yalnızca planlanmış bir döngü kaldırılabilir; bu döngü zaten açıldı. Açılmış bir döngü yalnızca kapatılabilir; görevleri ve raporları o zaman da korunur.',
    rollupSaved: 'Özet kaydedildi.',
    approved: 'Durum raporu onaylandı.',
    returned: 'Durum raporu düzeltilmek üzere iade edildi.',
    reportSubmitted: 'Durum raporu gönderildi ve Müdürlük yönetiminin onayını bekliyor.',
  },
  validation: {
    dueDays: 'Lütfen 1 ile 120 arasında tam sayı olarak gün sayısı girin.',
    dueAfterOffice:
      'Başkanlıklar Müdürlüklerden sonra gelir: Lütfen Müdürlüklerdekinden daha fazla gün girin.',
    dueAfterDepartment:
      'CDO raporu Başkanlıklardan sonra gelir: Lütfen Başkanlıklardakinden daha fazla gün girin.',
    cadenceOrder: 'Üst düzey, altındaki düzeyden daha sık değerlendirme yapmaz.',
    dueSequence: 'Son tarih, düzeylerin sırasını bozuyor ({{period}}, son tarih {{due}}).',
    commentRequired: 'Lütfen iadeyi bir yorumla gerekçelendirin.',
    progress: 'Lütfen ilerlemeyi 0 ile 100 arasında bir tam sayı olarak girin.',
    cycleNotOpen: 'Bu dönem için artık rapor gönderilemez.',
    overallStatus: 'Lütfen genel durumu seçin: planda, risk altında veya kritik.',
    reportNotExpected: 'Proje bu dönem başlamadan önce tamamlandı veya durduruldu; artık rapor vermiyor.',
    period: 'Lütfen 2027-Q1 veya 2027-H1 gibi bir dönem girin.',
  },
  health: {
    lateMilestones_one: '{{count}} kilometre taşı gecikmiş ({{days}} güne kadar).',
    lateMilestones_other: '{{count}} kilometre taşı gecikmiş ({{days}} güne kadar).',
    reportOverdue_one: 'Açık dönemin durum raporu gecikmiş.',
    reportOverdue_other: '{{count}} açık dönemin durum raporları gecikmiş.',
    overBudget: 'Harcamalar planlanan bütçenin %{{percent}} düzeyinde.',
  },
  reviewLevel: {
    office: 'Müdürlükler',
    department: 'Başkanlıklar',
    cdo: 'CDO',
  },
  cadence: {
    quarterly: 'Üç ayda bir',
    semiannual: 'Altı ayda bir',
  },
  cycleState: {
    planned: 'Planlandı',
    open: 'Açık',
    closed: 'Kapatıldı',
  },
  taskState: {
    open: 'Henüz gönderilmedi',
    submitted: 'Gönderildi, onay bekliyor',
    returned: 'Düzeltilmek üzere iade edildi',
    approved_office: 'Müdürlük tarafından onaylandı',
    approved_department: 'Başkanlık tarafından onaylandı',
  },
  taskCount: {
    on_track: 'Plana uygun',
    at_risk: 'Risk altında',
    off_track: 'Kritik',
    pending: 'Onay bekliyor',
    open: 'Eksik',
  },
  reviewCycle: {
    calendarTitle: 'Değerlendirme takvimi',
    calendarIntro:
      'Hangi düzeyin ne zaman raporladığı: Önce projeler bildirir ve Müdürlükler onaylar, ardından Başkanlıklar özetler, en son CDO raporlar. Bir Müdürlük döngüsü açıldığında her aktif proje bir durum raporu görevi alır.',
    rhythm: 'Düzey başına sıklık',
    level: 'Düzey',
    cadence: 'Sıklık',
    dueDays: 'Dönem bitiminden kaç gün sonra teslim',
    cadenceOf: 'Sıklık – {{level}}',
    dueDaysOf: 'Dönem bitiminden kaç gün sonra teslim – {{level}}',
    editRhythm: 'Sıklığı değiştir',
    sequenceHint: 'Süreler birbirini izler: Müdürlükler, Başkanlıklardan; Başkanlıklar CDO’dan önce gelir.',
    saveRhythm: 'Sıklığı kaydet',
    planYear: 'Bir yılı planlayın',
    year: 'Yıl',
    planYearHint: 'Tüm düzeylerin döngülerini sıklığa göre oluşturur; mevcut döngüler olduğu gibi kalır.',
    planYearButton: 'Döngüleri oluştur',
    cycles: 'Döngüler',
    cyclesOf: '{{year}} döngüleri',
    noCycles: 'Henüz planlanmış döngü yok.',
    period: 'Dönem',
    due: 'Son tarih',
    state: 'Durum',
    action: 'İşlem',
    open: 'Aç: {{period}} ({{level}})',
    close: 'Kapat: {{period}} ({{level}})',
    closeTitle: '{{period}} ({{level}}) döngüsü kapatılsın mı?',
    closeIntro: 'Kapatıldıktan sonra {{period}} ({{level}}) döngüsü artık hiçbir şey kabul etmez.',
    closeMissing_one: '{{count}} durum raporu hâlâ eksik; bundan sonra artık gönderilemez.',
    closeMissing_other: '{{count}} durum raporu hâlâ eksik; bundan sonra artık gönderilemezler.',
    closePending_one: 'Gönderilmiş {{count}} rapor hâlâ Müdürlük yönetiminin onayını bekliyor.',
    closePending_other: 'Gönderilmiş {{count}} rapor hâlâ Müdürlük yönetiminin onayını bekliyor.',
    closeFrozen: 'Onaylanmış raporlar ve özetler olduğu gibi kalır.',
    openTitle: '{{period}} ({{level}}) döngüsü açılsın mı?',
    openIntro: '{{start}} – {{end}} dönemi açılır, son tarih {{due}}:',
    openTasks:
      'Devam eden her proje bunun için bir durum raporu sunma görevi alır; proje yöneticilerine hatırlatılır.',
    openRollups: 'Yöneticiler bu dönem için özetlerini yazar.',
    openRollupsCdo: 'CDO ekibi bu dönem için genel özeti yazar.',
    openBelowPlanned:
      'Bu dönemdeki {{period}} ({{level}}) döngüsü henüz açılmadı: Burada özetlenecek raporları henüz yok.',
    openBelowReports_one: '{{period}} ({{level}}) döngüsünde {{count}} durum raporu hâlâ eksik.',
    openBelowReports_other: '{{period}} ({{level}}) döngüsünde {{count}} durum raporu hâlâ eksik.',
    openBelowRollups_one: '{{period}} ({{level}}) döngüsünde {{count}} daire özeti hâlâ eksik.',
    openBelowRollups_other: '{{period}} ({{level}}) döngüsünde {{count}} daire özeti hâlâ eksik.',
    openBelowWaiting_one:
      '{{period}} ({{level}}) döngüsünde {{count}} durum raporu hâlâ Müdürlük yönetiminin onayını bekliyor.',
    openBelowWaiting_other:
      '{{period}} ({{level}}) döngüsünde {{count}} durum raporu hâlâ Müdürlük yönetimlerinin onayını bekliyor.',
    openBelowSince_one:
      '{{period}} ({{level}}) döngüsünde {{count}} durum raporu, Daire Başkanlığının özetinden sonra onaylandı ve henüz özetlenmedi.',
    openBelowSince_other:
      '{{period}} ({{level}}) döngüsünde {{count}} durum raporu, Daire Başkanlıklarının özetinden sonra onaylandı ve henüz özetlenmedi.',
    openEarlier_one:
      '{{period}} ({{level}}) döngüsü hâlâ açık; orada {{count}} durum raporu eksik. İkisi yan yana yürür: Proje sayfası her biri için formu sunar.',
    openEarlier_other:
      '{{period}} ({{level}}) döngüsü hâlâ açık; orada {{count}} durum raporu eksik. İkisi yan yana yürür: Proje sayfaları her biri için formu sunar.',
    openLate: 'Son tarih geçti: Tüm görevler hemen gecikmiş olur ve projelerin hesaplanan durumuna sayılır.',
    openLateRollups: 'Son tarih geçti: Özetler hemen gecikmiş olur.',
    openFinal: 'Açılan bir döngü kapatılabilir ama geri alınamaz.',
    remove: 'Kaldır: {{period}} ({{level}})',
    removeTitle: 'Planlanan {{period}} ({{level}}) döngüsü kaldırılsın mı?',
    removeIntro:
      'Döngü henüz açılmadı; kimsenin bunun için bir görevi yok. İnceleme takviminden kaldırılır. Bilmeniz gerekenler:',
    removeAgain: 'Yıl daha sonra „Döngüleri oluştur“ ile yeniden planlanabilir.',
    removeAudit: 'Kayıt günlüğü, kimin ne zaman kaldırdığını saklar.',
    yearRange: 'Lütfen {{from}} ile {{to}} arasında bir yıl planlayın.',
    closedNotice: '{{period}} ({{level}}) döngüsü kapatıldı.',
    cyclesPlannedNotice: '{{year}} yılının döngüleri planlandı.',
    cyclesUnchangedNotice: '{{year}} yılının döngüleri zaten planlanmıştı; yeni döngü eklenmedi.',
    cyclesAddedNotice_one: '{{year}} yılına {{count}} döngü eklendi; diğerleri zaten planlanmıştı.',
    cyclesAddedNotice_other: '{{year}} yılına {{count}} döngü eklendi; diğerleri zaten planlanmıştı.',
    removedNotice: 'Planlanan {{period}} ({{level}}) döngüsü kaldırıldı.',
    progressOwed_one: '{{count}} durum raporu bekleniyor',
    progressOwed_other: '{{count}} durum raporu bekleniyor',
    progressWaiting_one: '{{count}} rapor onay bekliyor',
    progressWaiting_other: '{{count}} rapor onay bekliyor',
    progressSummaries_one: '{{count}} özet bekleniyor',
    progressSummaries_other: '{{count}} özet bekleniyor',
    progressRenew_one: '{{count}} özet yenilenmeli',
    progressRenew_other: '{{count}} özet yenilenmeli',
    progressDone: 'bekleyen bir şey yok',
    rollupWaiting:
      'Henüz her şey onaylanmadı ({{pending}} bekleyen, {{open}} eksik). Özet, yalnızca hâlihazırda onaylanmış raporları CDO düzeyine iletir; sonraki onaylar için yeni bir özet gerekir.',
    approvedSince_one:
      'Bu özetten sonra Müdürlük yönetimi {{count}} durum raporunu onayladı. Rapor CDO düzeyine ancak yeni bir özetle ulaşır.',
    approvedSince_other:
      'Bu özetten sonra Müdürlük yönetimleri {{count}} durum raporunu onayladı. Raporlar CDO düzeyine ancak yeni bir özetle ulaşır.',
    cycleTitle: '{{period}} döngüsü – {{level}}',
    cycleLine: 'Dönem {{start}} – {{end}}, son tarih {{due}}; {{state}}.',
    backToCalendar: 'Değerlendirme takvimine git',
    totals:
      '{{on}} plana uygun, {{risk}} risk altında, {{off}} kritik (onaylanmış); {{pending}} onay bekliyor; {{open}} hâlâ eksik, bunlardan {{overdue}} tanesi gecikmiş; {{decisions}} tanesi karar gerektiriyor.',
    covers: 'Dayanak: {{periods}} dönemlerine ait durum raporları.',
    coversNone: 'Bu dönemde Müdürlük döngüsü yok.',
    cdoRollup: 'CDO raporu',
    cdoSummary: 'CDO özeti',
    cdoRollupHint: 'Dönemin portföyünü belediye yönetim kurulu ve Belediye Meclisi için özetler.',
    noRollup: 'Henüz özet yok.',
    rollupWhenOpen: '{{unit}} için özeti, CDO ekibi döngüyü açtığında burada yazarsınız.',
    rollupClosed: 'Döngü kapandı: Özet artık yazılamaz veya değiştirilemez.',
    rollupAt: '{{unit}} için özeti daire başkanlığı düzeyindeki döngüde yazarsınız:',
    rollupNoCycle:
      '{{unit}} için özeti daire başkanlığı düzeyindeki bir döngüde yazarsınız; CDO ekibi bu dönem için henüz bir döngü oluşturmadı.',
    cdoWhenOpen: 'CDO raporunu, döngü inceleme takviminde açıldığında burada yazarsınız.',
    byDepartment: 'Başkanlık başına durum',
    byOffice: 'Müdürlük başına durum: {{unit}}',
    departmentSummary: 'Başkanlığın özeti',
    summaryFor: '{{unit}} için özet',
    rollupHint:
      'Neler iyi gitti, nerede sorun var, CDO’nun neyi bilmesi gerekiyor? Kaydedildiğinde, Başkanlığın Müdürlük tarafından onaylanmış raporları CDO raporu için onaylanır.',
    submitRollup: 'Özeti kaydet ve onayla',
    submitCdoRollup: 'CDO raporunu kaydet',
    tasksOf: 'Durum raporları: {{unit}}',
    project: 'Proje',
    office: 'Müdürlük',
    reportState: 'Rapor',
    status: 'Durum',
    overdue: 'gecikmiş',
    decisionNeeded: 'Karar gerekli',
    decisions: 'Karar gerektiren konular',
    unit: 'Birim',
    noTasks: 'Bu döngüde durum raporu görevi yok.',
  },
  approval: {
    title: 'Onay bekleyen durum raporları',
    intro:
      'Müdürlüklerinize bağlı projelerin gönderdiği durum raporları. Kamuya açık projelerin onaylanmış raporları portalda görünür.',
    empty: 'Şu anda onayınızı bekleyen rapor yok.',
    forInformation:
      'Bunları bilgi amacıyla görüyorsunuz: onaylamak veya geri göndermek ilgili müdürlüğün yöneticisine aittir.',
    line: '%{{progress}} tamamlandı, {{date}} tarihinde gönderildi',
    decision: 'Karar',
    approve: 'Onayla',
    return: 'Düzeltilmek üzere iade et',
    comment: 'Yorum',
    commentHint: 'İade durumunda zorunludur.',
    save: 'Kararı kaydet',
    readOnly: 'Onayı, sorumlu Müdürlüğün yönetimi verir.',
    notGiven: 'belirtilmedi',
    healthNone: 'hesaplanmadı (tamamlandı veya durduruldu)',
    chooseDecision: 'Lütfen “Onayla” veya “Düzeltilmek üzere iade et” seçeneğini seçin.',
    health: 'Hesaplanan durum',
    healthFine: 'Kilometre taşlarında, raporlarda ve harcamalarda olağan dışı bir durum yok.',
    decisionAsked: 'Karar talep edildi',
    noDecision: 'yok',
    done: {
      approved: '“{{project}}” projesinin {{period}} durum raporu onaylandı.',
      returned:
        '“{{project}}” projesinin {{period}} durum raporu, düzeltilmek üzere proje yöneticisine iade edildi.',
    },
  },
  mail: {
    reminder: {
      rollup_upcoming: {
        subject: '{{period}} özetinin son tarihi {{due}}: {{unit}}',
        text: '{{unit}} için {{period}} dönemine ait durum raporlarının özetinin son tarihi {{due}}. Lütfen onaylanmış raporları zamanında özetleyin:',
      },
      rollup_overdue: {
        subject: '{{period}} özeti gecikti: {{unit}}',
        text: '{{unit}} için {{period}} dönemine ait durum raporlarının özetinin son tarihi {{due}} idi ve özet henüz mevcut değil:',
      },
      rollup_again: {
        subject: '{{period}} özetinden sonra yeni onaylar: {{unit}}',
        text_one:
          '{{unit}} için {{period}} dönemine ait özetten sonra {{count}} durum raporu daha onaylandı. Rapor, özeti yeniden gönderdiğinizde CDO düzeyine ulaşır (son tarih {{due}}):',
        text_other:
          '{{unit}} için {{period}} dönemine ait özetten sonra {{count}} durum raporu daha onaylandı. Raporlar, özeti yeniden gönderdiğinizde CDO düzeyine ulaşır (son tarih {{due}}):',
      },
      item_upcoming: {
        subject: 'Görevin son tarihi {{due}}: {{title}}',
        text: 'Bir değerlendirme toplantısından gelen “{{title}}” görevinin son tarihi {{due}}. Lütfen görevi zamanında tamamlayın ve işaretleyin:',
      },
      item_overdue: {
        subject: 'Görev gecikti: {{title}}',
        text: 'Bir değerlendirme toplantısından gelen “{{title}}” görevinin son tarihi {{due}} idi ve görev hâlâ açık:',
      },
      report_upcoming: {
        subject: '{{period}} durum raporunun son tarihi {{due}}: {{project}}',
        text: '“{{project}}” projesinin {{period}} raporlama dönemine ait durum raporunun son tarihi {{due}}. Lütfen raporu zamanında gönderin:',
      },
      report_overdue: {
        subject: '{{period}} durum raporu gecikti: {{project}}',
        text: '“{{project}}” projesinin {{period}} raporlama dönemine ait durum raporunun son tarihi {{due}} idi ve rapor henüz mevcut değil. Bu hatırlatma proje yöneticisine ve Müdürlük yönetimine gönderilmektedir:',
      },
    },
  },
  journey: {
    status: '{{period}} onaylanmış durumu: %{{progress}} tamamlandı',
    noStatusYet: 'Henüz onaylanmış proje durumu yok',
  },
};
