import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './statistics.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  footer: {
    statistics: 'İstatistik',
  },
  nav: {
    internal: {
      statistics: 'İstatistik',
    },
  },
  statistics: {
    title: 'İstatistik',
    intro:
      'Portalın nasıl kullanıldığı, sunucuda sayılır: çerez olmadan, adresiniz kaydedilmeden, üçüncü taraf hizmetleri olmadan. Bir ziyaret, aynı tarayıcıdan günün ilk çağrısıdır; bunun için her gün yeniden üretilen ve ardından silinen bir anahtar kullanılır.',
    period: 'Son 30 gün ({{from}} – {{to}})',
    visits: 'Ziyaretler',
    views: 'Sayfa görüntülemeleri',
    returning: 'Tekrar gelen ziyaretler (yalnızca onayla sayılır)',
    downloads: 'Açık veri indirmeleri',
    visitsChart: 'Günlük ziyaretler',
    visitsWeekly: 'Haftalık ziyaretler',
    weekOf: '{{date}} haftası',
    visitsAlt:
      'Çubuk grafik: son 30 günde haftalık olarak {{total}} ziyaret. Aynı sayılar aşağıdaki tabloda yer alır.',
    day: 'Gün',
    count: 'Sayı',
    topProjects: 'En çok okunan projeler',
    noneYet: 'Bu dönem için henüz sayı yok.',
    project: 'Proje',
    participation: 'Aylık katılım',
    participationAlt:
      'Çubuk grafik: son on iki ayda aylık olarak gönderilen ve yayımlanan öneriler. Aynı sayılar ve destekler aşağıdaki tabloda yer alır.',
    month: 'Ay',
    proposals: 'Öneriler',
    supports: 'Destekler',
    file: 'Dosya',
    openData: 'Aynı sayılar açık veri olarak: “Açık veri” altında statistik.csv ve statistik.json.',
    internalTitle: 'Yönetim için istatistik',
    internalIntro:
      'Yalnızca yönetimin gördükleri: giriş sayfaları, yönlendiren web siteleri ve sonuçsuz aramalar – portalda neyin eksik olduğuna dair ipuçları. Arama kelimeleri asla yayımlanmaz.',
    entries: 'Giriş sayfaları',
    page: 'Sayfa',
    referrers: 'Yönlendiren web siteleri',
    host: 'Web sitesi',
    misses: 'Sonuçsuz aramalar',
    words: 'Arama kelimeleri',
    publicLink: 'Herkese açık istatistik',
  },
  opendata: {
    statistik: {
      title: 'Portal istatistiği',
      description:
        'İzleme olmadan sayılan günlük sayılar: herkese açık sayfa başına görüntülemeler, ziyaretler, açık veri indirmeleri, tekrar gelen ziyaretler (onayla). Arama kelimeleri, giriş sayfaları ve yönlendiren web siteleri yoktur.',
      fields: {
        day: 'Gün (YYYY-AA-GG)',
        metric:
          'Neyin sayıldığı: view (sayfa görüntüleme), visit (ziyaret), download (indirme), returning (tekrar gelen ziyaret)',
        key: 'Sayının ait olduğu sayfa veya dosya (ziyaretlerde boş)',
        count: 'Sayı',
      },
    },
  },
};
