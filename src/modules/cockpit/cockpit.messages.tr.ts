import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './cockpit.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  nav: {
    internal: {
      cockpit: 'Kokpit',
    },
  },
  cockpit: {
    trend: 'Döngüler boyunca gelişim',
    trendCaption:
      'Döngü başına onaylanmış durumlar: yeşil plana uygun, turuncu risk altında, kırmızı kritik. Bu arada tamamlanmış veya durdurulmuş bir proje, rapor verdiği döngülerde sayılır; yukarıdaki sayı yalnızca planlanan, süren veya duraklatılan projeleri içerir. Tablo aynı sayıları içerir.',
    trendTable: 'Raporlama dönemi başına onaylanmış durumlar',
    trendAlt: 'Döngü başına onaylanmış durumların sütun grafiği, {{periods}}.',
    trendAltPeriod: '{{period}}: {{on}} planda, {{risk}} risk altında, {{off}} kritik',
    noTrend: 'Henüz onaylanmış durum raporu yok.',
    reported: 'Bildirilen',
    meanProgress: 'İlerleme (ortalama)',
    overdueItems: 'Toplantılardan gecikmiş görevler',
    title: 'Kokpit',
    introAll:
      'Devam eden ve planlanan projelerin tüm portföyü, en son onaylanmış durumlarıyla – ve dikkat gerektirenler.',
    introDepartment:
      'Başkanlığınızın devam eden ve planlanan projeleri, en son onaylanmış durumlarıyla – ve dikkat gerektirenler.',
    reach_one:
      'Son 30 günde portalın erişimi: {{visits}} ziyaret, {{views}} sayfa görüntüleme (izleme olmadan sayıldı).',
    reach_other:
      'Son 30 günde portalın erişimi: {{visits}} ziyaret, {{views}} sayfa görüntüleme (izleme olmadan sayıldı).',
    reachLink: 'İstatistiğe git',
    summary:
      '{{count}} proje: {{on}} plana uygun, {{risk}} risk altında, {{off}} kritik, {{none}} henüz onaylanmış durumu yok.',
    chartCaption:
      'En son onaylanmış duruma göre projeler. Alttaki tablolar aynı sayıları ayrıntılı olarak içerir.',
    chartAlt:
      'Çubuk grafik: {{count}} proje – {{on}} plana uygun, {{risk}} risk altında, {{off}} kritik, {{none}} durumu yok.',
    projects: 'Projeler',
    group: 'Alan',
    countLink_one: 'proje: {{group}}, {{status}}',
    countLink_other: 'proje: {{group}}, {{status}}',
    byDepartment: 'Başkanlığa göre durum ışığı',
    byPillar: 'Stratejik eksene göre durum ışığı',
    byField: 'Eylem alanına göre durum ışığı',
    overdue: 'Gecikmiş durum raporları',
    decisions: 'Karar gerektirenler',
    disagreements: 'Gerçekler bildirilenden daha kötü',
    disagreeNote: 'bildirilen: {{reported}}, hesaplanan: {{computed}}',
    noneHere: 'Yok.',
  },
};
