import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './services.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    online_service: 'Çevrim içi hizmet',
  },
  nav: {
    internal: {
      services: 'Çevrim içi hizmetler',
    },
  },
  services: {
    title: 'Çevrim içi hizmetler',
    intro:
      'Belediyenin tüm idari hizmetleri; Hizmet Kataloğu’ndaki (Leistungskatalog, LeiKa) anahtarları, sorumlu Müdürlükleri ve dijitalleşme düzeyleriyle birlikte (esas alınan model: {{model}}).',
    chartCaption: 'Olgunluk düzeyi başına hizmet sayısı. Aynı sayılar alttaki tabloda yer alır.',
    chartAlt: 'Çubuk grafik: {{model}} düzeylerine göre {{total}} hizmet – {{parts}}.',
    countsCaption: 'Düzey başına hizmetler ({{model}})',
    catalogueCaption_one: '{{count}} hizmet',
    catalogueCaption_other: '{{count}} hizmet',
    filter: 'Hizmetleri filtrele',
    level: 'Olgunluk düzeyi',
    levelOn: 'Olgunluk düzeyi ({{model}})',
    meaning: 'Anlamı',
    count: 'Hizmetler',
    name: 'Hizmet',
    leika: 'LeiKa anahtarı',
    leikaHint: 'Hizmet Kataloğu’ndaki 14 haneli anahtar, örn. 99050012104000.',
    leikaFormat: 'LeiKa anahtarı 14 rakamdan oluşur.',
    leikaTaken: 'Bu hizmet katalogda zaten var.',
    office: 'Sorumlu Müdürlük',
    url: 'Çevrim içi hizmetin adresi',
    noProject: 'proje yok',
    projects: 'Projeler',
    raisedBy: 'Olgunluk düzeyini yükselten projeler',
    raisedByAdd: 'Olgunluk düzeyini yükselten bir proje ekleyin',
    raisedByNone: '– hiçbiri –',
    adminTitle: 'Hizmet Kataloğu’nu yönetin',
    catalogueTitle: 'Hizmet kataloğu',
    publicLink: 'Kamuya açık görünüm',
    add: 'Hizmet ekleyin',
    addButton: 'Hizmeti kaydet',
  },
  translatable: {
    online_service: 'Çevrim içi hizmet',
  },
};
