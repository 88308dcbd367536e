import type { Catalog } from '../../platform/i18n/i18n.ts';
import type { de } from './strategy.messages.ts';

/** Turkish: the type makes a missing key a compile error. */
export const tr: Catalog<typeof de> = {
  auditSubject: {
    goal: 'Hedef',
    kpi: 'Gösterge',
  },
  nav: {
    strategy: 'Strateji',
    internal: {
      strategy: 'Strateji',
    },
  },
  form: {
    choose: 'Lütfen seçin',
  },
  validation: {
    number: 'Lütfen bir sayı girin, örn. 42 veya 12,5.',
    year: 'Lütfen 1990 ile 2100 arasında bir yıl girin.',
    key: 'Lütfen yalnızca küçük harf, rakam ve kısa çizgi kullanın (2 ile 60 karakter arası).',
    titleTooShort: 'Başlık en az 5 karakter olmalıdır.',
    bodyTooShort: 'Lütfen önerinizi en az 20 karakterle açıklayın.',
  },
  strategy: {
    servicesLink: 'Çevrim içi hizmetler ve olgunluk düzeyleri',
    prioritisationLink: 'Belediye projeleri nasıl önceliklendiriyor: ağırlıklar ve değerlendirmeler',
    title: 'Strateji',
    intro:
      '{{city}} Belediyesinin dijitalleşme stratejisi: eksenler, eylem alanları ve hedefler, Akıllı Şehir Şartı’nın (Smart City Charta) ilkeleri ve ilerlemenin ölçülebildiği göstergeler.',
    noGoals: 'Bu eylem alanı için henüz hedef girilmedi.',
    charter: 'Akıllı Şehir Şartı',
    charterTitle: 'Akıllı Şehir Şartı’nın ilkeleri',
    charterIntro:
      'Akıllı Şehir Şartı (Smart City Charta, 2017), bir belediyenin sürdürülebilir bir dijital dönüşüm için nelere ihtiyaç duyduğunu tanımlar. Hedefler ve projeler dört ilkeye göre sınıflandırılmıştır.',
    kpis: 'Göstergeler',
    kpi: 'Gösterge',
    noKpis: 'Henüz gösterge belirlenmedi.',
    kpiLatest: 'En son {{value}} {{unit}} ({{date}}), {{year}} yılına kadar hedef {{target}} {{unit}}',
    kpiNoValue: 'Henüz ölçüm değeri yok; {{year}} yılına kadar hedef {{target}} {{unit}}',
    definition: 'Tanım',
    unit: 'Birim',
    method: 'Hesaplama yöntemi',
    source: 'Veri kaynağı',
    baseline: 'Başlangıç değeri',
    baselineYear: 'Başlangıç değerinin yılı',
    target: 'Hedef değer',
    targetYear: 'Hedef yıl',
    direction: 'Olumlu olan, değerin',
    directions: {
      increase: 'artması',
      decrease: 'azalması',
    },
    owner: 'Sorumlu',
    goal: 'Hedef',
    chartCaption:
      'Zaman içindeki ölçüm değerleri; kesikli çizgi hedef değeri gösterir. Aynı sayılar tabloda yer alır.',
    chartAlt_one:
      '{{name}} çizgi grafiği: bir ölçüm değeri, {{lastDate}} tarihinde {{last}} {{unit}}; {{year}} yılına kadar hedef değer {{target}} {{unit}}.',
    chartAlt_other:
      '{{name}} çizgi grafiği: {{first}} {{unit}} ({{firstDate}}) ile {{last}} {{unit}} ({{lastDate}}) arasında {{count}} ölçüm değeri; {{year}} yılına kadar hedef değer {{target}} {{unit}}.',
    targetLine: 'Hedef {{year}}',
    noMeasurements: 'Henüz ölçüm değeri yok.',
    measurements: 'Ölçüm değerleri: {{name}}',
    measuredOn: 'Ölçüm tarihi',
    value: 'Değer ({{unit}})',
    note: 'Not',
    adminTitle: 'Strateji ve göstergeleri yönetin',
    publicLink: 'Kamuya açık görünüm',
    newGoal: 'Yeni hedef',
    parent: 'Üst hedef',
    parentHint:
      'Doğrudan eylem alanının altındaki bir hedef için boş bırakın; aksi takdirde aynı eylem alanına ait bir hedef seçin.',
    noParent: 'Yok (eylem alanının hedefi)',
    goalTitle: 'Hedef',
    goalDescription: 'Açıklama',
    createGoal: 'Hedef oluştur',
    parentMismatch: 'Üst hedef başka bir eylem alanına ait.',
    newKpi: 'Yeni gösterge',
    kpiIntro:
      'Göstergeler, U4SSC göstergeleri (ITU/UNECE) örneğine göre tanımlanır: neyin, nasıl ve hangi kaynaktan ölçüldüğü, hangi başlangıç değerinden hangi hedefe gidildiği.',
    kpiName: 'Göstergenin adı',
    kpiKey: 'Kısa ad',
    kpiKeyHint: 'Küçük harf, rakam ve kısa çizgi, örn. “online-dienste-anteil”.',
    keyTaken: 'Bu kısa ad zaten kullanılıyor.',
    createKpi: 'Gösterge oluştur',
    addMeasurement: 'Ölçüm değeri girin',
    saveMeasurement: 'Ölçüm değerini kaydet',
  },
  proposal: {
    field: {
      fieldOfAction: 'Eylem alanı',
    },
  },
  translatable: {
    pillar: 'Stratejinin temel alanı',
    field_of_action: 'Eylem alanı',
    goal: 'Hedef',
    kpi: 'Gösterge',
  },
};
