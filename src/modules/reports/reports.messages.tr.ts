import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './reports.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  nav: {
    reports: 'Raporlar',
    internal: {
      progressReports: 'İlerleme raporları',
    },
  },
  progressReports: {
    title: 'İlerleme raporları',
    intro:
      'Belediye, dijitalleşme projelerinin ne durumda olduğunu düzenli olarak Belediye Meclisine ve kamuoyuna raporlar. Her rapor, kamuya açık projelerin bir raporlama dönemindeki incelenmiş durumunu gösterir.',
    none: 'Henüz yayımlanmış rapor yok.',
    publishedOn: '{{date}} tarihinde yayımlandı',
    draftOf: '{{date}} tarihli taslak',
    label: 'İlerleme raporu {{period}}',
    caption_one: 'İncelenmiş durumu olan {{count}} proje',
    caption_other: 'İncelenmiş durumu olan {{count}} proje',
    project: 'Proje',
    status: 'Durum',
    progress: 'İlerleme',
    summary: 'Özet',
    internalTitle: 'İlerleme raporları oluşturun',
    internalIntro:
      'Bir rapor, kamuya açık projelerin bir raporlama dönemine ait onaylanmış durum raporlarını, oluşturulduğu andaki hâliyle alır. Yayımlandıktan sonra artık değişmez; bu projelerin arkasındaki önerileri takip edenler bilgilendirilir.',
    new: 'Yeni rapor taslağı hazırlayın',
    fieldTitle: 'Raporun başlığı',
    fieldTitleHint: 'Örneğin “Dijital Yönetim – Belediye Meclisine rapor, 2026 3. çeyrek”.',
    period: 'Raporlama dönemi',
    fieldSummary: 'Giriş',
    fieldSummaryHint: 'Bu dönemde neler önemliydi? Metin, proje tablosunun üzerinde yer alır.',
    draft: 'Taslak oluştur',
    publish: 'Raporu yayımla',
    publishTitle: '“{{title}}” yayımlansın mı?',
    publishIntro: '{{period}} raporu bundan sonra herkes için “Raporlar” altında görünecek.',
    publishProjects_one: 'Rapor, incelenmiş durumuyla birlikte {{count}} proje içeriyor.',
    publishProjects_other: 'Rapor, incelenmiş durumlarıyla birlikte {{count}} proje içeriyor.',
    publishFrozen: 'Yayımlanmış bir rapor dondurulur: Artık değiştirilemez veya geri çekilemez.',
    publishFollowers: 'Bu projelerin arkasındaki önerileri takip edenler bir bildirim alır.',
    published:
      'Rapor yayımlandı ve donduruldu. Projelerinin arkasındaki önerileri takip edenler bilgilendirilecek.',
    publishHint: 'Taslak henüz kamuya açık değil. Yayımlandığında “Raporlar” altında görünür.',
    openPublic: 'Kamuya açık metni görüntüle',
  },
  journey: {
    report: 'İlerleme raporunda yer aldı',
    noReportYet: 'Henüz hiçbir ilerleme raporunda yer almadı',
  },
  translatable: {
    progress_report: 'İlerleme raporu',
    progress_report_item: 'İlerleme raporunda proje durumu',
  },
};
